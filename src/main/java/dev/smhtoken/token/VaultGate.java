package dev.smhtoken.token;

/**
 * The way into the vault, before any use case can run: what the data folder holds, creating or
 * opening the vault (with the OS keychain or a master password), and repairing it from a backup.
 * Implemented in {@code vault}. Every method does file I/O or key derivation: call from a worker.
 * Methods that take a password take the array over and wipe it.
 */
public interface VaultGate {
    /** What the data folder holds, found without unlocking anything. */
    enum State {
        /** Nothing saved yet. */
        NEW,
        /** The OS keychain opens it: no question to ask. */
        OPENS_BY_ITSELF,
        /** Only the master password opens it. */
        NEEDS_PASSWORD,
        /** It cannot be read; {@link Status#problem()} says why. A backup may help. */
        UNREADABLE
    }

    /**
     * @param problem                for {@link State#UNREADABLE}, what is wrong and what to do
     * @param newVaultNeedsPassword  true when no OS keychain can protect a new vault
     */
    record Status(State state, UserText problem, boolean newVaultNeedsPassword) {
    }

    Status status();

    /**
     * The window's way in: the {@link #status()} and, when the vault opens by itself, the vault
     * already open (null otherwise). Implementations do it in one pass over the file.
     */
    record Entry(Status status, OpenVault openedOrNull) {
    }

    default Entry enter() {
        Status status = status();
        return new Entry(status, status.state() == State.OPENS_BY_ITSELF ? open(null) : null);
    }

    /**
     * Readies the key derivation while the user types a password: its first run in a fresh JVM
     * is several times slower than later ones. Optional; costs a couple of seconds of one worker.
     */
    default void warmUp() {
    }

    /** Creates the vault; a null password means the OS keychain alone. */
    OpenVault create(char[] passwordOrNull);

    /** Opens the vault with the OS keychain, or else the password; a wrong one is a {@link VaultException}. */
    OpenVault open(char[] passwordOrNull);

    /** Puts the newest backup that opens back in place (the broken file is kept aside); says which. */
    String restoreNewestGoodBackup(char[] passwordOrNull);

    /**
     * Claims the data folder for this window; a second window on the same folder gets a
     * {@link VaultException} saying so. Closing the claim releases it (so does the process ending).
     */
    AutoCloseable claimForWindow();

    /** An opened vault: a store that can forget its key. */
    interface OpenVault extends VaultStore {
        /** Forgets the key; loads and saves fail until the vault is opened again. */
        void lock();

        /** True when a master password opens it, so that locking it makes sense. */
        boolean hasPassword();

        /**
         * Replaces the master password (or gives a vault the OS keychain alone opened its first):
         * a new password slot, the file written again under it, the old password refused from then
         * on. The vault key stays, so other processes that have the vault open keep working; the
         * backups keep the slot they were written with. Takes the array over and wipes it; runs
         * Argon2id, so call it from a worker.
         *
         * @throws InvalidInputException the new password is too short or blank; nothing changed
         */
        void changePassword(char[] newPassword);

        /** Changes whenever the file on disk changes (a save here or by the command line). */
        Object fingerprint();
    }
}
