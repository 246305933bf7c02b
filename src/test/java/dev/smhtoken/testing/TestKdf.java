package dev.smhtoken.testing;

import dev.smhtoken.vault.Argon2Params;

/** Argon2id costs low enough for tests that open vaults many times; the app uses the recommended ones. */
public final class TestKdf {
    public static final Argon2Params FAST = new Argon2Params(64, 1, 1);

    private TestKdf() {
    }
}
