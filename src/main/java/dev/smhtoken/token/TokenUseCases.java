package dev.smhtoken.token;

import java.time.Clock;

/** Every use case over one vault and one SMH gateway: what the window and the command line call. */
public record TokenUseCases(LibraryCatalog catalog, TokenIssuance issuance, TokenRenewal renewal,
                            TokenRevocation revocation) {

    public static TokenUseCases of(SmhGateway smh, VaultStore store, Clock clock) {
        return new TokenUseCases(new LibraryCatalog(store), new TokenIssuance(smh, store, clock),
                new TokenRenewal(smh, store, clock), new TokenRevocation(smh, store, clock));
    }
}
