package dev.smhtoken.desktop;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Picks the login item and the scheduler of the system this runs on. Environment, folders and
 * tools are passed in, so tests choose a temporary home and their own {@code crontab}.
 */
public final class DesktopJobs {
    /**
     * The crontab program to use; when set, cron is used even where systemd runs (for those who
     * prefer cron, and for tests, which must never touch the real user's table).
     */
    public static final String CRONTAB_VARIABLE = "SMH_TOKEN_MANAGER_CRONTAB";

    private final HostOs os;
    private final UserFolders folders;
    private final Map<String, String> environment;
    private final Commands commands;
    private final Clock clock;
    private final boolean systemdRuns;

    public DesktopJobs(HostOs os, UserFolders folders, Map<String, String> environment, Commands commands,
                       Clock clock, boolean systemdRuns) {
        this.os = os;
        this.folders = folders;
        this.environment = Map.copyOf(environment);
        this.commands = commands;
        this.clock = clock;
        this.systemdRuns = systemdRuns;
    }

    public static DesktopJobs ofThisMachine(Clock clock) {
        Map<String, String> environment = System.getenv();
        return new DesktopJobs(HostOs.current(), UserFolders.of(environment, Path.of(System.getProperty("user.home"))),
                environment, new ProcessCommands(Map.of(), Duration.ofSeconds(30)), clock,
                // sd_booted(3): systemd is the init system when this folder exists.
                Files.isDirectory(Path.of("/run/systemd/system")));
    }

    /** This installation of the app, as this process was started. */
    public AppCommand thisApp(Path dataDirOrNull) {
        Properties system = System.getProperties();
        return AppCommand.ofThisProcess(system, os, dataDirOrNull);
    }

    public Autostart autostart(AppCommand app) {
        return switch (os) {
            case LINUX -> new XdgAutostartEntry(folders, app);
            case MACOS -> new MacLoginAgent(folders, app);
            case WINDOWS -> new WindowsRunKey(commands, app);
            case OTHER -> Autostart.UNSUPPORTED;
        };
    }

    /** @throws DesktopException when this system has no scheduler known here */
    public ScheduledRenew scheduler(AppCommand app) {
        return switch (os) {
            case WINDOWS -> new WindowsScheduledTask(commands, app, clock);
            case MACOS -> new LaunchdRenewAgent(folders, app, commands);
            case LINUX, OTHER -> unixScheduler(app);
        };
    }

    private ScheduledRenew unixScheduler(AppCommand app) {
        String crontab = environment.get(CRONTAB_VARIABLE);
        if (crontab != null && !crontab.isBlank()) {
            return new CrontabBlock(List.of(crontab), commands, app);
        }
        if (systemdRuns && os == HostOs.LINUX) {
            return new SystemdUserTimer(folders, app, commands, true);
        }
        if (onPath("crontab")) {
            return new CrontabBlock(List.of("crontab"), commands, app);
        }
        throw new DesktopException("This system has neither systemd nor cron to run the renew on a schedule:"
                + " install cron (Debian and Ubuntu: sudo apt install cron), then try again.");
    }

    private boolean onPath(String program) {
        String path = environment.getOrDefault("PATH", "");
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isBlank() && Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
