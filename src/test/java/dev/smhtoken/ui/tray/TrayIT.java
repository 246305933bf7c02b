package dev.smhtoken.ui.tray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.smhtoken.emulator.SmhEmulator;
import dev.smhtoken.testing.TestKdf;
import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.Settings;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenRef;
import dev.smhtoken.token.VaultStore;
import dev.smhtoken.vault.KeychainAccess;
import dev.smhtoken.vault.VaultOpener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The tray on a real X server with a real tray host: its own Xvfb display, Debian's {@code trayer}
 * as the XEmbed system tray, and the packaged app in a child JVM on that display (AWT's tray needs
 * a real X server, so not Monocle), opening a vault through the keychain of a private D-Bus session,
 * against the SMH emulator on 127.0.0.1. The window is closed the way a desktop closes it (a
 * {@code WM_DELETE_WINDOW} message; Xvfb has no window manager to send it).
 *
 * <p>Assumptions: skipped, saying what is missing, without {@code Xvfb}, {@code trayer}, {@code xdotool},
 * {@code xwininfo}, a system {@code python3} with python3-xlib, {@code dbus-run-session} or
 * {@code gnome-keyring-daemon} (Debian: xvfb, trayer, xdotool, x11-utils, python3-xlib, dbus,
 * gnome-keyring; the CI script installs them).
 *
 * <p>Isolated: it times a real X server, a tray host and a child JVM against each other, and beside
 * another integration test's JVMs on two cores the window's close was not seen hidden within 20 s
 * (while alone it hides within a second, in every run here).
 */
@Isolated("it times a real X server, a tray host and a child JVM; other tests' JVMs starve them")
class TrayIT {
    static final String PASSWORD = "tray-it correct horse";
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final Path JAR = Path.of(System.getProperty("smh.jar", "target/smh-token-manager.jar")).toAbsolutePath();
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String TITLE = "^SMH Token Manager$";
    private static final Duration PERIOD = Duration.ofHours(1);

    @TempDir
    Path temp;
    private Path dataDir;
    private Path keyring;
    private Path x11Script;
    private String display;
    private final List<Process> started = new ArrayList<>();
    private SmhEmulator emulator;

