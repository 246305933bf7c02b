package dev.smhtoken.ui.main;

import static dev.smhtoken.ui.main.WindowModels.LIBRARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.token.TokenRef;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copy fresh in the view models, with no toolkit: the renews wait in a queue until the test runs
 * them, so the test sees what is copied when, against the emulator and a real vault file.
 */
class CopyFreshModelTest {
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
    void nothingIsCopiedUntilTheRenewIsSavedAndShown() throws Exception {
        WindowModels w = window(Map.of("default", Duration.ofMinutes(10)));
        TokenEntry row = w.row("default");
        String value = row.token().value().reveal();

        w.model.actions().copyFresh(row);
        assertTrue(row.isRenewing());
        assertEquals(List.of(), w.clipboard.copied, "the renew has not run yet");
        assertEquals("Renewing " + LIBRARY + "/default to copy it fresh…", w.model.status().statusProperty().get());

        w.runRenews(() -> !w.clipboard.copied.isEmpty());
        assertEquals(List.of(value), w.clipboard.copied);
        assertEquals(WindowModels.START.plus(WindowModels.DAY), row.token().expiresAt(), "the row shows the renew");
        assertEquals("Renewed " + LIBRARY + "/default and copied the value SMH answered to the clipboard.",
                w.model.status().statusProperty().get());
    }

    @Test
    void aCopyFreshDuringARenewJoinsItAndASecondOneAddsNothing() throws Exception {
        WindowModels w = window(Map.of("default", Duration.ofMinutes(10)));
        TokenEntry row = w.row("default");

        w.model.actions().renew(row);
        w.model.actions().copyFresh(row);
        w.model.actions().copyFresh(row);
        w.runRenews(() -> !w.clipboard.copied.isEmpty() && !row.isRenewing());

        assertEquals(1, w.emulator.requestCount(), "one renew on the wire");
        assertEquals(1, w.clipboard.copied.size());
    }

    @Test
    void aVaultLockedWhileTheRenewRunsGetsNothingCopied() throws Exception {
        WindowModels w = window(Map.of("default", Duration.ofMinutes(10)));
        TokenEntry row = w.row("default");

        w.model.actions().copyFresh(row);
        w.model.forget();
        w.runRenews(() -> w.useCases.renewals().inFlightCount() == 0 && w.renews.isEmpty());

        assertEquals(1, w.emulator.requestCount(), "the renew itself went through and was saved");
        assertEquals(List.of(), w.clipboard.copied);
    }

    @Test
    void aTokenKnownByItsReferenceIsCopiedFreshAsItsRowWouldBe() throws Exception {
        WindowModels w = window(Map.of("a", Duration.ofMinutes(10), "b", Duration.ofHours(5)));
        String b = w.row("b").token().value().reveal();

        assertFalse(w.model.copyFresh(new TokenRef(LIBRARY, "nosuch")));
        assertTrue(w.model.copyFresh(new TokenRef(LIBRARY, "b")));
        w.runRenews(() -> !w.clipboard.copied.isEmpty());

        assertEquals(List.of(b), w.clipboard.copied);
        assertEquals(1, w.emulator.renewCount(b));
    }
}
