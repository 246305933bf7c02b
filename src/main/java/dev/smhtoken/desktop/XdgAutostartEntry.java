package dev.smhtoken.desktop;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Linux: {@code $XDG_CONFIG_HOME/autostart/smh-token-manager.desktop} (XDG Autostart
 * Specification), which GNOME, KDE, Xfce and the other session managers start at login.
 *
 * <p>Uninstalling the package must not leave an entry that points nowhere. The package's removal
 * scripts run as root and cannot know every user's {@code $XDG_CONFIG_HOME}, so the entry guards
 * itself instead: {@code TryExec} names the launcher, and session managers skip an entry whose
 * {@code TryExec} is missing; the command is {@code sh -c 'test -x LAUNCHER && exec LAUNCHER ...'},
 * so a session manager that ignores {@code TryExec} starts a shell that does nothing. Installing
 * the app again brings the setting back as the user left it.
 */
public final class XdgAutostartEntry implements Autostart {
    static final String FILE_NAME = "smh-token-manager.desktop";

    private final Path file;
    private final AppCommand app;

    public XdgAutostartEntry(UserFolders folders, AppCommand app) {
        this.file = folders.xdgAutostart().resolve(FILE_NAME);
        this.app = app;
    }

    @Override
    public boolean supported() {
        return true;
    }

    @Override
    public boolean isEnabled() {
        return Files.isRegularFile(file);
    }

    @Override
    public void enable() {
        TextFiles.write(file, content(), StandardCharsets.UTF_8);
    }

    @Override
    public void disable() {
        TextFiles.delete(file);
    }

    @Override
    public String where() {
        return file.toString();
    }

    /** The entry's text. */
    String content() {
        return String.join("\n",
                "[Desktop Entry]",
                "Type=Application",
                "Name=SMH Token Manager",
                "Comment=Keeps SMH access tokens renewed in the background (started at login)",
                "Exec=" + Quoting.desktopExec(guardedCommand(app, List.of(BACKGROUND_FLAG))),
                "TryExec=" + app.program().replace("\\", "\\\\"),
                "Terminal=false",
                "NoDisplay=true",
                "X-GNOME-Autostart-enabled=true",
                "") ;
    }

    /** {@code /bin/sh -c 'test -x PROGRAM && exec COMMAND'}: does nothing once the app is gone. */
    static List<String> guardedCommand(AppCommand app, List<String> arguments) {
        List<String> words = new ArrayList<>(List.of("/bin/sh", "-c"));
        words.add("test -x " + Quoting.sh(app.program()) + " && exec " + Quoting.shLine(app.with(arguments)));
        return words;
    }
}
