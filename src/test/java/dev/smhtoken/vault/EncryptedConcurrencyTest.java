package dev.smhtoken.vault;

import dev.smhtoken.token.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window, a background renew and the command line saving at once never lose each other's changes. */
class EncryptedConcurrencyTest {
    private static final String PASSWORD = "concurrency password";

    @TempDir
    Path dir;

    @Test
    void threadsAndAnotherProcessUpdatingAtOnceLoseNothing() throws Exception {
        int each = 15;
        VaultFixtures.withoutKeychain(dir).create(PASSWORD.toCharArray());
        Process cli = ChildJvm.start(EncryptedWriterChild.class,
                Map.of(CrashSaveLoopChild.PASSWORD_VARIABLE, PASSWORD), dir.toString(), "cli", "" + each);
        // two stores opened separately in this process, as two parts of the app might
        EncryptedVaultStore window = VaultFixtures.withoutKeychain(dir).open(PASSWORD.toCharArray());
        EncryptedVaultStore worker = VaultFixtures.withoutKeychain(dir).open(PASSWORD.toCharArray());
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> addAll(window, "window", each));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> addAll(worker, "worker", each));
        a.get(60, TimeUnit.SECONDS);
        b.get(60, TimeUnit.SECONDS);
        assertTrue(cli.waitFor(60, TimeUnit.SECONDS));
        assertEquals("done", new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());

        Vault all = window.load();
        assertEquals(3 * each, all.libraries().size());
        for (String prefix : List.of("window", "worker", "cli")) {
            for (int i = 0; i < each; i++) {
                assertTrue(all.library(prefix + "-" + i).isPresent(), prefix + "-" + i + " lost");
            }
        }
        assertEquals(Backups.KEEP, window.backups().size());
    }

    private static void addAll(EncryptedVaultStore store, String prefix, int count) {
        for (int i = 0; i < count; i++) {
            int n = i;
            store.update(v -> v.withLibrary(VaultSamples.numbered(prefix, n)));
        }
    }
}
