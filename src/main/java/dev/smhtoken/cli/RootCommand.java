package dev.smhtoken.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "smh-token-manager", mixinStandardHelpOptions = true, sortOptions = false,
        synopsisSubcommandLabel = "COMMAND",
        description = {"Manage Tencent Cloud SMH access tokens from a terminal, in the same vault as the window.",
            "Without a command, `smh-token-manager` opens the window."},
        subcommands = {ListCommand.class, AddCommand.class, RenewCommand.class, TokenCommand.class,
            CopyCommand.class, RevokeCommand.class, RemoveCommand.class, ExportCommand.class, ImportCommand.class,
            PasswdCommand.class, ScheduleCommand.class, AutostartCommand.class, CompletionCommand.class},
        footer = {"", "Exit codes: 0 success, 1 an SMH or network operation (or the OS scheduler) failed, 2 a usage or input error,"
            + " 3 the vault could not be opened.",
            "Tokens and library secrets are read from standard input only; the master password from "
            + PasswordSource.VARIABLE + " or a prompt."})
final class RootCommand implements Runnable {
    private final CliSession session;

    @Spec
    private CommandSpec spec;

    RootCommand(CliSession session) {
        this.session = session;
    }

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The folder of the vault (default: the usual per-user data folder, or $SMH_TOKEN_MANAGER_HOME).")
    void dataDir(String folder) {
        session.dataDir(folder);
    }

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print the stack trace of a failure.")
    void debug(boolean on) {
        session.debug(on);
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Name a command, such as `smh-token-manager list`.");
    }
}
