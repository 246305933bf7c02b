package dev.smhtoken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.smhtoken.testing.MutableClock;
import dev.smhtoken.testing.TestKdf;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.VaultGate;
import dev.smhtoken.token.VaultStore;
import dev.smhtoken.vault.ProcessKeychain;
import dev.smhtoken.vault.VaultOpenerGate;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's own saves never come back to it as reloads; a save by another program (the
 * command line) does, once. On a real encrypted vault file.
 */
class VaultSessionTest {
    @TempDir
    Path dataDir;
    private final ProcessKeychain keychain = new ProcessKeychain();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T10:00:00Z"));
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger reloads = new AtomicInteger();
    private final VaultSession session = new VaultSession(timers, reloads::incrementAndGet, () -> { });

    @AfterEach
    void close() {
        session.close();
        timers.shutdownNow();
    }

    private VaultGate.OpenVault openVault() {
        VaultOpenerGate gate = new VaultOpenerGate(dataDir, keychain, TestKdf.FAST, clock);
        return gate.status().state() == VaultGate.State.NEW ? gate.create(null) : gate.open(null);
    }

    @Test
    void theWindowsOwnSavesAreNoReloadsButAnotherProgramsSaveIs() {
        VaultStore window = session.open(openVault());

        window.update(vault -> vault.withLibrary(Library.of("smhsession1", "Own", null)));
        window.update(vault -> vault.withLibrary(Library.of("smhsession2", "Own too", null)));
        session.reloadIfChanged();
        assertEquals(0, reloads.get(), "the window's own saves came back as a reload");

        openVault().update(vault -> vault.withLibrary(Library.of("smhsession3", "From the command line", null)));
        session.reloadIfChanged();
        session.reloadIfChanged();
        assertEquals(1, reloads.get(), "a save by another program shows once");
    }

    @Test
    void aSaveOfTheWindowsOwnAfterAnotherProgramsStillReloads() {
        VaultStore window = session.open(openVault());
        openVault().update(vault -> vault.withLibrary(Library.of("smhsession3", "From the command line", null)));

        // The window saves before its next look: the change from elsewhere must still show.
        window.update(vault -> vault.withLibrary(Library.of("smhsession1", "Own", null)));
        session.reloadIfChanged();

        assertEquals(1, reloads.get());
    }
}