    @BeforeEach
    void setUp() throws Exception {
        for (String tool : List.of("Xvfb", "trayer", "xdotool", "xwininfo", "dbus-run-session", "gnome-keyring-daemon")) {
            Assumptions.assumeTrue(onPath(tool), tool + " is missing (Debian: xvfb, trayer, xdotool, x11-utils, dbus,"
                    + " gnome-keyring; the CI script installs them)");
        }
        Assumptions.assumeTrue(Files.isExecutable(PYTHON) && run(List.of(PYTHON.toString(), "-c", "import Xlib"),
                Map.of()).exit() == 0, "python3-xlib is missing: it sends the window-close message and lists the tray's icons");
        assertTrue(Files.isRegularFile(JAR), "the packaged jar is missing: run `mvn verify`: " + JAR);
        dataDir = Files.createDirectories(temp.resolve("data"));
        keyring = Files.createDirectories(temp.resolve("keyring"));
        Files.createDirectories(keyring.resolve("data"));
        Files.createDirectories(keyring.resolve("run"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        x11Script = temp.resolve("x11.py");
        try (InputStream in = TrayIT.class.getResourceAsStream("x11.py")) {
            Files.write(x11Script, in.readAllBytes());
        }
        display = startXvfb();
        ProcessBuilder trayer = new ProcessBuilder("trayer", "--edge", "top", "--align", "right", "--widthtype", "pixel",
                "--width", "200", "--height", "24", "--transparent", "false")
                .redirectErrorStream(true).redirectOutput(temp.resolve("trayer.log").toFile());
        trayer.environment().putAll(environment());
        started.add(trayer.start());
        waitFor("trayer's panel", Duration.ofSeconds(20), () -> xwininfoTree().contains("\"panel\": (\"panel\" \"trayer\")"));
        emulator = SmhEmulator.start();
        emulator.addLibrary("smhtray", "tray-secret");
        Result made = inSession(List.of(JAVA.toString(), "-cp", System.getProperty("java.class.path"),
                TrayVaultChild.class.getName(), dataDir.toString()));
        assertEquals(0, made.exit(), "no keychain kept the vault key: " + made);
    }

    @AfterEach
    void tearDown() {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).descendants().forEach(ProcessHandle::destroyForcibly);
            started.get(i).destroyForcibly();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void closedTheAppStaysInTheTrayRenewsWhileHiddenShowsAgainAndQuits() throws Exception {
        Instant now = Instant.now();
        String value = emulator.issueToken("smhtray", PERIOD, now.plus(Duration.ofMinutes(4)));
        // Due for renewal (4 minutes of an hour left), but not auto-renewed until the window is hidden.
        Token token = new Token("hidden", AccessToken.of(value), now.plus(Duration.ofMinutes(4)),
                now.minus(Duration.ofMinutes(56)), PERIOD, null, null, Boolean.FALSE, List.of());
        vault().update(v -> v.withLibrary(new Library(LibraryAddress.of("smhtray", emulator.baseUri().toString()),
                "Tray library", List.of(token))));

        Process app = startApp(List.of());
        String window = waitForWindow();
        String icon = waitForIcon();

        x11("close", window);
        waitFor("the window to hide", Duration.ofSeconds(20), () -> visibleWindow().isEmpty());
        Thread.sleep(1000);
        assertTrue(app.isAlive(), "closing the window ended the app: " + log());
        assertEquals(List.of(icon), icons(), "the icon stays in the tray");
        assertEquals(0, emulator.renewCount(value), "renewed before the window was hidden: the test proves nothing");

        // Another program turns auto-renew on; the hidden app picks the change up and renews.
        vault().update(v -> v.withToken("smhtray", v.token(new TokenRef("smhtray", "hidden")).orElseThrow()
                .withAutoRenew(Boolean.TRUE)));
        waitFor("the hidden app to renew against the emulator", Duration.ofSeconds(60), () -> emulator.renewCount(value) >= 1);
        waitFor("the renew to be saved", Duration.ofSeconds(20), () -> vault().load()
                .token(new TokenRef("smhtray", "hidden")).orElseThrow().expiresAt().isAfter(now.plus(Duration.ofMinutes(30))));
        assertTrue(visibleWindow().isEmpty(), "the window stayed hidden while it renewed");

        // Show (a double click on the icon, the tray icon's action) brings the window back.
        int[] at = centre(icon);
        run(List.of("xdotool", "mousemove", "--sync", Integer.toString(at[0]), Integer.toString(at[1]),
                "click", "--repeat", "2", "--delay", "80", "1"), environment());
        waitFor("Show to bring the window back", Duration.ofSeconds(20), () -> !visibleWindow().isEmpty());

        // Quit, the menu's last item: the process ends, and its icon leaves the tray.
        run(List.of("xdotool", "mousemove", "--sync", Integer.toString(at[0]), Integer.toString(at[1]), "click", "3"),
                environment());
        String menu = waitForValue("the tray menu", Duration.ofSeconds(10),
                () -> first(run(List.of("xdotool", "search", "--onlyvisible", "--name", "XPopupMenuPeer"), environment()).out()));
        int[] box = geometry(menu);
        run(List.of("xdotool", "mousemove", "--sync", Integer.toString(box[0] + 20), Integer.toString(box[1] + box[3] - 10),
                "click", "1"), environment());
        assertTrue(app.waitFor(30, TimeUnit.SECONDS), "Quit did not end the process: " + log());
        assertEquals(0, app.exitValue(), log());
        assertEquals(List.of(), icons(), "the icon left the tray");
    }

    @Test
    void withTheSettingOffClosingQuitsAndNoTrayClassIsEverLoaded() throws Exception {
        vault().update(v -> v.withSettings(Settings.DEFAULTS.withKeepRunningInBackground(false)));
        Path classes = temp.resolve("classes.log");

        Process app = startApp(List.of("-Xlog:class+load=info:file=" + classes));
        String window = waitForWindow();
        Thread.sleep(3000); // time enough for a tray that was (wrongly) being made to show up
        assertEquals(List.of(), icons(), "no icon with the setting off");

        x11("close", window);
        assertTrue(app.waitFor(30, TimeUnit.SECONDS), "closing the window did not quit: " + log());
        assertEquals(0, app.exitValue(), log());
        String loaded = Files.readString(classes);
        assertTrue(loaded.contains("dev.smhtoken.ui.tray.TrayPart "), "the class log is not the app's: " + classes);
        for (String trayClass : List.of("java.awt.SystemTray ", "java.awt.TrayIcon ", "java.awt.Toolkit ",
                "sun.awt.X11.XToolkit ", "dev.smhtoken.ui.tray.AwtTray ")) {
            assertFalse(loaded.contains(trayClass), trayClass.strip() + " was loaded with the setting off");
        }
    }

    // ---- the app, the display and the session -----------------------------------------------------

    private Process startApp(List<String> jvmOptions) throws IOException {
        List<String> command = new ArrayList<>(List.of("dbus-run-session", "--", "/bin/sh", "-c",
                "printf it-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec \"$@\"", "sh",
                JAVA.toString(), "-Dprism.order=sw", "-XX:TieredStopAtLevel=1"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString(), "--data-dir", dataDir.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("app.log").toFile());
        builder.environment().putAll(environment());
        Process app = builder.start();
        started.add(app);
        return app;
    }

    private VaultStore vault() {
        return new VaultOpener(dataDir, NO_KEYCHAIN, TestKdf.FAST, Clock.systemUTC()).open(PASSWORD.toCharArray());
    }

    private Map<String, String> environment() {
        return Map.of("DISPLAY", display, "HOME", temp.toString(),
                "XDG_DATA_HOME", keyring.resolve("data").toString(), "XDG_RUNTIME_DIR", keyring.resolve("run").toString(),
                "XDG_CONFIG_HOME", temp.resolve("config").toString());
    }

    /** A display of its own: Xvfb picks a free number and writes it to the file it is given. */
    private String startXvfb() throws Exception {
        Path number = temp.resolve("display");
        Files.writeString(number, "");
        started.add(new ProcessBuilder("/bin/sh", "-c",
                "exec Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>\"$1\"", "sh", number.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("xvfb.log").toFile()).start());
        String found = waitForValue("Xvfb to start", Duration.ofSeconds(20), () -> {
            String text = Files.readString(number).strip();
            return text.isEmpty() ? null : ":" + text;
        });
        return found;
    }

    private String waitForWindow() throws Exception {
        return waitForValue("the window", Duration.ofSeconds(90), this::firstVisible);
    }

    private String waitForIcon() throws Exception {
        return waitForValue("the tray icon", Duration.ofSeconds(60), () -> icons().isEmpty() ? null : icons().get(0));
    }

    private String firstVisible() throws Exception {
        return first(visibleWindow());
    }

    private String visibleWindow() throws Exception {
        return run(List.of("xdotool", "search", "--onlyvisible", "--name", TITLE), environment()).out().strip();
    }

    private List<String> icons() throws Exception {
        return run(List.of(PYTHON.toString(), x11Script.toString(), "icons"), environment()).out().lines()
                .map(line -> line.split(" ")[0]).toList();
    }

    private void x11(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), x11Script.toString()));
        command.addAll(List.of(arguments));
        Result result = run(command, environment());
        assertEquals(0, result.exit(), result.toString());
    }

