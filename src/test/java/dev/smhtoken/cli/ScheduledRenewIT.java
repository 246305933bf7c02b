package dev.smhtoken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.smhtoken.desktop.AppCommand;
import dev.smhtoken.desktop.DesktopJobs;
import dev.smhtoken.desktop.FormatParsers;
import dev.smhtoken.desktop.RenewSchedule;
import dev.smhtoken.desktop.SystemdUserTimer;
import dev.smhtoken.desktop.UserFolders;
import dev.smhtoken.emulator.SmhEmulator;
import dev.smhtoken.testing.ThrowawayCrontab;
import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenEvent;
import dev.smhtoken.token.TokenRef;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renewing with no app running, end to end: the packaged jar installs its job in a real crontab
 * (the table of a throwaway system user), and the exact command that job holds is run the way cron
 * runs it, in a private D-Bus session with its own unlocked gnome-keyring that holds the vault key,
 * against the SMH emulator on 127.0.0.1; then the systemd unit's command, as systemd splits it. Also the login item, written and removed in a temporary home.
 */
class ScheduledRenewIT {
    private static final String SECRET = "s3cret-of-the-scheduled-library";
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @TempDir
    Path temp;
    private Path home;
    private Path keyring;
    private Path dataDir;
    private SmhEmulator emulator;
    private ThrowawayCrontab crontab;

