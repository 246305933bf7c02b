package dev.smhtoken.desktop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** macOS: a LaunchAgent with {@code StartInterval}, loaded with {@code launchctl load -w}. */
public final class LaunchdRenewAgent implements ScheduledRenew {
    static final String LABEL = "dev.smhtoken.manager.renew";
    private static final Pattern EVERY = Pattern.compile("<key>StartInterval</key>\\s*<integer>(\\d+)</integer>");

    private final Path file;
    private final AppCommand app;
    private final Commands commands;

    public LaunchdRenewAgent(UserFolders folders, AppCommand app, Commands commands) {
        this.file = folders.launchAgents().resolve(LABEL + ".plist");
        this.app = app;
        this.commands = commands;
    }

    @Override
    public String kind() {
        return "launchd agent";
    }

    @Override
    public void install(RenewSchedule schedule) {
        if (Files.exists(file)) {
            commands.run(List.of("launchctl", "unload", file.toString()), null);
        }
        TextFiles.write(file, content(schedule), StandardCharsets.UTF_8);
        Commands.Result loaded = commands.run(List.of("launchctl", "load", "-w", file.toString()), null);
        if (!loaded.ok()) {
            TextFiles.delete(file);
            throw new DesktopException("launchd refused the job (launchctl load: " + loaded.err().strip() + ").");
        }
    }

    @Override
    public void remove() {
        if (Files.exists(file)) {
            commands.run(List.of("launchctl", "unload", "-w", file.toString()), null);
        }
        TextFiles.delete(file);
    }

    @Override
    public Optional<Installed> installed() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Duration every = null;
        try {
            Matcher matcher = EVERY.matcher(Files.readString(file, StandardCharsets.UTF_8));
            every = matcher.find() ? Duration.ofSeconds(Long.parseLong(matcher.group(1))) : null;
        } catch (IOException e) {
            // installed all the same
        }
        return Optional.of(new Installed(file.toString(), every));
    }

    String content(RenewSchedule schedule) {
        return Plist.agent(LABEL, app.with(schedule.renewArguments()), List.of(
                "<key>StartInterval</key><integer>" + schedule.every().toSeconds() + "</integer>",
                "<key>RunAtLoad</key><true/>",
                // Background: launchd may delay it to save energy, which the margin of the window allows.
                "<key>ProcessType</key><string>Background</string>"));
    }
}
