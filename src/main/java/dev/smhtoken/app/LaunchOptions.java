package dev.smhtoken.app;

import java.nio.file.Path;
import java.util.List;

/**
 * What the window was started with: {@code --data-dir DIR}, {@code --demo} and {@code --background}
 * (started at login: the window starts out of the way, minimised until the tray icon exists). Anything else is a
 * usage error that names the option, so a typo never silently opens another vault.
 */
public record LaunchOptions(Path dataDir, boolean demo, boolean background) {
    public LaunchOptions(Path dataDir, boolean demo) {
        this(dataDir, demo, false);
    }

    public static LaunchOptions parse(List<String> args) {
        Path dataDir = null;
        boolean demo = false;
        boolean background = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--demo")) {
                demo = true;
            } else if (arg.equals("--background")) {
                background = true;
            } else if (arg.equals("--data-dir") && i + 1 < args.size()) {
                dataDir = Path.of(args.get(++i));
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(arg.substring("--data-dir=".length()));
            } else {
                throw new IllegalArgumentException("Unknown option \"" + arg
                        + "\". The window takes --data-dir DIR, --demo and --background; run with --help for the command line.");
            }
        }
        return new LaunchOptions(dataDir, demo, background);
    }
}
