package dev.smhtoken.vault;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WindowLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondWindowInTheSameProcessIsRefusedUntilTheFirstCloses() {
        WindowLock first = WindowLock.tryAcquire(dir);
        assertTrue(first.isHeld());
        WindowAlreadyOpenException e = assertThrows(WindowAlreadyOpenException.class, () -> WindowLock.tryAcquire(dir));
        assertTrue(e.getMessage().contains("already open"), e.getMessage());
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
        first.close();
        assertFalse(first.isHeld());
        try (WindowLock again = WindowLock.tryAcquire(dir)) {
            assertTrue(again.isHeld());
        }
    }

    @Test
    void aWindowInAnotherProcessBlocksThisOneAndTheCommandLineStillSaves() throws Exception {
        Process other = ChildJvm.start(WindowLockChild.class, Map.of(), dir.toString());
        BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("held", out.readLine());

        WindowAlreadyOpenException e = assertThrows(WindowAlreadyOpenException.class, () -> WindowLock.tryAcquire(dir));
        assertTrue(e.getMessage().contains("process " + other.pid()), e.getMessage());
        // the command line does not take the window lock: saving works beside the open window
        EncryptedVaultStore cli = VaultFixtures.withoutKeychain(dir).create(VaultFixtures.pw());
        cli.update(v -> v.withLibrary(VaultSamples.numbered("cli", 1)));

        other.getOutputStream().close(); // the other window closes
        assertTrue(other.waitFor(30, TimeUnit.SECONDS));
        try (WindowLock mine = WindowLock.tryAcquire(dir)) {
            assertTrue(mine.isHeld());
            Process third = ChildJvm.start(WindowLockChild.class, Map.of(), dir.toString());
            String answer = new String(third.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertTrue(third.waitFor(30, TimeUnit.SECONDS));
            assertTrue(answer.startsWith("refused: SMH Token Manager is already open"), answer);
        }
    }

    @Test
    void aKilledWindowDoesNotLeaveTheFolderBlocked() throws Exception {
        Process other = ChildJvm.start(WindowLockChild.class, Map.of(), dir.toString());
        assertEquals("held", new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8)).readLine());
        other.destroyForcibly();
        assertTrue(other.waitFor(30, TimeUnit.SECONDS));
        try (WindowLock mine = WindowLock.tryAcquire(dir)) {
            assertTrue(mine.isHeld());
        }
    }
}
