package dev.smhtoken.cli;

import dev.smhtoken.desktop.Autostart;
import dev.smhtoken.desktop.DesktopJobs;
import java.io.PrintStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code autostart enable|disable|status}: the window's "Start at login" setting, from a terminal. */
@Command(name = "autostart", description = {"Start the app hidden at login (the same setting as in the window's settings):",
    "an XDG autostart entry on Linux, the Run key on Windows, a LaunchAgent on macOS."},
        subcommands = {AutostartCommand.Enable.class, AutostartCommand.Disable.class, AutostartCommand.Status.class})
final class AutostartCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Say what to do: autostart enable, disable or status.");
    }

    static Autostart autostart(CliSession session) {
        DesktopJobs jobs = session.backend().desktopJobs();
        return jobs.autostart(jobs.thisApp(session.chosenDataFolder()));
    }

    @Command(name = "enable", description = "Start the app at login, hidden (" + Autostart.BACKGROUND_FLAG + ").")
    static final class Enable implements Runnable {
        private final CliSession session;

        Enable(CliSession session) {
            this.session = session;
        }

        @Override
        public void run() {
            Autostart autostart = autostart(session);
            autostart.enable();
            session.terminal().out().println("The app starts at login, hidden: " + autostart.where());
        }
    }

    @Command(name = "disable", description = "Do not start the app at login (removes the entry).")
    static final class Disable implements Runnable {
        private final CliSession session;

        Disable(CliSession session) {
            this.session = session;
        }

        @Override
        public void run() {
            Autostart autostart = autostart(session);
            boolean was = autostart.isEnabled();
            autostart.disable();
            session.terminal().out().println(was ? "The app no longer starts at login (removed " + autostart.where() + ")."
                    : "The app did not start at login; nothing changed.");
        }
    }

    @Command(name = "status", description = "Say whether the app starts at login.")
    static final class Status implements Runnable {
        private final CliSession session;

        Status(CliSession session) {
            this.session = session;
        }

        @Override
        public void run() {
            Autostart autostart = autostart(session);
            PrintStream out = session.terminal().out();
            out.println(autostart.isEnabled() ? "On: the app starts at login, hidden (" + autostart.where() + ")."
                    : "Off: the app does not start at login.");
        }
    }
}
