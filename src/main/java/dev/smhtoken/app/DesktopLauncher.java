package dev.smhtoken.app;

/** Starts the window. Placeholder until the window lands. */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        throw new UnsupportedOperationException("the window is not built yet");
    }
}
