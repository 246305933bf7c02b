package dev.smhtoken.cli;

import dev.smhtoken.desktop.DesktopException;
import dev.smhtoken.token.InvalidInputException;
import dev.smhtoken.token.Printable;
import dev.smhtoken.token.SmhException;
import dev.smhtoken.token.VaultException;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.Charset;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The command line: {@code smh-token-manager [--data-dir DIR] COMMAND ...}. Parses with picocli,
 * runs the command over the shared use cases, and turns every failure into one sentence on stderr
 * and an exit code (see {@link ExitCode}); a stack trace only with {@code --debug}.
 */
public final class Cli {
    private final CliSession session;
    private final String version;

    public Cli(CliBackend backend, Terminal terminal, String version) {
        this.session = new CliSession(backend, terminal);
        this.version = version;
    }

    /** Runs one command line and returns the process's exit code. */
    public int execute(String... args) {
        CommandLine commandLine = commandLine();
        return commandLine.execute(args);
    }

    /** The picocli model of the whole command line (also what the completion script is made from). */
    CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(RootCommand.class, new SessionFactory(session));
        Charset charset = Charset.defaultCharset();
        commandLine.setOut(new PrintWriter(new java.io.OutputStreamWriter(session.terminal().out(), charset), true));
        commandLine.setErr(new PrintWriter(new java.io.OutputStreamWriter(session.terminal().err(), charset), true));
        commandLine.getCommandSpec().version("SMH Token Manager " + version);
        commandLine.setExecutionExceptionHandler(this::failed);
        commandLine.setParameterExceptionHandler(this::misused);
        return commandLine;
    }

    private int failed(Exception error, CommandLine commandLine, ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        err.println(Printable.escaped(ErrorReport.sentence(error)));
        if (session.debug()) {
            error.printStackTrace(err);
        }
        err.flush();
        return ErrorReport.exitCode(error);
    }

    private int misused(ParameterException error, String[] args) {
        PrintWriter err = error.getCommandLine().getErr();
        // picocli quotes the arguments it could not use: printed escaped, line by line.
        error.getMessage().lines().map(Printable::escaped).forEach(err::println);
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(error, err)) {
            String name = error.getCommandLine().getCommandSpec().qualifiedName();
            err.println("Run `" + name + " --help` to see how it is used.");
        }
        err.flush();
        return ExitCode.USAGE;
    }

    /** Builds each command with the session it works in (picocli's hook for constructor injection). */
    private static final class SessionFactory implements IFactory {
        private final CliSession session;

        SessionFactory(CliSession session) {
            this.session = session;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                Class<?>[] parameters = constructor.getParameterTypes();
                if (parameters.length == 1 && parameters[0] == CliSession.class) {
                    constructor.setAccessible(true);
                    return type.cast(constructor.newInstance(session));
                }
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    /** One sentence and an exit code per kind of failure. */
    static final class ErrorReport {
        private ErrorReport() {
        }

        static int exitCode(Throwable error) {
            if (error instanceof SmhException) {
                return ExitCode.SMH_FAILED;
            }
            if (error instanceof UsageException || error instanceof InvalidInputException) {
                return ExitCode.USAGE;
            }
            if (error instanceof VaultException) {
                return ExitCode.VAULT;
            }
            // A login item or scheduler job the OS refused: an operation failed, like a refused SMH call.
            return ExitCode.SMH_FAILED;
        }

        static String sentence(Throwable error) {
            if (error instanceof SmhException smh) {
                return smhSentence(smh);
            }
            if (error instanceof UsageException || error instanceof InvalidInputException
                    || error instanceof VaultException || error instanceof DesktopException) {
                return error.getMessage();
            }
            // Not one of ours: its message is not known to be free of secrets; --debug prints the trace.
            return "Something unexpected went wrong; run again with --debug for details.";
        }

        /** SMH's own message already names the code and status; they are added when it does not. */
        static String smhSentence(SmhException error) {
            String message = error.getMessage();
            StringBuilder missing = new StringBuilder();
            if (error.code() != null && !message.contains(error.code())) {
                missing.append("SMH code ").append(error.code());
            }
            if (error.httpStatus() > 0 && !message.contains("HTTP " + error.httpStatus())) {
                missing.append(missing.length() > 0 ? ", " : "").append("HTTP ").append(error.httpStatus());
            }
            return missing.length() == 0 ? message : message + " (" + missing + ")";
        }
    }
}
