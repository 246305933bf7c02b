package dev.smhtoken.token;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renews cut off by the end of an earlier run, found in the {@link RenewJournal} and checked against
 * the vault: one whose token was renewed, replaced or refused since, was revoked or removed, is
 * resolved and forgotten; the others are named to the user with what to do. Nobody can know
 * whether SMH answered one of them: that is why each says "may".
 */
final class InterruptedRenews {
    private final VaultStore store;
    private final RenewJournal journal;

    InterruptedRenews(VaultStore store, RenewJournal journal) {
        this.store = Objects.requireNonNull(store);
        this.journal = Objects.requireNonNull(journal);
    }

    /** Blocking (file reads): call on a worker. */
    List<InterruptedRenew> find() {
        List<RenewJournal.JournaledRenew> left = journal.leftBehind();
        if (left.isEmpty()) {
            return List.of();
        }
        Vault vault = store.load();
        List<InterruptedRenew> open = new ArrayList<>();
        List<RenewJournal.JournaledRenew> resolved = new ArrayList<>();
        for (RenewJournal.JournaledRenew renew : left) {
            if (vault.token(renew.ref()).filter(token -> !resolvedSince(token, renew.sentAt())).isPresent()) {
                if (open.stream().noneMatch(known -> known.ref().equals(renew.ref()))) {
                    open.add(new InterruptedRenew(renew.ref(), renew.sentAt()));
                }
            } else {
                resolved.add(renew);
            }
        }
        if (!resolved.isEmpty()) {
            journal.forget(resolved);
        }
        return List.copyOf(open);
    }

    /** Whether the vault shows the token renewed, generated, refused or revoked since {@code sentAt}. */
    private static boolean resolvedSince(Token token, Instant sentAt) {
        if (token.revokedAt() != null || token.renewedAt() != null && !token.renewedAt().isBefore(sentAt)) {
            return true;
        }
        return token.history().stream().anyMatch(event -> !event.at().isBefore(sentAt)
                && event.kind() != TokenEvent.Kind.COPIED);
    }
}
