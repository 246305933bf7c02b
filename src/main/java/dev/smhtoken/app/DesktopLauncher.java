package dev.smhtoken.app;

import dev.smhtoken.token.VaultException;

/** Starts the window (kept apart from {@code Main} so that the command line never loads JavaFX). */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    /**
     * Ends the process once the app has quit, or returns at once when a window already running on the
     * data folder took over; a bad option or data folder ends with a sentence and 2.
     */
    public static void launch(String[] args) {
        if (SecondLaunch.handedOver(args)) {
            return;
        }
        try {
            DesktopApp.launchWindow(args);
            // The window has closed and the app stopped: nothing of it may outlive that. The tray
            // icon's toolkit (AWT) keeps threads of its own that would hold the process otherwise.
            System.exit(0);
        } catch (IllegalArgumentException | VaultException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }
}
