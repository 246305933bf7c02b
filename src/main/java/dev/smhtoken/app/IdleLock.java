package dev.smhtoken.app;

import dev.smhtoken.token.Settings;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Locks the vault after the idle time set in the settings (off by default): any key, click or
 * scroll in the window counts as use. Checked on the window's clock tick, no timer of its own.
 */
final class IdleLock {
    private final Supplier<Settings> settings;
    private final Runnable lock;
    private Instant lastUse;

    IdleLock(Scene scene, ObservableValue<Instant> now, Supplier<Settings> settings, Runnable lock) {
        this.settings = settings;
        this.lock = lock;
        this.lastUse = now.getValue();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> used(now));
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> used(now));
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, e -> used(now));
        scene.addEventFilter(ScrollEvent.SCROLL, e -> used(now));
        now.addListener((obs, old, time) -> lockIfIdle(time));
    }

    private void used(ObservableValue<Instant> now) {
        lastUse = now.getValue();
    }

    private void lockIfIdle(Instant time) {
        Duration limit = settings.get().lockAfterIdle();
        if (!limit.isZero() && Duration.between(lastUse, time).compareTo(limit) >= 0) {
            lastUse = time;
            lock.run();
        }
    }
}
