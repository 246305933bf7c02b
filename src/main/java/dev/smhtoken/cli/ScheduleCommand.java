package dev.smhtoken.cli;

import dev.smhtoken.desktop.AppCommand;
import dev.smhtoken.desktop.DesktopJobs;
import dev.smhtoken.desktop.RenewSchedule;
import dev.smhtoken.desktop.ScheduledRenew;
import dev.smhtoken.token.UserText;
import dev.smhtoken.token.VaultException;
import dev.smhtoken.token.VaultGate;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code schedule enable|disable|status}: renewing with no app running, by a job of the OS's own
 * scheduler. The job has no one to type a password, so it is only installed for a vault the OS
 * keychain opens.
 */
@Command(name = "schedule", description = {"Renew expiring tokens on a schedule while the app is closed.",
    "It uses the OS's own scheduler: a systemd user timer (cron where systemd does not run), Task Scheduler, launchd."},
        subcommands = {ScheduleCommand.Enable.class, ScheduleCommand.Disable.class, ScheduleCommand.Status.class})
final class ScheduleCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Say what to do: schedule enable, disable or status.");
    }

    static ScheduledRenew scheduler(CliSession session) {
        DesktopJobs jobs = session.backend().desktopJobs();
        return jobs.scheduler(jobs.thisApp(session.chosenDataFolder()));
    }

    @Command(name = "enable", description = {"Install (or replace) the scheduled renew. Each run renews the tokens"
        + " that would expire before the run after next, and logs what it did to " + ScheduledRunLog.FILE_NAME
        + " in the data folder.", "Needs the vault key in the OS keychain: a vault that only its master password opens is refused."})
    static final class Enable implements Runnable {
        private final CliSession session;

        @Option(names = "--every", paramLabel = "DURATION", converter = DurationParser.class, defaultValue = "15m",
                description = "How often it runs (default: ${DEFAULT-VALUE}; 1m to 12h).")
        private Duration every;

        Enable(CliSession session) {
            this.session = session;
        }

        @Override
        public void run() {
            RenewSchedule schedule;
            try {
                schedule = new RenewSchedule(every);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            requireUnattendedVault(session);
            DesktopJobs jobs = session.backend().desktopJobs();
            AppCommand app = jobs.thisApp(session.chosenDataFolder());
            ScheduledRenew scheduler = jobs.scheduler(app);
            scheduler.install(schedule);
            PrintStream out = session.terminal().out();
            out.println("Scheduled with " + scheduler.kind() + ": every " + RenewSchedule.text(schedule.every())
                    + ", renewing the tokens that expire within " + RenewSchedule.text(schedule.window()) + ".");
            out.println("Job: " + scheduler.installed().map(ScheduledRenew.Installed::where).orElse("?"));
            out.println("Runs: " + String.join(" ", app.with(schedule.renewArguments())));
            out.println("Log: " + session.dataFolder().resolve(ScheduledRunLog.FILE_NAME));
        }
    }

    /** The vault must open by itself; anything else is refused before anything is written. */
    static void requireUnattendedVault(CliSession session) {
        VaultGate.Status status = session.vaultStatus();
        switch (status.state()) {
            case OPENS_BY_ITSELF -> { }
            case UNREADABLE -> throw new VaultException(status.problem());
            case NEEDS_PASSWORD -> throw new VaultException(UserText.of("error.cli.scheduleNeedsKeychain"));
            case NEW -> throw new UsageException("There is no vault in " + session.dataFolder()
                    + " yet, so there is nothing to renew: add a token first (smh-token-manager add ...).");
        }
    }

    @Command(name = "disable", description = "Remove the scheduled renew (nothing else of yours is touched).")
    static final class Disable implements Runnable {
        private final CliSession session;

        Disable(CliSession session) {
            this.session = session;
        }

        @Override
        public void run() {
            ScheduledRenew scheduler = scheduler(session);
            boolean was = scheduler.installed().isPresent();
            scheduler.remove();
            session.terminal().out().println(was ? "The scheduled renew (" + scheduler.kind() + ") is removed."
                    : "No scheduled renew was installed; nothing changed.");
        }
    }

    @Command(name = "status", description = "Say whether the renew is scheduled, how often, and what its last run did.")
    static final class Status implements Runnable {
        private final CliSession session;

        Status(CliSession session) {
            this.session = session;
        }

        @Override
        public void run() {
            ScheduledRenew scheduler = scheduler(session);
            PrintStream out = session.terminal().out();
            Optional<ScheduledRenew.Installed> installed = scheduler.installed();
            if (installed.isEmpty()) {
                out.println("Not scheduled (" + scheduler.kind() + "): tokens are renewed only while the window is open."
                        + " Run `smh-token-manager schedule enable` to renew them with the window closed.");
                return;
            }
            Duration every = installed.get().every();
            out.println("Scheduled with " + scheduler.kind() + (every == null ? "" : ": every " + RenewSchedule.text(every)
                    + ", renewing the tokens that expire within " + RenewSchedule.text(new RenewSchedule(every).window()))
                    + ".");
            out.println("Job: " + installed.get().where());
            Path log = session.dataFolder().resolve(ScheduledRunLog.FILE_NAME);
            out.println("Last run: " + lastLine(log).orElse("none logged yet in " + log));
        }

        private static Optional<String> lastLine(Path log) {
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                return lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(lines.size() - 1));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }
}
