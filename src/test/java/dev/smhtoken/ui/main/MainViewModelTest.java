package dev.smhtoken.ui.main;

import static dev.smhtoken.ui.main.WindowModels.DAY;
import static dev.smhtoken.ui.main.WindowModels.LIBRARY;
import static dev.smhtoken.ui.main.WindowModels.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.emulator.Fault;
import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.RenewMany;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenRef;
import dev.smhtoken.ui.common.Messages;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main window's view models with no toolkit at all: a renew that works and one that fails,
 * renew-many cancelled half-way, the warnings as time passes, the vault locked, the language
 * changed; against the emulator, on a real vault file, the current-thread executor and a fixed clock.
 */
class MainViewModelTest {
    @TempDir
    Path dir;
    private WindowModels window;

    private WindowModels window(Map<String, Duration> left) {
        window = new WindowModels(dir);
        window.seed(left);
        window.open();
        return window;
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.close();
        }
    }

    @Test
    void aRenewShowsTheNewExpiryOnItsRowAndSaysSo() throws Exception {
        WindowModels w = window(Map.of("default", Duration.ofHours(3)));
        TokenEntry row = w.row("default");
        String value = row.token().value().reveal();

        w.model.actions().renew(row);
        assertTrue(row.isRenewing(), "the row shows the renew at once");
        w.runRenews(() -> !row.isRenewing());

        assertEquals(START.plus(DAY), row.token().expiresAt());
        assertNull(row.failure());
        assertEquals("Renewed " + LIBRARY + "/default.", w.model.status().statusProperty().get());
        assertEquals(1, w.emulator.renewCount(value));
        assertEquals(START.plus(DAY), w.store.load().token(new TokenRef(LIBRARY, "default")).orElseThrow().expiresAt());
    }

    @Test
    void aSecondRenewWhileOneRunsSendsNothing() throws Exception {
        WindowModels w = window(Map.of("default", Duration.ofHours(3)));
        TokenEntry row = w.row("default");

        w.model.actions().renew(row);
        w.model.actions().renew(row);
        w.runRenews(() -> !row.isRenewing());

        assertEquals(1, w.emulator.requestCount());
    }

    @Test
    void aFailedRenewKeepsTheOldTokenAndSaysWhyOnTheRow() throws Exception {
        WindowModels w = window(Map.of("default", Duration.ofHours(3)));
        TokenEntry row = w.row("default");
        var before = row.token();
        w.emulator.faults().next(Fault.error(403, "InvalidAccessToken", "token is invalid"));

        w.model.actions().renew(row);
        w.runRenews(() -> !row.isRenewing());

        assertEquals(before.value(), row.token().value());
        assertEquals(before.expiresAt(), row.token().expiresAt());
        assertTrue(row.failure().startsWith("InvalidAccessToken"), row.failure());
        assertTrue(w.model.status().statusProperty().get().startsWith(LIBRARY + "/default: InvalidAccessToken"),
                w.model.status().statusProperty().get());

        // Said again in the language the window switches to.
        w.language.set(Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        assertTrue(row.failure().startsWith("InvalidAccessToken: 令牌无效"), row.failure());
    }

    @Test
    void renewManyCancelledHalfWaySendsNoMoreAndReportsWhatItDid() throws Exception {
        Map<String, Duration> left = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            left.put("t" + i, Duration.ofHours(1 + i));
        }
        WindowModels w = window(left);
        RenewManyViewModel renewMany = w.model.renewMany();

        renewMany.start(RenewMany.Scope.ALL);
        RenewMany.Run run = renewMany.runProperty().get();
        assertEquals(10, run.total());
        assertTrue(renewMany.running().get());
        assertEquals("0 of 10", renewMany.progressProperty().get());

        w.runRenews(() -> w.emulator.requestCount() >= 2);
        renewMany.cancel();
        assertTrue(renewMany.progressProperty().get().startsWith("Cancelling"), renewMany.progressProperty().get());
        w.runRenews(() -> renewMany.runProperty().get() == null);

        int sent = w.emulator.requestCount();
        assertEquals(2, sent, "the requests queued when the run was cancelled were never sent");
        assertEquals("Renewed " + sent + " of 10 token(s); 0 failed.", w.model.status().statusProperty().get());
        assertEquals("", renewMany.progressProperty().get());
        assertNull(renewMany.lastReportProperty().get(), "a run without failures has no report to show");
        long renewedRows = w.model.list().libraries().get(0).tokens().stream()
                .filter(t -> START.plus(DAY).equals(t.token().expiresAt())).count();
        assertEquals(sent, renewedRows);
        assertTrue(w.model.list().libraries().get(0).tokens().stream().allMatch(t -> t.failure() == null && !t.isRenewing()),
                "a token the cancelled run did not send is no failure");
    }

    @Test
    void renewManyWithFailuresLeavesAReport() throws Exception {
        WindowModels w = window(Map.of("a", Duration.ofHours(1), "b", Duration.ofHours(2)));
        w.emulator.faults().next(Fault.error(403, "InvalidAccessToken", "token is invalid"));

        w.model.renewMany().start(RenewMany.Scope.ALL);
        w.runRenews(() -> w.model.renewMany().runProperty().get() == null);

        RenewMany.Report report = w.model.renewMany().lastReportProperty().get();
        assertEquals(2, report.total());
        assertEquals(1, report.failures().size());
        assertEquals("Renewed 1 of 2 token(s); 1 failed.", w.model.status().statusProperty().get());
    }

    @Test
    void aWarningComesWhenATokenNearsItsEndAndGoesWhenDismissed() {
        WindowModels w = window(Map.of("soon", Duration.ofMinutes(20), "later", Duration.ofHours(5)));
        WarningsViewModel warnings = w.model.warnings();
        w.advance(Duration.ofSeconds(1));
        assertTrue(warnings.warningsProperty().get().isEmpty(), "20 min left is outside the 15 min lead");

        w.advance(Duration.ofMinutes(6));
        assertEquals(1, warnings.warningsProperty().get().size());
        assertEquals("soon", warnings.warningsProperty().get().get(0).ref().label());
        assertEquals(1, w.notifications.size());
        assertTrue(w.notifications.get(0).contains("soon expires in 13 min"), w.notifications.get(0));

        w.advance(Duration.ofMinutes(1));
        assertEquals(1, w.notifications.size(), "each expiry is told once");

        warnings.dismiss();
        assertTrue(warnings.warningsProperty().get().isEmpty());
        w.advance(Duration.ofMinutes(1));
        assertTrue(warnings.warningsProperty().get().isEmpty(), "a dismissed warning stays away");
    }

    @Test
    void warningsComeFromTheRowsInMemoryNotFromAReadOfTheVault() {
        WindowModels w = window(Map.of("later", Duration.ofHours(5)));
        w.advance(Duration.ofSeconds(1));
        // Another program saves a token about to expire; the window has not reloaded yet.
        w.store.update(vault -> vault.withToken(LIBRARY, new Token("elsewhere", AccessToken.of("elsewhere-token"),
                w.clock.instant().plus(Duration.ofMinutes(10)), START, DAY, null, null)));
        w.advance(Duration.ofMinutes(1));

        assertTrue(w.model.warnings().warningsProperty().get().isEmpty());
    }

    @Test
    void lockingDropsTheRowsAndWarnings() {
        WindowModels w = window(Map.of("soon", Duration.ofMinutes(10)));
        w.advance(Duration.ofSeconds(1));
        assertFalse(w.model.warnings().warningsProperty().get().isEmpty());

        w.model.forget();

        assertTrue(w.model.list().libraries().isEmpty());
        assertFalse(w.model.list().loadedProperty().get());
        assertTrue(w.model.warnings().warningsProperty().get().isEmpty());
        assertNull(w.model.useCases());
        w.advance(Duration.ofMinutes(1));
        assertTrue(w.model.warnings().warningsProperty().get().isEmpty(), "nothing is warned about once locked");
    }

    @Test
    void copyPutsTheTokenOnTheClipboardAndRecordsIt() {
        WindowModels w = window(Map.of("default", Duration.ofHours(3)));
        TokenEntry row = w.row("default");

        w.model.actions().copy(row);

        assertEquals(row.token().value().reveal(), w.clipboard.copied.get(0));
        assertEquals("Copied " + LIBRARY + "/default to the clipboard.", w.model.status().statusProperty().get());
        assertEquals(1, row.token().history().size(), "the copy is in the token's history");
        assertEquals("Clipboard clears in 30 s",
                w.model.status().clipboardCountdown(w.language.get()).get());
    }

    @Test
    void everyCopyIsNotedAmongTheRecentCopiesUntilTheVaultIsLocked() {
        WindowModels w = window(Map.of("default", Duration.ofHours(3), "uploader", Duration.ofHours(5)));
        TokenRef first = w.row("default").ref();
        TokenRef second = w.row("uploader").ref();

        w.model.actions().copy(w.row("default"));
        w.model.actions().copy(w.row("uploader"));
        assertEquals(List.of(second, first), w.model.recentCopies().latest(5));
        w.model.actions().copy(w.row("default"));
        assertEquals(List.of(first, second), w.model.recentCopies().latest(5), "the latest first, each once");

        w.model.forget();
        assertEquals(List.of(), w.model.recentCopies().latest(5), "a locked vault leaves no names behind");
    }
}
