package dev.smhtoken.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.testing.ThrowawayCrontab;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The login items and scheduler jobs as files, in a temporary home: each one's command line, read
 * back by the format's own rules (or run by the real shell, cron and systemd-analyze where they are
 * here), is exactly the app's command with its data folder. The paths have spaces, quotes and
 * {@code %} in them, which every format quotes differently.
 */
class JobFilesTest {
    private static final RenewSchedule EVERY_15M = new RenewSchedule(Duration.ofMinutes(15));
    private static final List<String> RENEW = List.of("renew", "--expiring-within", "30m", "--scheduled");

    @TempDir
    Path temp;
    private UserFolders folders;
    private Path recorder;
    private Path recorded;
    private AppCommand app;

    @BeforeEach
    void home() throws IOException {
        folders = UserFolders.of(Map.of(), Files.createDirectories(temp.resolve("home")));
        Path appDir = Files.createDirectories(temp.resolve("app dir"));
        recorded = temp.resolve("arguments.txt");
        // Stands for the launcher: writes each argument it got on a line of its own.
        recorder = appDir.resolve("smh-token-manager");
        Files.writeString(recorder, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '" + recorded + "'\n");
        Files.setPosixFilePermissions(recorder, PosixFilePermissions.fromString("rwx------"));
        app = new AppCommand(List.of(recorder.toString()), temp.resolve("data of O'Brien \"50%\" $HOME"));
    }

    @Test
    void theRenewWindowIsTheNextRunPlusAMargin() {
        assertEquals(RENEW, EVERY_15M.renewArguments());
        assertEquals(Duration.ofMinutes(15), new RenewSchedule(Duration.ofMinutes(5)).window());
        assertEquals(Duration.ofHours(4), new RenewSchedule(Duration.ofHours(2)).window());
        assertEquals("1h30m", RenewSchedule.text(Duration.ofMinutes(90)));
        assertThrowsMessage(() -> new RenewSchedule(Duration.ofSeconds(30)), "between 1m and 12h");
        assertThrowsMessage(() -> new RenewSchedule(Duration.ofDays(1)), "between 1m and 12h");
    }

    @Test
    void theSystemdUnitsPassSystemdAnalyzeAndStartTheAppWithItsDataFolder() throws Exception {
        SystemdUserTimer timer = new SystemdUserTimer(folders, app, noToolExpected(), false);
        timer.install(EVERY_15M);
        Path service = folders.configHome().resolve("systemd/user/smh-token-manager-renew.service");
        Path timerFile = folders.configHome().resolve("systemd/user/smh-token-manager-renew.timer");
        String exec = Files.readAllLines(service).stream().filter(l -> l.startsWith("ExecStart=")).findFirst().orElseThrow();
        assertEquals(app.with(RENEW), FormatParsers.systemdExec(exec.substring("ExecStart=".length())));
        assertTrue(Files.readString(timerFile).contains("OnUnitActiveSec=900s"));
        assertEquals(Duration.ofMinutes(15), timer.installed().orElseThrow().every());

        Assumptions.assumeTrue(ThrowawayCrontab.onPath("systemd-analyze"),
                "systemd-analyze is not installed (Debian package systemd; .ci/run installs it)");
        Result verified = run(List.of("systemd-analyze", "verify", "--man=no", timerFile.toString(), service.toString()),
                Map.of());
        // It reports problems as lines naming the unit; a clean unit file prints nothing about ours.
        assertEquals(0, verified.exit(), verified.output());
        assertFalse(verified.output().contains("smh-token-manager-renew"), verified.output());

        timer.remove();
        assertFalse(Files.exists(service) || Files.exists(timerFile));
        assertTrue(timer.installed().isEmpty());
    }

    @Test
    void systemdThatRefusesTheTimerLeavesNoUnitBehind() {
        Commands refusing = (command, stdin) -> new Commands.Result(command.contains("enable") ? 1 : 0, "",
                "Failed to connect to bus");
        SystemdUserTimer timer = new SystemdUserTimer(folders, app, refusing, true);
        assertThrowsMessage(() -> timer.install(EVERY_15M), "Failed to connect to bus");
        assertFalse(Files.exists(folders.systemdUserUnits().resolve("smh-token-manager-renew.timer")));
        assertFalse(Files.exists(folders.systemdUserUnits().resolve("smh-token-manager-renew.service")));
    }

    @Test
    void theCrontabBlockRunsTheAppAndLeavesTheUsersOtherLinesAsTheyWere() throws Exception {
        String why = ThrowawayCrontab.unavailableBecause();
        Assumptions.assumeTrue(why == null, why);
        try (ThrowawayCrontab crontab = ThrowawayCrontab.create(temp)) {
            String users = "MAILTO=\"\"\n# my nightly backup\n0 3 * * * tar czf /tmp/b-$(date +\\%F).tgz /etc\n";
            crontab.install(users, temp);
            CrontabBlock cron = new CrontabBlock(List.of(crontab.command().toString()),
                    new ProcessCommands(Map.of(), Duration.ofSeconds(30)), app);

            cron.install(EVERY_15M);
            cron.install(new RenewSchedule(Duration.ofHours(2)));
            String table = crontab.table();
            assertTrue(table.startsWith(users), table);
            List<String> ours = table.substring(users.length()).lines().toList();
            assertEquals(3, ours.size(), "one block, replaced rather than added: " + table);
            assertEquals(Duration.ofHours(2), cron.installed().orElseThrow().every());
            String line = ours.get(1);
            assertTrue(line.startsWith("0 */2 * * * "), line);

            // What cron would run, run by the real shell: the app with its data folder, as one argument each.
            String command = FormatParsers.cronCommand(line.split(" ", 6)[5]);
            assertEquals(0, run(List.of("/bin/sh", "-c", command), Map.of()).exit());
            assertEquals(app.with(List.of("renew", "--expiring-within", "4h", "--scheduled")).subList(1, 7),
                    Files.readAllLines(recorded));

            cron.remove();
            assertEquals(users, crontab.table(), "removing gave back the user's own table, byte for byte");
            assertTrue(cron.installed().isEmpty());
        }
    }

    @Test
    void cronStepsNeverLeaveMoreTimeBetweenRunsThanAsked() {
        assertEquals("*/15 * * * *", CrontabBlock.timeFields(Duration.ofMinutes(15)));
        assertEquals("* * * * *", CrontabBlock.timeFields(Duration.ofMinutes(1)));
        assertEquals("0 * * * *", CrontabBlock.timeFields(Duration.ofMinutes(90)));
        assertEquals("0 */12 * * *", CrontabBlock.timeFields(Duration.ofHours(12)));
    }

    @Test
    void theXdgAutostartEntryStartsTheAppHiddenAndDoesNothingOnceTheAppIsGone() throws Exception {
        XdgAutostartEntry entry = new XdgAutostartEntry(folders, app);
        assertFalse(entry.isEnabled());
        entry.enable();
        Path file = folders.home().resolve(".config/autostart/smh-token-manager.desktop");
        assertTrue(entry.isEnabled() && Files.isRegularFile(file));
        List<String> lines = Files.readAllLines(file);
        assertEquals("[Desktop Entry]", lines.get(0));
        assertTrue(lines.contains("TryExec=" + recorder), lines.toString());
        String exec = lines.stream().filter(l -> l.startsWith("Exec=")).findFirst().orElseThrow().substring(5);
        List<String> words = FormatParsers.desktopExec(exec);
        assertEquals(List.of("/bin/sh", "-c"), words.subList(0, 2));

        assertEquals(0, run(words, Map.of()).exit());
        assertEquals(app.with(List.of(Autostart.BACKGROUND_FLAG)).subList(1, 4), Files.readAllLines(recorded));

        // The package removed: the entry stays quiet instead of failing at every login.
        Files.delete(recorder);
        Files.delete(recorded);
        assertNotEquals(0, run(words, Map.of()).exit());
        assertFalse(Files.exists(recorded));

        entry.disable();
        assertFalse(entry.isEnabled() || Files.exists(file));
    }

    @Test
    void theWindowsTaskXmlRunsTheLauncherWithItsArguments() throws Exception {
        List<List<String>> ran = new ArrayList<>();
        String[] xmlGiven = new String[1];
        Commands schtasks = (command, stdin) -> {
            ran.add(command);
            if (command.contains("/Create")) {
                try {
                    byte[] bytes = Files.readAllBytes(Path.of(command.get(command.indexOf("/XML") + 1)));
                    assertEquals((byte) 0xFF, bytes[0]);
                    assertEquals((byte) 0xFE, bytes[1]);
                    xmlGiven[0] = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }
            return new Commands.Result(0, "", "");
        };
        AppCommand windowsApp = new AppCommand(List.of("C:\\Program Files\\SMH Token Manager\\SMH Token Manager.exe"),
                temp.resolve("D \"quoted\" trailing\\"));
        WindowsScheduledTask task = new WindowsScheduledTask(schtasks, windowsApp,
                Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC));
        task.install(EVERY_15M);
        assertEquals(List.of("schtasks", "/Create", "/TN", "SMH Token Manager renew", "/XML"), ran.get(0).subList(0, 5));

        Document xml = parse(xmlGiven[0]);
        assertEquals(windowsApp.program(), text(xml, "Command"));
        assertEquals(windowsApp.argumentsWith(RENEW), FormatParsers.windowsArguments(text(xml, "Arguments")));
        assertEquals("PT900S", text(xml, "Interval"));
        assertEquals("2026-12-04T10:00", text(xml, "StartBoundary"));
        assertEquals("InteractiveToken", text(xml, "LogonType"));
        assertEquals("IgnoreNew", text(xml, "MultipleInstancesPolicy"));
    }

    @Test
    void theWindowsRunValueIsTheLauncherWithBackground() {
        List<List<String>> ran = new ArrayList<>();
        AppCommand windowsApp = new AppCommand(List.of("C:\\Program Files\\SMH Token Manager\\SMH Token Manager.exe"), null);
        new WindowsRunKey((command, stdin) -> {
            ran.add(command);
            return new Commands.Result(0, "", "");
        }, windowsApp).enable();
        List<String> add = ran.get(0);
        assertEquals(List.of("reg", "add", WindowsRunKey.KEY, "/v", "SMH Token Manager", "/t", "REG_SZ", "/d"), add.subList(0, 8));
        // reg.exe unquotes its argument once; Windows then splits the value as a command line.
        String value = FormatParsers.windowsArguments(add.get(8)).get(0);
        assertEquals(List.of(windowsApp.program(), "--background"), FormatParsers.windowsArguments(value));
    }

    @Test
    void theLaunchdAgentsRunTheAppOnScheduleAndAtLogin() throws Exception {
        List<List<String>> ran = new ArrayList<>();
        Commands launchctl = (command, stdin) -> {
            ran.add(command);
            return new Commands.Result(0, "", "");
        };
        LaunchdRenewAgent agent = new LaunchdRenewAgent(folders, app, launchctl);
        agent.install(EVERY_15M);
        Path plist = folders.home().resolve("Library/LaunchAgents/dev.smhtoken.manager.renew.plist");
        assertEquals(List.of("launchctl", "load", "-w", plist.toString()), ran.get(ran.size() - 1));
        Document renew = parse(Files.readString(plist));
        assertEquals(app.with(RENEW), strings(renew));
        assertEquals("900", value(renew, "StartInterval"));
        assertEquals(Duration.ofMinutes(15), agent.installed().orElseThrow().every());
        agent.remove();
        assertFalse(Files.exists(plist));

        MacLoginAgent login = new MacLoginAgent(folders, app);
        login.enable();
        Document atLogin = parse(Files.readString(folders.launchAgents().resolve("dev.smhtoken.manager.autostart.plist")));
        List<String> guarded = strings(atLogin);
        assertEquals(List.of("/bin/sh", "-c"), guarded.subList(0, 2));
        assertEquals(0, run(guarded, Map.of()).exit());
        assertEquals(app.with(List.of("--background")).subList(1, 4), Files.readAllLines(recorded));
        login.disable();
        assertFalse(login.isEnabled());
    }

    @Test
    void theAppIsStartedAsItIsInstalled() throws IOException {
        java.util.Properties jar = new java.util.Properties();
        jar.setProperty("java.home", "/usr/lib/jvm/java-17");
        jar.setProperty("java.class.path", "target/smh-token-manager.jar");
        AppCommand fromJar = AppCommand.ofThisProcess(jar, HostOs.LINUX, null);
        assertEquals(List.of("/usr/lib/jvm/java-17/bin/java", "-cp", Path.of("target/smh-token-manager.jar").toAbsolutePath().toString(),
                "dev.smhtoken.Main", "renew"), fromJar.with(List.of("renew")));

        Path image = temp.resolve("opt/smh-token-manager");
        Files.createDirectories(image.resolve("lib/runtime"));
        Path launcher = Files.createDirectories(image.resolve("bin")).resolve("smh-token-manager");
        Files.writeString(launcher, "#!/bin/sh\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));
        java.util.Properties installed = new java.util.Properties();
        installed.setProperty("java.home", image.resolve("lib/runtime").toString());
        installed.setProperty("java.class.path", image.resolve("lib/app/smh-token-manager.jar").toString());
        assertEquals(List.of(launcher.toString(), "--data-dir", "/srv/vault", "list"),
                AppCommand.ofThisProcess(installed, HostOs.LINUX, Path.of("/srv/vault")).with(List.of("list")));

        java.util.Properties windows = new java.util.Properties();
        windows.setProperty("jpackage.app-path", "C:\\Program Files\\SMH Token Manager\\SMH Token Manager.exe");
        assertEquals("C:\\Program Files\\SMH Token Manager\\SMH Token Manager.exe",
                AppCommand.ofThisProcess(windows, HostOs.WINDOWS, null).program());
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "did not finish: " + command);
        return new Result(process.exitValue(), output);
    }

    private static Commands noToolExpected() {
        return (command, stdin) -> {
            throw new AssertionError("no tool should run while systemd does not: " + command);
        };
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String text(Document xml, String element) {
        NodeList nodes = xml.getElementsByTagName(element);
        assertEquals(1, nodes.getLength(), element);
        return nodes.item(0).getTextContent();
    }

    /** The plist value after {@code <key>KEY</key>}. */
    private static String value(Document plist, String key) {
        NodeList keys = plist.getElementsByTagName("key");
        for (int i = 0; i < keys.getLength(); i++) {
            if (keys.item(i).getTextContent().equals(key)) {
                org.w3c.dom.Node next = keys.item(i).getNextSibling();
                while (!(next instanceof Element)) {
                    next = next.getNextSibling();
                }
                return next.getTextContent();
            }
        }
        throw new AssertionError("no key " + key);
    }

    private static List<String> strings(Document plist) {
        NodeList arrays = plist.getElementsByTagName("array");
        NodeList strings = ((Element) arrays.item(0)).getElementsByTagName("string");
        List<String> values = new ArrayList<>();
        for (int i = 0; i < strings.getLength(); i++) {
            values.add(strings.item(i).getTextContent());
        }
        return values;
    }

    private static void assertThrowsMessage(Runnable action, String part) {
        try {
            action.run();
        } catch (RuntimeException e) {
            assertTrue(e.getMessage().contains(part), e.getMessage());
            return;
        }
        throw new AssertionError("no failure");
    }
}
