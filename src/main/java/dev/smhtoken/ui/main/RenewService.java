package dev.smhtoken.ui.main;

import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenRef;
import dev.smhtoken.token.TokenRenewal;
import java.util.concurrent.Executor;
import javafx.concurrent.Service;
import javafx.concurrent.Task;

/** Renews one token on the app's worker pool; one instance per row, so a row has one renew at most. */
final class RenewService extends Service<Token> {
    private final TokenRenewal renewal;
    private final TokenRef ref;

    RenewService(TokenRenewal renewal, TokenRef ref, Executor workers) {
        this.renewal = renewal;
        this.ref = ref;
        setExecutor(workers);
    }

    @Override
    protected Task<Token> createTask() {
        return new Task<>() {
            @Override
            protected Token call() {
                return renewal.renew(ref);
            }
        };
    }
}
