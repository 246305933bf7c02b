package dev.smhtoken.vault;

import java.nio.file.Path;
import java.time.Clock;

/** Openers for tests: weak Argon2 parameters (read back from the header), so each unlock takes a millisecond. */
final class VaultFixtures {
    static final Argon2Params WEAK = new Argon2Params(64, 1, 1);

    private VaultFixtures() {
    }

    static VaultOpener opener(Path dir, KeychainAccess keychain) {
        return new VaultOpener(dir, keychain, WEAK, Clock.systemUTC());
    }

    static VaultOpener withoutKeychain(Path dir) {
        InMemoryKeychain none = new InMemoryKeychain();
        none.setAvailable(false);
        return opener(dir, none);
    }

    static char[] pw() {
        return "correct horse battery staple".toCharArray();
    }
}
