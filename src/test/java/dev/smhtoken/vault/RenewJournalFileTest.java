package dev.smhtoken.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.token.RenewJournal;
import dev.smhtoken.token.RenewJournal.JournaledRenew;
import dev.smhtoken.token.TokenRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The renew journal beside an encrypted vault, with a real second process where one is needed. */
class RenewJournalFileTest {
    private static final String PASSWORD = "journal test password";
    private static final Instant SENT = Instant.parse("2026-12-01T10:15:30.123456789Z");
    private static final TokenRef REF = new TokenRef("smhjournal1", "default");

    @TempDir
    Path dir;

    @BeforeEach
    void vault() {
        VaultFixtures.withoutKeychain(dir).create(PASSWORD.toCharArray());
    }

    @Test
    void aRunningProcesssRenewIsNotLeftBehindAndOneThatEndedUnsettledIs() throws Exception {
        Process child = ChildJvm.start(JournalWriterChild.class, Map.of(CrashSaveLoopChild.PASSWORD_VARIABLE, PASSWORD),
                dir.toString(), REF.libraryId(), SENT.toString());
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("noted", out.readLine());
        RenewJournal journal = open().renewJournal();

        assertEquals(List.of(), journal.leftBehind(), "the renew of a process still running was reported");

        child.getOutputStream().close();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        List<JournaledRenew> left = journal.leftBehind();
        assertEquals(List.of(new JournaledRenew(REF, SENT)), left);
        for (Path file : journalFiles()) {
            assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(REF.libraryId()),
                    "the journal shows the library in the clear");
        }

        journal.forget(left);
        assertEquals(List.of(), journal.leftBehind());
        assertEquals(List.of(), journalFiles(), "a journal with nothing left in it was kept");
    }

    @Test
    void anotherStoreOfThisProcessSeesTheRenewAsRunningAndTheLastSettleRemovesTheFile() throws IOException {
        EncryptedVaultStore window = open();
        RenewJournal journal = window.renewJournal();
        TokenRef other = new TokenRef("smhjournal1", "second");
        journal.sending(List.of(REF, other), SENT);
        journal.sending(List.of(REF), SENT.plusSeconds(1));
        assertEquals(1, journalFiles().size());
        assertEquals(List.of(), open().renewJournal().leftBehind(), "a store of this process reported a renew in flight");

        journal.settled(List.of(REF, other));
        assertEquals(1, journalFiles().size(), "REF is still held by its second caller");
        journal.settled(List.of(REF));
        assertEquals(List.of(), journalFiles());
    }

    @Test
    void aFileThisKeyCannotReadReportsNothing() throws IOException {
        Path folder = Files.createDirectories(dir.resolve(RenewJournalFile.FOLDER));
        Files.write(folder.resolve("planted" + RenewJournalFile.SUFFIX), "SMHJ\u0001 forged renew of smhjournal1"
                .getBytes(StandardCharsets.ISO_8859_1));
        EncryptedVaultStore other = VaultFixtures.withoutKeychain(Files.createDirectories(dir.resolve("other")))
                .create(PASSWORD.toCharArray());
        other.renewJournal().sending(List.of(REF), SENT);
        // A journal of another vault (another key) planted beside this one.
        Path foreign = Files.list(dir.resolve("other").resolve(RenewJournalFile.FOLDER)).findFirst().orElseThrow();
        Files.copy(foreign, folder.resolve("foreign" + RenewJournalFile.SUFFIX));

        assertEquals(List.of(), open().renewJournal().leftBehind());
    }

    private EncryptedVaultStore open() {
        return VaultFixtures.withoutKeychain(dir).open(PASSWORD.toCharArray());
    }

    private List<Path> journalFiles() throws IOException {
        Path folder = dir.resolve(RenewJournalFile.FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
