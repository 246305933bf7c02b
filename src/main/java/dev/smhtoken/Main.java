package dev.smhtoken;

import dev.smhtoken.app.AppVersion;
import dev.smhtoken.app.DesktopLauncher;

/**
 * Entry point. No arguments (or only window options) opens the window; a subcommand runs the
 * command line without starting JavaFX. Not an {@code Application} itself, so that a class-path
 * launch works without the JavaFX launcher checks.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            System.out.println("SMH Token Manager " + AppVersion.current());
            return;
        }
        DesktopLauncher.launch(args);
    }
}
