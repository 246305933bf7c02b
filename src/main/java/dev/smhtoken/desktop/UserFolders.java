package dev.smhtoken.desktop;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The per-user folders login items and scheduler jobs are written to, found from the environment
 * that is passed in, so that tests work in a temporary home and never in the real one.
 *
 * @param home       the user's home folder
 * @param configHome {@code $XDG_CONFIG_HOME}, or {@code ~/.config} when it is unset or relative (as the spec says)
 */
public record UserFolders(Path home, Path configHome) {
    public UserFolders {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(configHome, "configHome");
    }

    public static UserFolders of(Map<String, String> environment, Path userHome) {
        String xdg = environment.get("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : userHome.resolve(".config");
        return new UserFolders(userHome, config);
    }

    /** {@code $XDG_CONFIG_HOME/autostart}: where a desktop session looks for what to start at login. */
    public Path xdgAutostart() {
        return configHome.resolve("autostart");
    }

    /** {@code $XDG_CONFIG_HOME/systemd/user}: the user's own systemd units. */
    public Path systemdUserUnits() {
        return configHome.resolve("systemd").resolve("user");
    }

    /** {@code ~/Library/LaunchAgents}: the user's launchd jobs on macOS. */
    public Path launchAgents() {
        return home.resolve("Library").resolve("LaunchAgents");
    }
}
