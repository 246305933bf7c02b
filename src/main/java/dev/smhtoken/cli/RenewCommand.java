package dev.smhtoken.cli;

import dev.smhtoken.token.Library;
import dev.smhtoken.token.Printable;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenRef;
import dev.smhtoken.token.TokenState;
import dev.smhtoken.token.Vault;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "renew", description = {"Renew tokens at SMH: the ones named, all of them, or those expiring soon.",
    "Prints one line per token and exits 1 if any renew failed; the others are renewed all the same."})
final class RenewCommand implements Callable<Integer> {
    private final CliSession session;

    @Parameters(arity = "0..*", paramLabel = "REF", description = "LIBRARY_ID, or LIBRARY_ID/LABEL when it has several tokens.")
    private List<String> refs = new ArrayList<>();

    @Option(names = "--all", description = "Every token that is not revoked.")
    private boolean all;

    @Option(names = "--expiring-within", paramLabel = "DURATION", converter = DurationParser.class,
            description = "Tokens with at most this much time left (90s, 15m, 2h, 1d, PT15M), and those whose expiry"
                + " is unknown.")
    private Duration within;

    @Option(names = "--scheduled", description = "Run as the scheduled job does: also append what was done to "
            + ScheduledRunLog.FILE_NAME + " in the data folder (see `schedule`).")
    private boolean scheduled;

    private ScheduledRunLog log;

    RenewCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        int ways = (refs.isEmpty() ? 0 : 1) + (all ? 1 : 0) + (within != null ? 1 : 0);
        if (ways != 1) {
            throw new UsageException("Say which tokens to renew: REF..., --all or --expiring-within DURATION (one of them).");
        }
        if (scheduled) {
            log = new ScheduledRunLog(session.dataFolder(), session.clock());
        }
        Vault vault;
        try {
            vault = session.load();
        } catch (RuntimeException e) {
            logged("not run: " + Cli.ErrorReport.sentence(e));
            throw e;
        }
        Instant now = session.clock().instant();
        List<TokenRef> chosen = refs.isEmpty() ? select(vault, now) : named(vault);
        PrintStream out = session.terminal().out();
        PrintStream err = session.terminal().err();
        if (chosen.isEmpty()) {
            err.println("Nothing to renew.");
            logged("nothing to renew");
            return ExitCode.OK;
        }
        int failed = 0;
        for (TokenRef ref : chosen) {
            String line;
            try {
                Token renewed = session.useCases().renewal().renew(ref);
                Instant after = session.clock().instant();
                line = "renewed " + Printable.escaped(ref.toString()) + ": expires "
                        + Formats.instantOrDash(renewed.expiresAt())
                        + " (" + Formats.left(renewed.timeLeft(after)) + " left)";
                out.println(line);
            } catch (RuntimeException e) {
                // Whatever went wrong with this token, expected or not, the others are still tried.
                failed++;
                line = "failed  " + Printable.escaped(ref + ": " + Cli.ErrorReport.sentence(e));
                err.println(line);
            }
            logged(line);
            out.flush();
        }
        return failed == 0 ? ExitCode.OK : ExitCode.SMH_FAILED;
    }

    /** A line of the scheduled runs' log (only with --scheduled): the same words the terminal got. */
    private void logged(String line) {
        if (log != null) {
            log.line("scheduled renew: " + line, session.terminal().err());
        }
    }

    private List<TokenRef> named(Vault vault) {
        Set<TokenRef> unique = new LinkedHashSet<>();
        for (String ref : refs) {
            TokenRef resolved = TokenRefs.resolve(vault, ref);
            if (vault.token(resolved).orElseThrow().revokedAt() != null) {
                throw new UsageException("The token " + resolved + " was revoked, so it cannot be renewed:"
                        + " generate a new token.");
            }
            unique.add(resolved);
        }
        return List.copyOf(unique);
    }

    private List<TokenRef> select(Vault vault, Instant now) {
        List<TokenRef> selected = new ArrayList<>();
        for (Library library : vault.libraries()) {
            for (Token token : library.tokens()) {
                TokenState state = token.state(now);
                boolean soon = within == null || state == TokenState.UNKNOWN
                        || token.timeLeft(now).compareTo(within) <= 0;
                if (state != TokenState.REVOKED && soon) {
                    selected.add(new TokenRef(library.id(), token.label()));
                }
            }
        }
        return selected;
    }
}
