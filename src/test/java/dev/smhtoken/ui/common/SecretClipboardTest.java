package dev.smhtoken.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.token.AccessToken;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The copied token leaves the system clipboard on time, and only if it is still ours. */
@ExtendWith(ApplicationExtension.class)
class SecretClipboardTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final AccessToken TOKEN = AccessToken.of("acctkclipboardtest0123456789abcdefghijklmnopqrs");

    private final SimpleObjectProperty<Instant> now = new SimpleObjectProperty<>(T0);
    private SecretClipboard clipboard;

    @BeforeEach
    void emptyClipboard() throws Exception {
        clipboard = fx(() -> new SecretClipboard(Clipboard.getSystemClipboard(), now, Duration.ofSeconds(30)));
        fx(() -> {
            Clipboard.getSystemClipboard().clear();
            return null;
        });
    }

    @Test
    void clearedWhenTheTimeoutPassesAndTheClipboardStillHoldsTheToken() throws Exception {
        fx(() -> {
            clipboard.copy(TOKEN, null);
            return null;
        });
        assertEquals(TOKEN.reveal(), fx(() -> Clipboard.getSystemClipboard().getString()));

        fx(() -> {
            now.set(T0.plusSeconds(29));
            return null;
        });
        assertEquals(TOKEN.reveal(), fx(() -> Clipboard.getSystemClipboard().getString()), "cleared too early");

        fx(() -> {
            now.set(T0.plusSeconds(30));
            return null;
        });
        assertNull(fx(() -> Clipboard.getSystemClipboard().getString()));
        assertNull(clipboard.clearsAtProperty().get());
    }

    @Test
    void leftAloneWhenTheUserCopiedSomethingElse() throws Exception {
        fx(() -> {
            clipboard.copy(TOKEN, null);
            ClipboardContent other = new ClipboardContent();
            other.putString("a note the user copied");
            Clipboard.getSystemClipboard().setContent(other);
            now.set(T0.plusSeconds(31));
            return null;
        });
        assertEquals("a note the user copied", fx(() -> Clipboard.getSystemClipboard().getString()));
        assertNull(clipboard.clearsAtProperty().get(), "the countdown should end even when nothing was cleared");
    }

    @Test
    void neverStaysLongerThanTheTokenItself() throws Exception {
        fx(() -> {
            clipboard.copy(TOKEN, T0.plusSeconds(10));
            return null;
        });
        assertEquals(T0.plusSeconds(10), clipboard.clearsAtProperty().get());
        fx(() -> {
            now.set(T0.plusSeconds(10));
            return null;
        });
        assertNull(fx(() -> Clipboard.getSystemClipboard().getString()));
    }

    @Test
    void clearNowEmptiesTheClipboardAtOnce() throws Exception {
        fx(() -> {
            clipboard.copy(TOKEN, null);
            clipboard.clearNow();
            return null;
        });
        assertNull(fx(() -> Clipboard.getSystemClipboard().getString()));
    }

    @Test
    void aSecondCopyRestartsTheCountdown() throws Exception {
        fx(() -> {
            clipboard.copy(TOKEN, null);
            now.set(T0.plusSeconds(20));
            clipboard.copy(TOKEN, null);
            now.set(T0.plusSeconds(35));
            return null;
        });
        assertEquals(TOKEN.reveal(), fx(() -> Clipboard.getSystemClipboard().getString()));
        assertTrue(clipboard.clearsAtProperty().get().equals(T0.plusSeconds(50)));
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(5, TimeUnit.SECONDS);
    }
}
