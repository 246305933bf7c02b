package dev.smhtoken.cli;

import java.util.Set;

/**
 * Decides between the window and the command line from the arguments alone, before anything is
 * loaded: no arguments, or only the window's own options, open the window; anything else (a
 * command, {@code --help}, a typo) goes to the command line, which explains itself.
 */
public final class LaunchMode {
    private static final Set<String> WINDOW_FLAGS = Set.of("--demo", "--background", "--find");

    private LaunchMode() {
    }

    public static boolean wantsCommandLine(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--data-dir")) {
                i++;
            } else if (!arg.startsWith("--data-dir=") && !WINDOW_FLAGS.contains(arg)) {
                return true;
            }
        }
        return false;
    }
}
