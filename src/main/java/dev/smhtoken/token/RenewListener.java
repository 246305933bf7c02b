package dev.smhtoken.token;

/** Hears about every renew the {@link RenewCoordinator} runs. Called on worker threads. */
public interface RenewListener {
    /** A renew of {@code ref} started (a joined request does not start another). */
    default void started(TokenRef ref) {
    }

    /** A renew ended and its result is saved. */
    void finished(RenewOutcome outcome);
}
