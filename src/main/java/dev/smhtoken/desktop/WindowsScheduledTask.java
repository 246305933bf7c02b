package dev.smhtoken.desktop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Windows: a task of the Task Scheduler, made from XML with {@code schtasks /Create /XML}. It runs
 * only while the user is logged on ({@code InteractiveToken}): that is when Credential Manager
 * hands out the vault key, and it needs no stored Windows password.
 */
public final class WindowsScheduledTask implements ScheduledRenew {
    static final String TASK = "SMH Token Manager renew";
    private static final Pattern EVERY = Pattern.compile("<Interval>PT(\\d+)S</Interval>");

    private final Commands commands;
    private final AppCommand app;
    private final Clock clock;

    public WindowsScheduledTask(Commands commands, AppCommand app, Clock clock) {
        this.commands = commands;
        this.app = app;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "Task Scheduler";
    }

    @Override
    public void install(RenewSchedule schedule) {
        Path file = null;
        try {
            file = Files.createTempFile("smh-task-", ".xml");
            // schtasks reads task XML in UTF-16 with a byte-order mark, as the Task Scheduler exports it.
            Files.write(file, ("\uFEFF" + content(schedule)).getBytes(StandardCharsets.UTF_16LE));
            Commands.Result created = commands.run(List.of("schtasks", "/Create", "/TN", TASK, "/XML", file.toString(), "/F"), null);
            if (!created.ok()) {
                throw new DesktopException("Task Scheduler refused the task (schtasks: " + created.err().strip() + ").");
            }
        } catch (IOException e) {
            throw new DesktopException("Could not write a temporary file for schtasks (" + e.getMessage() + ").", e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // harmless: it holds no secret
                }
            }
        }
    }

    @Override
    public void remove() {
        if (installed().isPresent()) {
            commands.run(List.of("schtasks", "/Delete", "/TN", TASK, "/F"), null);
        }
    }

    @Override
    public Optional<Installed> installed() {
        Commands.Result query = commands.run(List.of("schtasks", "/Query", "/TN", TASK, "/XML"), null);
        if (!query.ok()) {
            return Optional.empty();
        }
        Matcher every = EVERY.matcher(query.out());
        return Optional.of(new Installed("Task Scheduler, task \"" + TASK + "\"",
                every.find() ? Duration.ofSeconds(Long.parseLong(every.group(1))) : null));
    }

    String content(RenewSchedule schedule) {
        List<String> arguments = app.argumentsWith(schedule.renewArguments());
        LocalDateTime start = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        return String.join("\r\n",
                "<?xml version=\"1.0\" encoding=\"UTF-16\"?>",
                "<Task version=\"1.2\" xmlns=\"http://schemas.microsoft.com/windows/2004/02/mit/task\">",
                "  <RegistrationInfo>",
                "    <Description>Renews the SMH access tokens that expire soon (smh-token-manager schedule).</Description>",
                "  </RegistrationInfo>",
                "  <Triggers>",
                "    <TimeTrigger>",
                "      <StartBoundary>" + start + "</StartBoundary>",
                "      <Repetition>",
                "        <Interval>PT" + schedule.every().toSeconds() + "S</Interval>",
                "        <StopAtDurationEnd>false</StopAtDurationEnd>",
                "      </Repetition>",
                "      <Enabled>true</Enabled>",
                "    </TimeTrigger>",
                "  </Triggers>",
                "  <Principals>",
                "    <Principal id=\"Author\">",
                "      <LogonType>InteractiveToken</LogonType>",
                "      <RunLevel>LeastPrivilege</RunLevel>",
                "    </Principal>",
                "  </Principals>",
                "  <Settings>",
                "    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>",
                "    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>",
                "    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>",
                "    <StartWhenAvailable>true</StartWhenAvailable>",
                "    <RunOnlyIfNetworkAvailable>true</RunOnlyIfNetworkAvailable>",
                "    <ExecutionTimeLimit>PT10M</ExecutionTimeLimit>",
                "    <Enabled>true</Enabled>",
                "  </Settings>",
                "  <Actions Context=\"Author\">",
                "    <Exec>",
                "      <Command>" + Quoting.xml(app.program()) + "</Command>",
                "      <Arguments>" + Quoting.xml(Quoting.windowsLine(arguments)) + "</Arguments>",
                "    </Exec>",
                "  </Actions>",
                "</Task>",
                "");
    }
}
