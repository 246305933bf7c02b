package dev.smhtoken.vault;

import dev.smhtoken.token.UserText;
import java.util.Objects;

/**
 * What the data folder holds, found before anything is unlocked, so that the window knows what to
 * ask at start-up.
 *
 * @param kind    what was found
 * @param message for {@link Kind#UNREADABLE}: what is wrong and what to do; otherwise null
 */
public record VaultStatus(Kind kind, UserText message) {
    public enum Kind {
        /** No vault yet: call {@link VaultOpener#create(char[])}. */
        NEW,
        /** The OS keychain unlocks it: {@link VaultOpener#open(char[])} with null. */
        ENCRYPTED_KEYCHAIN_AVAILABLE,
        /** Ask for the master password, then {@link VaultOpener#open(char[])}. */
        NEEDS_PASSWORD,
        /** Show {@link #message()}; offer {@link VaultOpener#restoreNewestGoodBackup(char[])}. */
        UNREADABLE
    }

    public VaultStatus {
        Objects.requireNonNull(kind);
        if ((kind == Kind.UNREADABLE) != (message != null)) {
            throw new IllegalArgumentException("only an unreadable vault has a message");
        }
    }

    static VaultStatus of(Kind kind) {
        return new VaultStatus(kind, null);
    }

    static VaultStatus unreadable(UserText message) {
        return new VaultStatus(Kind.UNREADABLE, message);
    }
}