    private String xwininfoTree() throws Exception {
        return run(List.of("xwininfo", "-root", "-tree"), environment()).out();
    }

    /** x, y, width, height of a window, from xwininfo (absolute position). */
    private int[] geometry(String window) throws Exception {
        String info = run(List.of("xwininfo", "-id", window), environment()).out();
        return new int[] {field(info, "Absolute upper-left X:"), field(info, "Absolute upper-left Y:"),
            field(info, "Width:"), field(info, "Height:")};
    }

    private int[] centre(String window) throws Exception {
        int[] box = geometry(window);
        return new int[] {box[0] + box[2] / 2, box[1] + box[3] / 2};
    }

    private static int field(String info, String name) {
        return info.lines().map(String::strip).filter(l -> l.startsWith(name)).findFirst()
                .map(l -> Integer.parseInt(l.substring(name.length()).strip()))
                .orElseThrow(() -> new AssertionError(name + " not in " + info));
    }

    private static String first(String lines) {
        return lines.isBlank() ? null : lines.lines().findFirst().orElseThrow().strip();
    }

    private String log() {
        try {
            return Files.readString(temp.resolve("app.log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private Result inSession(List<String> command) throws Exception {
        List<String> session = new ArrayList<>(List.of("dbus-run-session", "--", "/bin/sh", "-c",
                "printf it-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec \"$@\"", "sh"));
        session.addAll(command);
        return run(session, environment());
    }

    private record Result(int exit, String out) {
    }

    private Result run(List<String> command, Map<String, String> extra) throws Exception {
        Path out = Files.createTempFile(temp, "out", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        builder.environment().remove("DBUS_SESSION_BUS_ADDRESS");
        builder.environment().putAll(extra);
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("did not finish within 60 s: " + command);
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private interface Probe<T> {
        T value() throws Exception;
    }

    private void waitFor(String what, Duration limit, Check check) throws Exception {
        waitForValue(what, limit, () -> check.holds() ? Boolean.TRUE : null);
    }

    private <T> T waitForValue(String what, Duration limit, Probe<T> probe) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            T value = probe.value();
            if (value != null) {
                return value;
            }
            Thread.sleep(250);
        }
        fail("waited " + limit.toSeconds() + " s for " + what + "; the app said: " + log());
        return null;
    }

    /** No keychain: the test opens the vault with its password, as a machine without a desktop session would. */
    private static final KeychainAccess NO_KEYCHAIN = new KeychainAccess() {
        @Override
        public boolean isAvailable() {
            return false;
        }

        @Override
        public Optional<byte[]> read(String account) {
            return Optional.empty();
        }

        @Override
        public boolean store(String account, byte[] secret) {
            return false;
        }

        @Override
        public void delete(String account) {
        }
    };
}
