package dev.smhtoken.cli;

import dev.smhtoken.token.UserText;
import dev.smhtoken.token.VaultException;
import dev.smhtoken.token.VaultGate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "passwd", description = {"Change the vault's master password (or give one to a vault the OS keychain"
    + " alone opens).", "The vault opens as for any command; the new password comes from $"
    + PasswordSource.NEW_VARIABLE + ", standard input with --new-password-stdin, or is typed twice without echo.",
    "Backups keep the password they were written with."})
final class PasswdCommand implements Callable<Integer> {
    private final CliSession session;

    @Option(names = "--new-password-stdin", description = "Read the new password from standard input (one line).")
    private boolean fromStdin;

    PasswdCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        // Opened first: a wrong current password fails before the new one is asked for.
        VaultGate.OpenVault vault = session.vaultFile();
        if (vault == null) {
            throw new VaultException(UserText.of("error.cli.passwdNoVault", PasswordSource.VARIABLE));
        }
        char[] replacement = new PasswordSource(session.terminal()).replacementPassword(fromStdin);
        vault.changePassword(replacement);
        session.terminal().out().println("The master password was changed; the old one no longer opens the vault."
                + " Backups keep the password they were written with.");
        return ExitCode.OK;
    }
}
