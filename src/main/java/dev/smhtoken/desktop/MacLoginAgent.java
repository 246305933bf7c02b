package dev.smhtoken.desktop;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * macOS: a LaunchAgent with {@code RunAtLoad}, which launchd starts at each login. It starts the
 * app through the same guard as the Linux entry, so a deleted app leaves a job that does nothing.
 */
public final class MacLoginAgent implements Autostart {
    static final String LABEL = "dev.smhtoken.manager.autostart";

    private final Path file;
    private final AppCommand app;

    public MacLoginAgent(UserFolders folders, AppCommand app) {
        this.file = folders.launchAgents().resolve(LABEL + ".plist");
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

    String content() {
        return Plist.agent(LABEL, XdgAutostartEntry.guardedCommand(app, List.of(BACKGROUND_FLAG)),
                List.of("<key>RunAtLoad</key><true/>", "<key>ProcessType</key><string>Interactive</string>"));
    }
}
