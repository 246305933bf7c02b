package dev.smhtoken.ui.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Asks the desktop whether the user prefers dark windows. JavaFX 21 has no API for it (that came
 * with 22), so this asks each OS its own way: GNOME's settings or GTK_THEME on Linux, the
 * registry on Windows, the global defaults on macOS. Each command runs with a short timeout and
 * any failure means "light". Blocking: call it off the FX thread.
 */
public final class DesktopColorScheme {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private final String osName;
    private final Map<String, String> environment;
    private final Function<List<String>, Optional<String>> command;

    /**
     * @param command runs a command and returns what it printed, or empty when it failed
     */
    public DesktopColorScheme(String osName, Map<String, String> environment,
                              Function<List<String>, Optional<String>> command) {
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.environment = environment;
        this.command = command;
    }

    /** The scheme of the machine this runs on, asked with real processes. */
    public static DesktopColorScheme ofThisMachine() {
        return new DesktopColorScheme(System.getProperty("os.name", ""), System.getenv(), DesktopColorScheme::run);
    }

    public boolean prefersDark() {
        if (osName.contains("win")) {
            return command.apply(List.of("reg", "query",
                            "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                            "/v", "AppsUseLightTheme"))
                    .map(DesktopColorScheme::windowsAnswerIsDark).orElse(false);
        }
        if (osName.contains("mac")) {
            return command.apply(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(out -> out.strip().equalsIgnoreCase("dark")).orElse(false);
        }
        String gtkTheme = environment.get("GTK_THEME");
        if (gtkTheme != null && !gtkTheme.isBlank()) {
            return isDarkName(gtkTheme);
        }
        Optional<String> scheme = command.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme.map(DesktopColorScheme::isDarkName).orElse(false)) {
            return true;
        }
        return command.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .map(DesktopColorScheme::isDarkName).orElse(false);
    }

    /** {@code 'prefer-dark'}, {@code Adwaita-dark}, {@code Yaru-dark:dark}... */
    static boolean isDarkName(String value) {
        return value.toLowerCase(Locale.ROOT).contains("dark");
    }

    /** {@code AppsUseLightTheme    REG_DWORD    0x0} means dark. */
    static boolean windowsAnswerIsDark(String output) {
        for (String line : output.split("\\R")) {
            if (line.contains("AppsUseLightTheme")) {
                return line.strip().endsWith("0x0");
            }
        }
        return false;
    }

    private static Optional<String> run(List<String> commandLine) {
        Process process;
        try {
            process = new ProcessBuilder(commandLine).redirectErrorStream(true).start();
        } catch (IOException e) {
            return Optional.empty(); // the tool is not installed here
        }
        try (InputStream out = process.getInputStream()) {
            if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String printed = new String(out.readNBytes(4096), StandardCharsets.UTF_8);
            return process.exitValue() == 0 ? Optional.of(printed) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return Optional.empty();
        }
    }
}