    @BeforeEach
    void setUp() throws IOException {
        assertTrue(Files.isRegularFile(JarRunner.JAR), "the packaged jar is missing: run `mvn verify`: " + JarRunner.JAR);
        home = Files.createDirectories(temp.resolve("home"));
        keyring = Files.createDirectories(temp.resolve("keyring"));
        Files.createDirectories(keyring.resolve("data"));
        Files.createDirectories(keyring.resolve("run"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        dataDir = Files.createDirectories(temp.resolve("vault data"));
    }

    @AfterEach
    void tearDown() throws IOException {
        if (emulator != null) {
            emulator.close();
        }
        if (crontab != null) {
            crontab.close();
        }
    }

    @Test
    void theScheduledJobRenewsTheTokensThatExpireBeforeTheRunAfterNextAndRecordsIt() throws Exception {
        for (String tool : List.of("dbus-run-session", "gnome-keyring-daemon")) {
            Assumptions.assumeTrue(ThrowawayCrontab.onPath(tool),
                    tool + " is missing: the job needs an OS keychain (Debian: dbus, gnome-keyring; .ci/run installs them)");
        }
        String why = ThrowawayCrontab.unavailableBecause();
        Assumptions.assumeTrue(why == null, why);
        crontab = ThrowawayCrontab.create(temp);
        emulator = SmhEmulator.start();
        emulator.addLibrary("smhsched", SECRET);
        Instant now = Instant.now();
        String soon = emulator.issueToken("smhsched", Duration.ofHours(2), now.plus(Duration.ofMinutes(10)));
        String later = emulator.issueToken("smhsched", Duration.ofHours(6), now.plus(Duration.ofHours(5)));

        // A vault whose key is in the session's keychain (and, for this test to read it, a password).
        Result made = inSession(List.of(JAVA.toString(), "-cp", System.getProperty("java.class.path"),
                KeychainVaultChild.class.getName(), dataDir.toString()));
        assertEquals(0, made.exit(), "no keychain kept the vault key: " + made);
        TestVaults.open(dataDir).update(vault -> vault.withLibrary(new Library(
                LibraryAddress.of("smhsched", emulator.baseUri().toString()), null, List.of(
                        new Token("soon", AccessToken.of(soon), now.plus(Duration.ofMinutes(10)), now.minus(Duration.ofMinutes(110)),
                                Duration.ofHours(2), null, null),
                        new Token("later", AccessToken.of(later), now.plus(Duration.ofHours(5)), now.minus(Duration.ofHours(1)),
                                Duration.ofHours(6), null, null)))));

        Result enabled = inSession(app("schedule", "enable", "--every", "15m"));
        assertEquals(0, enabled.exit(), enabled.toString());
        assertTrue(enabled.out().startsWith("Scheduled with cron: every 15m, renewing the tokens that expire within 30m."),
                enabled.out());
        String status = inSession(app("schedule", "status")).out();
        assertTrue(status.contains("every 15m") && status.contains("Last run: none logged yet"), status);

        List<String> table = crontab.table().lines().toList();
        assertEquals(3, table.size(), "the block: " + table);
        String line = table.get(1);
        for (String secret : List.of(soon, later, SECRET, TestVaults.PASSWORD)) {
            assertFalse(line.contains(secret), "a secret on the job's command line");
        }
        // As cron runs it: /bin/sh -c with the command part of the line, from the home folder.
        String command = FormatParsers.cronCommand(line.split(" ", 6)[5]);
        Result run = inSession(List.of("/bin/sh", "-c", command));
        assertEquals(0, run.exit(), run.toString());

        assertEquals(1, emulator.renewCount(soon), "the token expiring within the window was renewed");
        assertEquals(0, emulator.renewCount(later), "a token with hours left was left alone");
        Token renewed = TestVaults.open(dataDir).load().token(new TokenRef("smhsched", "soon")).orElseThrow();
        assertTrue(renewed.expiresAt().isAfter(now.plus(Duration.ofMinutes(110))), "expiry " + renewed.expiresAt());
        TokenEvent last = renewed.history().get(renewed.history().size() - 1);
        assertEquals(TokenEvent.Kind.RENEWED, last.kind(), "the window's Details show the renew");
        assertEquals(renewed.expiresAt(), last.expiresAt());

        String log = Files.readString(dataDir.resolve(ScheduledRunLog.FILE_NAME));
        assertTrue(log.contains("scheduled renew: renewed smhsched/soon: expires "), log);
        assertFalse(log.contains("smhsched/later"), log);
        for (String secret : List.of(soon, later, SECRET, TestVaults.PASSWORD)) {
            assertFalse(log.contains(secret), "a secret in the log");
        }
        String after = inSession(app("schedule", "status")).out();
        assertTrue(after.contains("Last run: ") && after.contains("renewed smhsched/soon"), after);

        // The systemd unit's command, as systemd would split it, renews the same way. Every 12 hours
        // means a window of 24 hours, so both tokens are due this time.
        AppCommand installed = new AppCommand(List.of(JAVA.toString(), "-cp", JarRunner.JAR.toString(), "dev.smhtoken.Main"),
                dataDir);
        UserFolders folders = UserFolders.of(Map.of("XDG_CONFIG_HOME", home.resolve("config").toString()), home);
        new SystemdUserTimer(folders, installed, (c, in) -> {
            throw new AssertionError("systemd does not run here: " + c);
        }, false).install(new RenewSchedule(Duration.ofHours(12)));
        String exec = Files.readAllLines(folders.systemdUserUnits().resolve("smh-token-manager-renew.service")).stream()
                .filter(l -> l.startsWith("ExecStart=")).findFirst().orElseThrow().substring("ExecStart=".length());
        Result bySystemd = inSession(FormatParsers.systemdExec(exec));
        assertEquals(0, bySystemd.exit(), bySystemd.toString());
        assertEquals(2, emulator.renewCount(soon));
        assertEquals(1, emulator.renewCount(later));
        assertTrue(Files.readString(dataDir.resolve(ScheduledRunLog.FILE_NAME)).contains("renewed smhsched/later"));

        Result disabled = inSession(app("schedule", "disable"));
        assertEquals(0, disabled.exit(), disabled.toString());
        assertEquals("", crontab.table(), "the block is gone");
    }

    @Test
    void aVaultOnlyItsPasswordOpensIsRefusedAndNothingIsScheduled() throws Exception {
        String why = ThrowawayCrontab.unavailableBecause();
        Assumptions.assumeTrue(why == null, why);
        crontab = ThrowawayCrontab.create(temp);
        TestVaults.create(dataDir);

        Result refused = plain(app("schedule", "enable"), Map.of(PasswordSource.VARIABLE, TestVaults.PASSWORD));
        assertEquals(ExitCode.VAULT, refused.exit(), refused.toString());
        assertTrue(refused.err().startsWith("The vault opens only with its master password, and a scheduled renew has"
                + " no one to type it, so nothing was scheduled."), refused.err());
        assertEquals("", crontab.table(), "the crontab was not touched");
        assertFalse(Files.exists(home.resolve(".config/systemd")), "no unit was written");
    }

    @Test
    void autostartWritesAndRemovesTheLoginEntryInTheHomeItIsGiven() throws Exception {
        Path entry = home.resolve("config/autostart/smh-token-manager.desktop");
        Result off = plain(app("autostart", "status"), Map.of());
        assertEquals("Off: the app does not start at login.", off.out().strip());

        Result on = plain(app("autostart", "enable"), Map.of());
        assertEquals(0, on.exit(), on.toString());
        assertEquals("The app starts at login, hidden: " + entry, on.out().strip());
        String text = Files.readString(entry);
        assertTrue(text.contains("TryExec=" + JAVA), text);
        assertTrue(text.contains("--data-dir") && text.contains("--background"), text);
        assertTrue(plain(app("autostart", "status"), Map.of()).out().startsWith("On: "));

        Result removed = plain(app("autostart", "disable"), Map.of());
        assertEquals(0, removed.exit(), removed.toString());
        assertFalse(Files.exists(entry));
        assertTrue(plain(app("autostart", "status"), Map.of()).out().startsWith("Off: "));
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private record Result(int exit, String out, String err) {
    }

    private List<String> app(String... arguments) {
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", JarRunner.JAR.toString(), "--data-dir", dataDir.toString()));
        command.addAll(List.of(arguments));
        return command;
    }

    /** In a private D-Bus session whose gnome-keyring (kept under the test's folder) is unlocked. */
    private Result inSession(List<String> command) throws Exception {
        List<String> session = new ArrayList<>(List.of("dbus-run-session", "--", "/bin/sh", "-c",
                "printf it-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec \"$@\"", "sh"));
        session.addAll(command);
        return plain(session, Map.of());
    }

    private Result plain(List<String> command, Map<String, String> extra) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        Map<String, String> environment = builder.environment();
        for (String name : List.of("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "SMH_TOKEN_MANAGER_HOME",
                PasswordSource.VARIABLE)) {
            environment.remove(name);
        }
        environment.put("HOME", home.toString());
        environment.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        environment.put("XDG_DATA_HOME", keyring.resolve("data").toString());
        environment.put("XDG_RUNTIME_DIR", keyring.resolve("run").toString());
        if (crontab != null) {
            environment.put(DesktopJobs.CRONTAB_VARIABLE, crontab.command().toString());
        }
        environment.putAll(extra);
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try (OutputStream in = process.getOutputStream()) {
            in.flush();
        }
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("did not finish within 90 s: " + command);
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
