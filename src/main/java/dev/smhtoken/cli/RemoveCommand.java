package dev.smhtoken.cli;

import dev.smhtoken.token.TokenRef;
import dev.smhtoken.token.Vault;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "remove", description = {"Forget a token in this vault (SMH is not told: it stays valid there until it"
    + " expires; use revoke for that).", "Asks first unless --yes."})
final class RemoveCommand implements Callable<Integer> {
    private final CliSession session;

    @Parameters(index = "0", paramLabel = "REF", description = "LIBRARY_ID, or LIBRARY_ID/LABEL when it has several tokens.")
    private String ref;

    @Option(names = {"-y", "--yes"}, description = "Remove without asking.")
    private boolean yes;

    RemoveCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() throws IOException {
        Vault vault = session.load();
        TokenRef resolved = TokenRefs.resolve(vault, ref);
        if (!yes && !confirmed(resolved)) {
            session.terminal().err().println("Nothing was removed.");
            return ExitCode.OK;
        }
        session.useCases().catalog().removeToken(resolved);
        session.terminal().out().println("Removed " + resolved + " from this vault.");
        return ExitCode.OK;
    }

    private boolean confirmed(TokenRef resolved) throws IOException {
        String question = "Remove " + resolved + " from this vault? It stays valid at SMH until it expires. [y/N] ";
        String answer;
        if (session.terminal().console() != null) {
            answer = session.terminal().console().readLine("%s", question);
        } else {
            session.terminal().err().print(question);
            session.terminal().err().flush();
            answer = new BufferedReader(new InputStreamReader(session.terminal().in(), Charset.defaultCharset())).readLine();
        }
        if (answer == null) {
            throw new UsageException("No answer came on standard input, so " + resolved
                    + " was not removed: add --yes to remove it without asking.");
        }
        String normalized = answer.strip().toLowerCase(Locale.ROOT);
        return normalized.equals("y") || normalized.equals("yes");
    }
}
