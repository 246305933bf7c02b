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
