package dev.smhtoken.app;

import dev.smhtoken.token.VaultException;

/** Starts the window (kept apart from {@code Main} so that the command line never loads JavaFX). */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    /** Returns only when the window has closed; a bad option or data folder ends with a sentence and 2. */
    public static void launch(String[] args) {
        try {
            DesktopApp.launchWindow(args);
        } catch (IllegalArgumentException | VaultException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }
}
