package dev.smhtoken.desktop;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Linux without systemd: a marked block in the user's crontab, read with {@code crontab -l} and
 * written back whole with {@code crontab FILE}. Only the lines between our two markers are ever
 * changed; every other line of the user's table is written back as it was read.
 */
public final class CrontabBlock implements ScheduledRenew {
    static final String BEGIN = "# >>> smh-token-manager schedule";
    static final String END = "# <<< smh-token-manager schedule <<<";
    private static final Pattern EVERY = Pattern.compile("every (\\d+)s");

    private final List<String> crontab;
    private final Commands commands;
    private final AppCommand app;

    /** @param crontab the crontab program (with any arguments that must come first) */
    public CrontabBlock(List<String> crontab, Commands commands, AppCommand app) {
        this.crontab = List.copyOf(crontab);
        this.commands = commands;
        this.app = app;
    }

    @Override
    public String kind() {
        return "cron";
    }

    @Override
    public void install(RenewSchedule schedule) {
        List<String> lines = withoutOurBlock(read());
        lines.addAll(block(schedule));
        write(lines);
    }

    @Override
    public void remove() {
        List<String> table = read();
        List<String> kept = withoutOurBlock(table);
        if (kept.size() != table.size()) {
            write(kept);
        }
    }

    @Override
    public Optional<Installed> installed() {
        for (String line : read()) {
            if (line.startsWith(BEGIN)) {
                Matcher every = EVERY.matcher(line);
                return Optional.of(new Installed("the crontab of this user (crontab -l)",
                        every.find() ? Duration.ofSeconds(Long.parseLong(every.group(1))) : null));
            }
        }
        return Optional.empty();
    }

    /** Our block: the markers and one line that runs the renew, its output left to the data folder's log. */
    List<String> block(RenewSchedule schedule) {
        // cron starts jobs with almost no environment: the session bus is where the keychain is.
        String bus = "DBUS_SESSION_BUS_ADDRESS=\"${DBUS_SESSION_BUS_ADDRESS:-unix:path=/run/user/$(id -u)/bus}\"";
        return List.of(
                BEGIN + " (every " + schedule.every().toSeconds() + "s): made by `smh-token-manager schedule enable`,"
                        + " removed by `schedule disable`; edits inside are replaced >>>",
                timeFields(schedule.every()) + " " + bus + " " + Quoting.cronLine(app.with(schedule.renewArguments()))
                        + " >/dev/null 2>&1",
                END);
    }

    /**
     * {@code *}{@code /N} minutes below an hour, {@code 0 *}{@code /N} hours above: never longer
     * between runs than asked (a step that does not divide the hour or day only adds runs).
     */
    static String timeFields(Duration every) {
        long minutes = Math.max(1, every.toMinutes());
        if (minutes < 60) {
            return (minutes == 1 ? "*" : "*/" + minutes) + " * * * *";
        }
        long hours = minutes / 60;
        return "0 " + (hours == 1 ? "*" : "*/" + hours) + " * * *";
    }

    /** The user's table as lines; an empty list when the user has none yet. */
    List<String> read() {
        List<String> command = new ArrayList<>(crontab);
        command.add("-l");
        Commands.Result result = commands.run(command, null);
        if (result.ok()) {
            return new ArrayList<>(result.out().lines().toList());
        }
        if (result.err().toLowerCase(java.util.Locale.ROOT).contains("no crontab")) {
            return new ArrayList<>();
        }
        throw new DesktopException("Could not read your crontab (crontab -l: " + result.err().strip()
                + "); nothing was changed.");
    }

    private void write(List<String> lines) {
        Path file = null;
        try {
            file = Files.createTempFile("smh-crontab-", ".txt");
            // cron ignores a last line without a line break: every line gets one.
            StringBuilder text = new StringBuilder();
            lines.forEach(line -> text.append(line).append('\n'));
            Files.writeString(file, text, Charset.defaultCharset());
            List<String> command = new ArrayList<>(crontab);
            command.add(file.toString());
            Commands.Result result = commands.run(command, null);
            if (!result.ok()) {
                throw new DesktopException("crontab refused the new table (" + result.err().strip()
                        + "); your crontab was not changed.");
            }
        } catch (IOException e) {
            throw new DesktopException("Could not write a temporary file for crontab (" + e.getMessage() + ").", e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless: it holds no secret
                }
            }
        }
    }

    /** The table without our block (every block, should there be several). */
    static List<String> withoutOurBlock(List<String> table) {
        List<String> kept = new ArrayList<>();
        boolean inside = false;
        for (String line : table) {
            if (!inside && line.startsWith(BEGIN)) {
                inside = true;
            } else if (inside && line.equals(END)) {
                inside = false;
            } else if (!inside) {
                kept.add(line);
            }
        }
        return kept;
    }
}
