package dev.smhtoken.app;

import dev.smhtoken.token.VaultException;

/** Starts the window (kept apart from {@code Main} so that the command line never loads JavaFX). */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    /**
     * Returns only when the window has closed, or at once when a window already running on the data
     * folder took over; a bad option or data folder ends with a sentence and 2.
     */
    public static void launch(String[] args) {
        if (SecondLaunch.handedOver(args)) {
            return;
        }
        try {
            DesktopApp.launchWindow(args);
        } catch (IllegalArgumentException | VaultException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }
}
