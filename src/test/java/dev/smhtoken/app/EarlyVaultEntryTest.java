package dev.smhtoken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.smhtoken.testing.TestKdf;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.VaultGate;
import dev.smhtoken.vault.ProcessKeychain;
import dev.smhtoken.vault.VaultOpenerGate;
import dev.smhtoken.vault.WindowAlreadyOpenException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyVaultEntryTest {
    private final ProcessKeychain keychain = new ProcessKeychain();
    @TempDir
    Path dataDir;

    private VaultGate realGate() {
        return new VaultOpenerGate(dataDir, keychain, TestKdf.FAST, Clock.systemUTC());
    }

    @Test
    void theWindowGetsTheVaultOpenedWhileTheToolkitStarted() throws Exception {
        realGate().create(null).update(v -> v.withLibrary(Library.of("lib-1", "Photos", null)));
        AtomicInteger gatesMade = new AtomicInteger();

        EarlyVaultEntry early = EarlyVaultEntry.begin(() -> {
            gatesMade.incrementAndGet();
            return realGate();
        });

        try (AutoCloseable claim = early.claimForWindow()) {
            VaultGate.Entry entry = early.enter();
            assertEquals(VaultGate.State.OPENS_BY_ITSELF, entry.status().state());
            assertNotNull(entry.openedOrNull(), "opened by the keychain, no question asked");
            assertEquals("Photos", entry.openedOrNull().load().libraries().get(0).name());
            // Later calls go to the gate itself: a fresh look, and the same single gate.
            assertEquals(VaultGate.State.OPENS_BY_ITSELF, early.enter().status().state());
            assertEquals(1, gatesMade.get());
        }
    }

    @Test
    void aSecondWindowIsRefusedWithTheSameSentenceAsBefore() throws Exception {
        try (AutoCloseable first = realGate().claimForWindow()) {
            EarlyVaultEntry early = EarlyVaultEntry.begin(this::realGate);
            assertThrows(WindowAlreadyOpenException.class, early::claimForWindow);
        }
    }

    @Test
    void aNewFolderIsNewAndNothingIsOpened() throws Exception {
        EarlyVaultEntry early = EarlyVaultEntry.begin(this::realGate);
        try (AutoCloseable claim = early.claimForWindow()) {
            VaultGate.Entry entry = early.enter();
            assertEquals(VaultGate.State.NEW, entry.status().state());
            assertNull(entry.openedOrNull());
        }
    }
}
