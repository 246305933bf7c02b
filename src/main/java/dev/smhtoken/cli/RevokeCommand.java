package dev.smhtoken.cli;

import dev.smhtoken.token.TokenRef;
import dev.smhtoken.token.Vault;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "revoke", description = "Revoke the token at SMH (it stops working everywhere), then mark it revoked here.")
final class RevokeCommand implements Callable<Integer> {
    private final CliSession session;

    @Parameters(index = "0", paramLabel = "REF", description = "LIBRARY_ID, or LIBRARY_ID/LABEL when it has several tokens.")
    private String ref;

    RevokeCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Vault vault = session.load();
        TokenRef resolved = TokenRefs.resolve(vault, ref);
        if (vault.token(resolved).orElseThrow().revokedAt() != null) {
            throw new UsageException("The token " + resolved + " is already revoked: remove it with"
                    + " `smh-token-manager remove " + resolved + "`.");
        }
        session.useCases().revocation().revoke(resolved);
        session.terminal().out().println("Revoked " + resolved + " at SMH; it stays listed as revoked until you"
                + " remove it with `smh-token-manager remove " + resolved + "`.");
        return ExitCode.OK;
    }
}
