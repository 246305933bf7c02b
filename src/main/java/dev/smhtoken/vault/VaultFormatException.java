package dev.smhtoken.vault;

import dev.smhtoken.token.UserText;

/**
 * Why some bytes are not a readable vault, as the end of a sentence about the file ("is damaged:
 * it is cut short."); the caller names the file and adds what to do about it.
 */
final class VaultFormatException extends RuntimeException {
    private final UserText problem;
    private final boolean newerVersion;

    VaultFormatException(UserText problem) {
        this(problem, false);
    }

    VaultFormatException(UserText problem, boolean newerVersion) {
        super(problem.english(), null, false, false);
        this.problem = problem;
        this.newerVersion = newerVersion;
    }

    /** What is wrong, said of the file: "The vault file X" comes before it. */
    UserText problem() {
        return problem;
    }

    boolean newerVersion() {
        return newerVersion;
    }
}
