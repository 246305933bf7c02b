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

/**
 * Linux with systemd: a user timer and the one-shot service it starts, in
 * {@code $XDG_CONFIG_HOME/systemd/user}. The service's output goes to the journal
 * ({@code journalctl --user -u smh-token-manager-renew}) besides the data folder's log.
 */
public final class SystemdUserTimer implements ScheduledRenew {
    static final String NAME = "smh-token-manager-renew";
    private static final Pattern EVERY = Pattern.compile("(?m)^OnUnitActiveSec=(\\d+)s$");

    private final Path units;
    private final AppCommand app;
    private final Commands commands;
    private final boolean systemdRuns;

    /** @param systemdRuns false: only the files are written (nothing to tell; systemd reads them when it starts) */
    public SystemdUserTimer(UserFolders folders, AppCommand app, Commands commands, boolean systemdRuns) {
        this.units = folders.systemdUserUnits();
        this.app = app;
        this.commands = commands;
        this.systemdRuns = systemdRuns;
    }

    @Override
    public String kind() {
        return "systemd user timer";
    }

    Path serviceFile() {
        return units.resolve(NAME + ".service");
    }

    Path timerFile() {
        return units.resolve(NAME + ".timer");
    }

    @Override
    public void install(RenewSchedule schedule) {
        TextFiles.write(serviceFile(), service(schedule), StandardCharsets.UTF_8);
        TextFiles.write(timerFile(), timer(schedule), StandardCharsets.UTF_8);
        if (systemdRuns) {
            Commands.Result reload = systemctl("daemon-reload");
            Commands.Result enable = reload.ok() ? systemctl("enable", "--now", NAME + ".timer") : reload;
            if (!enable.ok()) {
                // Nothing half-installed stays behind.
                TextFiles.delete(timerFile());
                TextFiles.delete(serviceFile());
                systemctl("daemon-reload");
                throw new DesktopException("systemd refused the timer (systemctl --user: " + enable.err().strip()
                        + "); check `systemctl --user status`.");
            }
        }
    }

    @Override
    public void remove() {
        if (systemdRuns && Files.exists(timerFile())) {
            systemctl("disable", "--now", NAME + ".timer");
        }
        TextFiles.delete(timerFile());
        TextFiles.delete(serviceFile());
        if (systemdRuns) {
            systemctl("daemon-reload");
        }
    }

    @Override
    public Optional<Installed> installed() {
        if (!Files.isRegularFile(timerFile())) {
            return Optional.empty();
        }
        Duration every = null;
        try {
            Matcher matcher = EVERY.matcher(Files.readString(timerFile(), StandardCharsets.UTF_8));
            every = matcher.find() ? Duration.ofSeconds(Long.parseLong(matcher.group(1))) : null;
        } catch (IOException e) {
            // still installed; only its interval is not known
        }
        return Optional.of(new Installed(timerFile().toString(), every));
    }

    String service(RenewSchedule schedule) {
        return String.join("\n",
                "# Made by `smh-token-manager schedule enable`; `smh-token-manager schedule disable` removes it.",
                "[Unit]",
                "Description=SMH Token Manager: renew the access tokens that expire soon",
                "",
                "[Service]",
                "Type=oneshot",
                "ExecStart=" + Quoting.systemdLine(app.with(schedule.renewArguments())),
                // Renewing is a few HTTP requests: it yields to whatever the user is doing.
                "Nice=10",
                "",
                "") ;
    }

    String timer(RenewSchedule schedule) {
        return String.join("\n",
                "# Made by `smh-token-manager schedule enable`; `smh-token-manager schedule disable` removes it.",
                "[Unit]",
                "Description=SMH Token Manager: renew the access tokens every " + RenewSchedule.text(schedule.every()),
                "",
                "[Timer]",
                // A minute after the timer starts (at login), then every interval after the last run.
                "OnActiveSec=60s",
                "OnUnitActiveSec=" + schedule.every().toSeconds() + "s",
                "AccuracySec=30s",
                "Unit=" + NAME + ".service",
                "",
                "[Install]",
                "WantedBy=timers.target",
                "");
    }

    private Commands.Result systemctl(String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("systemctl", "--user"));
        command.addAll(List.of(arguments));
        return commands.run(command, null);
    }
}
