package dev.smhtoken.desktop;

import java.time.Duration;
import java.util.Optional;

/**
 * A job of the OS's own scheduler that runs {@code renew --expiring-within WINDOW --scheduled}
 * while the app is closed. Every method touches files or OS tools.
 */
public interface ScheduledRenew {
    /** The job as it is installed: where, and how often it runs (null when that cannot be told). */
    record Installed(String where, Duration every) {
    }

    /** The scheduler, for the user: "systemd user timer", "cron" ... */
    String kind();

    /** Installs the job, replacing one installed before. @throws DesktopException when the scheduler refused */
    void install(RenewSchedule schedule);

    /** Removes the job if it is there. */
    void remove();

    Optional<Installed> installed();
}
