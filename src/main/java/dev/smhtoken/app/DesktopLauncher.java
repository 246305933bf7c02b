package dev.smhtoken.app;

import javafx.application.Application;

/** Starts the window (kept apart from {@code Main} so that the command line never loads JavaFX). */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(DesktopApp.class, args);
    }
}
