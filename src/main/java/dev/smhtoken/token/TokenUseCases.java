package dev.smhtoken.token;

import java.time.Clock;
import java.util.concurrent.Executor;

/**
 * Every use case over one vault and one SMH gateway: what the window and the command line call.
 * {@code renewals} is the one path every renew of this vault takes; {@code renewal} (the command
 * line's), {@code autoRenewer} and {@code renewMany} go through it.
 */
public record TokenUseCases(LibraryCatalog catalog, TokenIssuance issuance, TokenRenewal renewal,
                            TokenRevocation revocation, RenewCoordinator renewals, RenewMany renewMany,
                            AutoRenewer autoRenewer, TokenReplacement replacement, TokenHistoryLog history) {

    /** Use cases whose renews run on {@code renewWorkers} (the window's pool). */
    public static TokenUseCases of(SmhGateway smh, VaultStore store, Clock clock, Executor renewWorkers) {
        RenewCoordinator coordinator = new RenewCoordinator(smh, store, clock, renewWorkers);
        return new TokenUseCases(new LibraryCatalog(store), new TokenIssuance(smh, store, clock),
                new TokenRenewal(coordinator), new TokenRevocation(smh, store, clock), coordinator,
                new RenewMany(coordinator, store, clock), new AutoRenewer(coordinator, store, clock),
                new TokenReplacement(smh, store, clock), new TokenHistoryLog(store, clock));
    }

    /** Use cases whose renews run on the calling thread (the command line, simple tests). */
    public static TokenUseCases of(SmhGateway smh, VaultStore store, Clock clock) {
        return of(smh, store, clock, Runnable::run);
    }
}
