package dev.smhtoken.app;

import java.nio.file.Path;
import java.util.List;

/**
 * What the window was started with: {@code --data-dir DIR}, {@code --demo}, {@code --background}
 * (started at login: the window starts out of the way, minimised until the tray icon exists) and
 * {@code --find} (open the finder: when a window already runs on the data folder, that window comes
 * forward with its finder open, which is what the desktop entry's "Find token" action starts; a
 * first start opens it once the tokens show).
 * Anything else is a usage error that names the option, so a typo never silently opens another vault.
 */
public record LaunchOptions(Path dataDir, boolean demo, boolean background, boolean find) {
    public LaunchOptions(Path dataDir, boolean demo) {
        this(dataDir, demo, false, false);
    }

    public static LaunchOptions parse(List<String> args) {
        Path dataDir = null;
        boolean demo = false;
        boolean background = false;
        boolean find = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--demo")) {
                demo = true;
            } else if (arg.equals("--background")) {
                background = true;
            } else if (arg.equals("--find")) {
                find = true;
            } else if (arg.equals("--data-dir") && i + 1 < args.size()) {
                dataDir = Path.of(args.get(++i));
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(arg.substring("--data-dir=".length()));
            } else {
                throw new IllegalArgumentException("Unknown option \"" + arg
                        + "\". The window takes --data-dir DIR, --demo, --background and --find; run with --help for the command line.");
            }
        }
        return new LaunchOptions(dataDir, demo, background, find);
    }
}
