package dev.smhtoken.cli;

import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenRef;
import dev.smhtoken.token.TokenState;
import dev.smhtoken.token.Vault;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "token", description = {"Print the token's value alone, for pipes:",
    "  TOKEN=$(smh-token-manager token mylib)",
    "With --fresh the token is renewed first and the value SMH answered is printed, once saved."})
final class TokenCommand implements Callable<Integer> {
    private final CliSession session;

    @Parameters(index = "0", paramLabel = "REF", description = "LIBRARY_ID, or LIBRARY_ID/LABEL when it has several tokens.")
    private String ref;

    @Option(names = "--fresh", description = "Renew the token first (as `renew` does) and print the value SMH"
            + " answered, once the renew is saved. If the renew fails, nothing is printed and the exit code is 1.")
    private boolean fresh;

    TokenCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Vault vault = session.load();
        TokenRef resolved = TokenRefs.resolve(vault, ref);
        Token token = vault.token(resolved).orElseThrow();
        Instant now = session.clock().instant();
        TokenState state = token.state(now);
        if (state == TokenState.REVOKED) {
            throw new UsageException("The token " + resolved + " was revoked: generate a new token.");
        }
        if (fresh) {
            // The one renew path: saved first, then the value SMH answered is what gets printed.
            token = session.useCases().renewal().renew(resolved);
        } else if (state == TokenState.EXPIRED) {
            // Printed all the same: use elsewhere may have kept it alive longer than this app knows.
            session.terminal().err().println("Warning: as far as this app knows, " + resolved + " expired at "
                    + Formats.instant(token.expiresAt()) + "; renew it with `smh-token-manager renew " + resolved + "`.");
        }
        session.terminal().out().println(token.value().reveal());
        session.terminal().out().flush();
        return ExitCode.OK;
    }
}
