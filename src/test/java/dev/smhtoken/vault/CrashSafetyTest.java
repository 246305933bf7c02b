package dev.smhtoken.vault;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A process killed with SIGKILL in the middle of saving never leaves a vault that does not open. */
class CrashSafetyTest {
    private static final String PASSWORD = "crash test password";

    @TempDir
    Path dir;

    @Test
    void aSaverKilledAtRandomMomentsAlwaysLeavesOneOfTheLastTwoStates() throws Exception {
        VaultFixtures.withoutKeychain(dir).create(PASSWORD.toCharArray());
        Random random = new Random(42);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(28);
        int kills = 0;
        int lastPrinted = 0;
        int killedBetweenSaveAndPrint = 0;
        while (kills < 25 && System.nanoTime() < deadline) {
            Process saver = ChildJvm.start(CrashSaveLoopChild.class,
                    Map.of(CrashSaveLoopChild.PASSWORD_VARIABLE, PASSWORD), dir.toString());
            BufferedReader out = new BufferedReader(new InputStreamReader(saver.getInputStream(), StandardCharsets.UTF_8));
            int linesBeforeKill = 1 + random.nextInt(8);
            for (int i = 0; i < linesBeforeKill; i++) {
                String line = out.readLine();
                if (line == null) {
                    throw new AssertionError("the saver died on its own, exit " + saver.waitFor());
                }
                lastPrinted = Integer.parseInt(line.strip());
            }
            Thread.sleep(random.nextInt(12));
            // SIGKILL through the handle: Process.destroyForcibly would also close our end of the
            // pipe and lose the numbers printed just before the kill.
            saver.toHandle().destroyForcibly();
            assertTrue(saver.waitFor(30, TimeUnit.SECONDS));
            kills++;
            // lines the saver printed before it died, still in the pipe
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (!line.isBlank()) {
                    lastPrinted = Integer.parseInt(line.strip());
                }
            }
            int state = CrashSaveLoopChild.state(
                    VaultFixtures.withoutKeychain(dir).open(PASSWORD.toCharArray()).load());
            assertTrue(state == lastPrinted || state == lastPrinted + 1,
                    "after kill " + kills + " the vault holds state " + state + " but " + lastPrinted + " was the last saved");
            if (state == lastPrinted + 1) {
                killedBetweenSaveAndPrint++;
            }
            lastPrinted = state;
            if (OwnerOnly.posix()) {
                assertEquals("rw-------", PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(dir.resolve(VaultFolder.ENCRYPTED_FILE))));
            }
            assertTrue(VaultFixtures.withoutKeychain(dir).backups().size() <= Backups.KEEP);
        }
        assertTrue(kills >= 10, "only " + kills + " kills in the time allowed");
        System.out.println("crash test: " + kills + " kills, " + lastPrinted + " saves, " + killedBetweenSaveAndPrint
                + " kills landed after a save and before its report");
        // and nothing a killed writer left behind survives the next open
        VaultFixtures.withoutKeychain(dir).open(PASSWORD.toCharArray());
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(AtomicFileWriter.TEMP_PREFIX)));
        }
    }
}
