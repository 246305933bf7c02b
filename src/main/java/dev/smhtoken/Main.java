package dev.smhtoken;

import dev.smhtoken.app.AppVersion;
import dev.smhtoken.app.CliRoot;
import dev.smhtoken.app.DesktopLauncher;
import dev.smhtoken.cli.LaunchMode;

/**
 * Entry point. No arguments (or only the window's options {@code --data-dir DIR} and
 * {@code --demo}) opens the window; a command runs the command line, which never loads a JavaFX
 * class: {@link DesktopLauncher} is only reached on the window's path. Not an {@code Application}
 * itself, so that a class-path launch works without the JavaFX launcher checks.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            System.out.println("SMH Token Manager " + AppVersion.current());
            return;
        }
        if (LaunchMode.wantsCommandLine(args)) {
            // exit() also ends the AWT threads a clipboard copy may have started.
            System.exit(CliRoot.run(args));
        }
        DesktopLauncher.launch(args);
    }
}
