package dev.smhtoken.vault;

/** Why some bytes are not a readable vault; the caller adds what to do about it. */
final class VaultFormatException extends RuntimeException {
    private final boolean newerVersion;

    VaultFormatException(String message) {
        this(message, false);
    }

    VaultFormatException(String message, boolean newerVersion) {
        super(message, null, false, false);
        this.newerVersion = newerVersion;
    }

    boolean newerVersion() {
        return newerVersion;
    }
}
