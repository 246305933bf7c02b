package dev.smhtoken.token;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Renews that were sent and whose outcome is not saved yet, kept where the end of the process does
 * not erase them. SMH may answer a renew with a new token value, and the old one may stop working:
 * if the app ends between that answer and the save, the vault keeps a token that may be dead. The
 * protocol leaves this gap; the journal cannot close it, only name the tokens it may have hit, so
 * that the user is told at the next start (see {@link InterruptedRenews}). It holds token names and
 * times only, never a token. Implemented in {@code vault}.
 */
public interface RenewJournal {
    /** Notes, before it returns, that renews of {@code refs} are about to be sent, the first at {@code at}. */
    void sending(Collection<TokenRef> refs, Instant at);

    /** The outcomes of renews of {@code refs} (noted with {@link #sending}) are saved, or nothing was sent. */
    void settled(Collection<TokenRef> refs);

    /** Renews that an app that has ended (a process, or this one before it locked) noted and never settled. */
    List<JournaledRenew> leftBehind();

    /** Forgets renews of {@link #leftBehind()} that the vault shows were resolved, or that the user was told about. */
    void forget(Collection<JournaledRenew> renews);

    /** A renew noted in the journal: which token, and no later than when its request was sent. */
    record JournaledRenew(TokenRef ref, Instant sentAt) {
    }

    /** Keeps nothing: for vaults in memory and stores that have no file of their own. */
    RenewJournal NONE = new RenewJournal() {
        @Override
        public void sending(Collection<TokenRef> refs, Instant at) {
        }

        @Override
        public void settled(Collection<TokenRef> refs) {
        }

        @Override
        public List<JournaledRenew> leftBehind() {
            return List.of();
        }

        @Override
        public void forget(Collection<JournaledRenew> renews) {
        }
    };
}
