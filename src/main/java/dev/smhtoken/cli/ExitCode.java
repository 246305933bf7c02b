package dev.smhtoken.cli;

/** The command line's exit codes, as documented in the README. */
public final class ExitCode {
    /** Everything asked for was done. */
    public static final int OK = 0;
    /** An SMH or network operation failed (for several tokens: at least one did). */
    public static final int SMH_FAILED = 1;
    /** The command line or its input was wrong; nothing was changed. */
    public static final int USAGE = 2;
    /** The vault could not be opened: locked, wrong password, or unreadable. */
    public static final int VAULT = 3;

    private ExitCode() {
    }
}
