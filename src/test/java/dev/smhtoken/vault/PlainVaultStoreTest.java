package dev.smhtoken.vault;

import dev.smhtoken.token.Library;
import dev.smhtoken.token.Vault;
import dev.smhtoken.token.VaultException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PlainVaultStoreTest {
    @TempDir
    Path dir;

    @Test
    void aMissingFileIsAnEmptyVault() {
        assertEquals(Vault.EMPTY, new PlainVaultStore(dir).load());
        assertFalse(Files.exists(dir.resolve(PlainVaultStore.FILE_NAME)));
    }

    @Test
    void roundTripKeepsEveryFieldIncludingNulls() {
        Vault rich = VaultSamples.rich();
        PlainVaultStore store = new PlainVaultStore(dir);
        assertEquals(rich, store.update(v -> rich));
        assertEquals(rich, store.load());
        assertEquals(rich, new PlainVaultStore(dir).load());
        Vault loaded = store.load();
        assertEquals(null, loaded.libraries().get(0).tokens().get(2).expiresAt());
        assertEquals(rich.libraries().get(0).tokens().get(0).origin(), loaded.libraries().get(0).tokens().get(0).origin());
    }

    @Test
    void theFileCarriesAFormatVersion() throws IOException {
        new PlainVaultStore(dir).update(v -> VaultSamples.rich());
        String json = Files.readString(dir.resolve(PlainVaultStore.FILE_NAME));
        assertTrue(json.contains("\"formatVersion\" : 1"), json);
    }

    @Test
    void atomicWritesLeaveNoTempFiles() throws IOException {
        PlainVaultStore store = new PlainVaultStore(dir);
        for (int i = 0; i < 5; i++) {
            int n = i;
            store.update(v -> v.withLibrary(VaultSamples.numbered("lib", n)));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("vault.json", "vault.lock"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void leftoverTempFilesOfAKilledWriterAreCleanedOnTheNextSave() throws IOException {
        Path leftover = Files.writeString(dir.resolve(AtomicFileWriter.TEMP_PREFIX + "123" + AtomicFileWriter.TEMP_SUFFIX), "half");
        new PlainVaultStore(dir).update(v -> v.withLibrary(VaultSamples.numbered("lib", 1)));
        assertFalse(Files.exists(leftover));
    }

    @Test
    void garbageIsNeverOverwrittenAndTheMessageSaysWhatToDo() throws IOException {
        assertUnreadableAndUntouched("not json at all \u0000\u0001".getBytes(StandardCharsets.UTF_8), "is not valid JSON");
    }

    @Test
    void truncatedJsonIsNeverOverwritten() throws IOException {
        new PlainVaultStore(dir).update(v -> VaultSamples.rich());
        byte[] full = Files.readAllBytes(dir.resolve(PlainVaultStore.FILE_NAME));
        for (int cut : new int[] {0, 1, full.length / 3, full.length / 2, full.length - 2}) {
            byte[] truncated = java.util.Arrays.copyOf(full, cut);
            assertUnreadableAndUntouched(truncated, cut == 0 ? "is empty" : "");
        }
    }

    @Test
    void invalidEntriesAreRefusedWithoutQuotingSecrets() throws IOException {
        String json = "{\"formatVersion\":1,\"libraries\":[{\"libraryId\":\"a b\",\"host\":\"https://x.example\","
                + "\"name\":null,\"tokens\":[{\"label\":\"default\",\"value\":\"tok-visible-secret\"}]}]}";
        String message = assertUnreadableAndUntouched(json.getBytes(StandardCharsets.UTF_8), "invalid entry");
        assertFalse(message.contains("tok-visible-secret"));
        String unknownField = "{\"formatVersion\":1,\"libraries\":[],\"extra\":\"tok-visible-secret\"}";
        message = assertUnreadableAndUntouched(unknownField.getBytes(StandardCharsets.UTF_8), "cannot read");
        assertFalse(message.contains("tok-visible-secret"));
    }

    @Test
    void aNewerFormatVersionIsRefused() throws IOException {
        String message = assertUnreadableAndUntouched(
                ("{\"formatVersion\":" + (VaultJsonCodec.FORMAT_VERSION + 1) + ",\"libraries\":[],\"newThing\":true}")
                        .getBytes(StandardCharsets.UTF_8),
                "newer version");
        assertTrue(message.contains("Update SMH Token Manager"), message);
    }

    private String assertUnreadableAndUntouched(byte[] content, String expectedPart) throws IOException {
        Path file = dir.resolve(PlainVaultStore.FILE_NAME);
        Files.write(file, content);
        PlainVaultStore store = new PlainVaultStore(dir);
        VaultException onLoad = assertThrows(VaultException.class, store::load);
        VaultException onUpdate = assertThrows(VaultException.class,
                () -> store.update(v -> v.withLibrary(VaultSamples.numbered("lost", 1))));
        assertArrayEquals(content, Files.readAllBytes(file), "the unreadable file must stay byte for byte");
        for (VaultException e : List.of(onLoad, onUpdate)) {
            assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
            assertTrue(e.getMessage().contains(expectedPart), e.getMessage());
            assertTrue(e.getMessage().contains("left as it is"), e.getMessage());
        }
        return onLoad.getMessage();
    }

    @Test
    void aChangeThatThrowsSavesNothing() throws IOException {
        PlainVaultStore store = new PlainVaultStore(dir);
        store.update(v -> VaultSamples.rich());
        byte[] before = Files.readAllBytes(store.file());
        assertThrows(IllegalStateException.class, () -> store.update(v -> {
            throw new IllegalStateException("no");
        }));
        assertArrayEquals(before, Files.readAllBytes(store.file()));
        // and the lock was released
        store.update(v -> v.withLibrary(VaultSamples.numbered("after", 1)));
    }

    @Test
    void twoThreadsUpdatingConcurrentlyLoseNothing() throws Exception {
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String prefix : List.of("a", "b")) {
                // separate store objects, as the window and a background service might have
                PlainVaultStore store = new PlainVaultStore(dir);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        int n = i;
                        store.update(v -> v.withLibrary(VaultSamples.numbered(prefix, n)));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertAllPresent(new PlainVaultStore(dir).load(), List.of("a", "b"), perThread);
    }

    @Test
    void twoProcessesUpdatingConcurrentlyLoseNothing() throws Exception {
        int perProcess = 20;
        PlainVaultStore store = new PlainVaultStore(dir);
        Process first = ChildJvm.start(PlainStoreWriterChild.class, Map.of(), dir.toString(), "p1", "" + perProcess);
        Process second = ChildJvm.start(PlainStoreWriterChild.class, Map.of(), dir.toString(), "p2", "" + perProcess);
        // and this process writes at the same time as well
        for (int i = 0; i < perProcess; i++) {
            int n = i;
            store.update(v -> v.withLibrary(VaultSamples.numbered("p0", n)));
        }
        for (Process child : List.of(first, second)) {
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child did not finish");
            assertEquals(0, child.exitValue());
            assertEquals("done", new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
        }
        assertAllPresent(store.load(), List.of("p0", "p1", "p2"), perProcess);
    }

    private static void assertAllPresent(Vault vault, List<String> prefixes, int each) {
        assertEquals(prefixes.size() * each, vault.libraries().size());
        for (String prefix : prefixes) {
            for (int i = 0; i < each; i++) {
                Library expected = VaultSamples.numbered(prefix, i);
                assertEquals(expected, vault.library(expected.id()).orElseThrow());
            }
        }
    }

    @Test
    void filesAreOwnerOnly() throws IOException {
        assumeTrue(OwnerOnly.posix());
        PlainVaultStore store = new PlainVaultStore(dir);
        for (int i = 0; i < 3; i++) {
            int n = i;
            store.update(v -> v.withLibrary(VaultSamples.numbered("x", n)));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(dir.resolve(PlainVaultStore.LOCK_FILE_NAME))));
        }
    }

    @Test
    void fingerprintsNoticeEveryoneElsesSaves() {
        PlainVaultStore window = new PlainVaultStore(dir);
        FileFingerprint before = window.fingerprint();
        assertFalse(before.exists());

        new PlainVaultStore(dir).update(v -> v.withLibrary(VaultSamples.numbered("cli", 1)));
        FileFingerprint afterFirst = window.fingerprint();
        assertTrue(afterFirst.exists());
        assertFalse(afterFirst.equals(before));
        assertEquals(afterFirst, window.fingerprint(), "unchanged without a save");

        // Same content size, same second maybe: the rename still gives a new identity.
        new PlainVaultStore(dir).update(v -> v);
        assertFalse(afterFirst.equals(window.fingerprint()));
    }

    @Test
    void toStringShowsNoSecret() {
        PlainVaultStore store = new PlainVaultStore(dir);
        store.update(v -> VaultSamples.rich());
        assertFalse(store.toString().contains(VaultSamples.SECRET_TOKEN));
        assertFalse(store.load().toString().contains(VaultSamples.SECRET_TOKEN));
    }
}
