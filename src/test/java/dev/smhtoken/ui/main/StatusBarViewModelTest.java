package dev.smhtoken.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status bar's view model without the toolkit: the auto-renew default saved, the clipboard countdown. */
class StatusBarViewModelTest {
    @TempDir
    Path dir;
    private WindowModels window;

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void theAutoRenewDefaultIsSavedInTheVaultAndSaidOnTheStatusLine() {
        window = new WindowModels(dir);
        window.seed(Map.of("default", Duration.ofHours(3)));
        window.open();
        assertFalse(window.model.settingsProperty().get().autoRenewByDefault());

        window.model.status().setAutoRenewByDefault(true);

        assertTrue(window.store.load().settings().autoRenewByDefault());
        assertTrue(window.model.settingsProperty().get().autoRenewByDefault());
        assertEquals("Tokens without a choice of their own are now renewed automatically.",
                window.model.status().statusProperty().get());
    }

    @Test
    void theClipboardCountdownFollowsTheClockAndEndsWithTheClear() {
        window = new WindowModels(dir);
        window.seed(Map.of("default", Duration.ofHours(3)));
        window.open();
        StatusBarViewModel status = window.model.status();
        var countdown = status.clipboardCountdown(window.language.get());
        assertFalse(status.clipboardPending().get());

        window.model.actions().copy(window.row("default"));
        assertTrue(status.clipboardPending().get());
        assertEquals("Clipboard clears in 30 s", countdown.get());
        window.advance(Duration.ofSeconds(12));
        assertEquals("Clipboard clears in 18 s", countdown.get());

        status.clearClipboard();
        assertFalse(status.clipboardPending().get());
        assertEquals("", countdown.get());
    }
}
