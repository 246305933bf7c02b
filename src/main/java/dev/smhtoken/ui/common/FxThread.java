package dev.smhtoken.ui.common;

import javafx.application.Platform;

/** Guards for code that changes observable state: that must happen on the FX thread only. */
public final class FxThread {
    private FxThread() {
    }

    public static void check() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("UI state changed off the FX thread: " + Thread.currentThread().getName());
        }
    }
}
