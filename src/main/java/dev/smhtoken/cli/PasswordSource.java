package dev.smhtoken.cli;

import dev.smhtoken.token.UserText;
import dev.smhtoken.token.VaultException;

/**
 * Where the master password comes from on the command line: the environment variable
 * {@value #VARIABLE}, else a prompt on the terminal that does not echo. Never an argument, which
 * would sit in the shell history and show in {@code ps}.
 */
public final class PasswordSource {
    public static final String VARIABLE = "SMH_TOKEN_MANAGER_PASSWORD";
    /** Where {@code passwd} finds the new master password when not asked on the terminal. */
    public static final String NEW_VARIABLE = "SMH_TOKEN_MANAGER_NEW_PASSWORD";
    private static final int MAX_STDIN_BYTES = 4096;

    private final Terminal terminal;

    PasswordSource(Terminal terminal) {
        this.terminal = terminal;
    }

    /**
     * The master password, as a fresh array the caller wipes.
     *
     * @throws VaultException there is neither the variable nor a terminal to ask on (exit code 3)
     */
    public char[] password() {
        String fromEnvironment = terminal.variable(VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        if (terminal.console() != null) {
            char[] typed = terminal.console().readPassword("Master password: ");
            if (typed != null && typed.length > 0) {
                return typed;
            }
        }
        throw new VaultException(UserText.of("error.cli.passwordNoTerminal", VARIABLE));
    }

    /**
     * The password {@code passwd} puts in place of the current one: from the variable
     * {@value #NEW_VARIABLE}, else standard input when {@code fromStdin} (its last line break
     * dropped), else typed twice on the terminal without echo.
     *
     * @throws UsageException there is none of these, or the two typed differ; nothing was changed
     */
    public char[] replacementPassword(boolean fromStdin) {
        String fromEnvironment = terminal.variable(NEW_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        if (fromStdin) {
            return firstLineOfStdin();
        }
        if (terminal.console() != null) {
            char[] first = terminal.console().readPassword("New master password: ");
            char[] second = terminal.console().readPassword("Type it again: ");
            boolean same = first != null && second != null && java.util.Arrays.equals(first, second);
            if (second != null) {
                java.util.Arrays.fill(second, '\0');
            }
            if (same) {
                return first;
            }
            if (first != null) {
                java.util.Arrays.fill(first, '\0');
            }
            throw new UsageException("The two passwords differ, so the master password was not changed: run passwd again.");
        }
        throw new UsageException("No new master password: set " + NEW_VARIABLE + ", pipe it in with"
                + " --new-password-stdin, or run passwd on a terminal. Nothing was changed.");
    }

    private char[] firstLineOfStdin() {
        byte[] bytes = new byte[MAX_STDIN_BYTES + 1];
        int length = 0;
        try {
            for (int n; length < bytes.length && (n = terminal.in().read(bytes, length, bytes.length - length)) >= 0; ) {
                length += n;
            }
            if (length > MAX_STDIN_BYTES) {
                throw new UsageException("The new master password on standard input is longer than "
                        + MAX_STDIN_BYTES + " bytes: pipe in the password alone. Nothing was changed.");
            }
            int end = length;
            if (end > 0 && bytes[end - 1] == '\n') {
                end--;
                if (end > 0 && bytes[end - 1] == '\r') {
                    end--;
                }
            }
            java.nio.CharBuffer chars = java.nio.charset.StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(bytes, 0, end));
            char[] password = new char[chars.remaining()];
            chars.get(password);
            java.util.Arrays.fill(chars.array(), '\0');
            return password;
        } catch (java.io.IOException e) {
            throw new UsageException("Standard input could not be read (" + e.getMessage() + "): pipe in the new"
                    + " master password. Nothing was changed.");
        } finally {
            java.util.Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * A master password for a vault about to be made (no OS keychain here to protect it): from the
     * variable, else typed twice on the terminal.
     */
    public char[] newPassword() {
        String fromEnvironment = terminal.variable(VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        if (terminal.console() != null) {
            char[] first = terminal.console().readPassword("No OS keychain is reachable, so the vault needs a master"
                    + " password.%nChoose one: ");
            char[] second = terminal.console().readPassword("Type it again: ");
            boolean same = first != null && second != null && java.util.Arrays.equals(first, second);
            if (second != null) {
                java.util.Arrays.fill(second, '\0');
            }
            if (same && first.length > 0) {
                return first;
            }
            throw new VaultException(UserText.of("error.cli.passwordsDiffer"));
        }
        throw new VaultException(UserText.of("error.cli.newPasswordNoTerminal", VARIABLE));
    }
}
