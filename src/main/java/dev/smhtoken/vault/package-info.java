/**
 * Saving and loading the vault: the data folder, the encrypted vault file, its key sources and its
 * backups. Implements {@link dev.smhtoken.token.VaultStore}.
 *
 * <h2>Start-up (window)</h2>
 * <pre>
 * Path dir = DataDirectory.ofThisMachine().resolveAndCreate(dataDirOption);
 * WindowLock windowLock = WindowLock.tryAcquire(dir);        // WindowAlreadyOpenException: show, exit
 * VaultOpener opener = new VaultOpener(dir, new OsKeychain(), Argon2Params.RECOMMENDED, clock);
 * switch (opener.status().kind()) {
 *   NEW                          -> opener.create(keychainAvailable ? optionalPassword : requiredPassword)
 *   ENCRYPTED_KEYCHAIN_AVAILABLE -> opener.open(null)
 *   NEEDS_PASSWORD               -> opener.open(password)  // WrongPasswordException: ask again
 *   UNREADABLE                   -> show status.message(); offer opener.restoreNewestGoodBackup(password)
 * }
 * </pre>
 * The command line does the same without the window lock. Every call here does file I/O, and
 * anything with a password runs Argon2id: keep it off the FX thread.
 *
 * <h2>Files in the data folder</h2>
 * {@code vault.smhv} (the encrypted vault, layout in {@code VaultFileFormat}), {@code vault.lock}
 * (write lock), {@code window.lock} and {@code backups/} (the last five versions). A {@code vault.json}
 * (the plain vault of development versions before encryption) is never read: beside no
 * {@code vault.smhv} it only stops a new vault from starting over it.
 */
package dev.smhtoken.vault;
