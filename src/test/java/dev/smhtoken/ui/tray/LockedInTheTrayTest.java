package dev.smhtoken.ui.tray;

import static dev.smhtoken.testing.FxTesting.onFx;
import static dev.smhtoken.testing.FxTesting.text;
import static dev.smhtoken.testing.FxTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.app.AppRoot;
import dev.smhtoken.app.DesktopIntegration;
import dev.smhtoken.emulator.SmhEmulator;
import dev.smhtoken.smh.SmhClientSettings;
import dev.smhtoken.testing.MutableClock;
import dev.smhtoken.testing.NoKeychain;
import dev.smhtoken.testing.TestKdf;
import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.Token;
import dev.smhtoken.ui.notify.DesktopNotifier;
import dev.smhtoken.vault.VaultOpenerGate;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window with its tray, on the headless toolkit: the tray host here is one that keeps what the
 * app showed in it (the real AWT tray needs an X server: {@link TrayIT}). Closing the window hides
 * it while the icon is there; the tray's Lock locks a password vault, the icon says so, auto-renew
 * pauses (no request reaches the emulator although a token is due), a notification asks to unlock
 * within the warning lead of the soonest expiry, and after the unlock the due token is renewed.
 */
@ExtendWith(ApplicationExtension.class)
class LockedInTheTrayTest {
    private static final String PASSWORD = "tray lock pass phrase";
    private static final Instant START = Instant.parse("2026-12-04T10:00:00Z");
    private static final Duration PERIOD = Duration.ofHours(1);

    @TempDir
    Path dataDir;
    private final MutableClock clock = new MutableClock(START);
    private final RecordingTray tray = new RecordingTray();
    private final List<String> notified = new CopyOnWriteArrayList<>();
    private SmhEmulator emulator;
    private AppRoot app;
    private boolean implicitExit;

    @BeforeEach
    void start() {
        implicitExit = Platform.isImplicitExit();
        emulator = SmhEmulator.start(clock);
    }

    @AfterEach
    void closeEverything() throws Exception {
        if (app != null) {
            onFx(() -> {
                app.close();
                return null;
            });
        }
        Platform.setImplicitExit(implicitExit);
        emulator.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void closingHidesTheLockedTraySaysSoPausesAutoRenewAndAsksToUnlockInTime(FxRobot robot) throws Exception {
        emulator.addLibrary("smhlock", "lock-secret");
        Instant expires = START.plus(Duration.ofMinutes(50));
        String value = emulator.issueToken("smhlock", PERIOD, expires);
        gate().create(PASSWORD.toCharArray()).update(v -> v.withLibrary(new Library(
                LibraryAddress.of("smhlock", emulator.baseUri().toString()), "Locked photos", List.of(
                        new Token("default", AccessToken.of(value), expires, expires.minus(PERIOD), PERIOD, null, null,
                                Boolean.TRUE, List.of())))));
        Stage stage = FxToolkit.registerPrimaryStage();
        DesktopIntegration none = DesktopIntegration.none();
        app = onFx(() -> {
            AppRoot root = new AppRoot(gate(), clock, Locale.ENGLISH, SmhClientSettings.defaults(clock),
                    new DesktopIntegration(null, none.openLink(), none.colorScheme(), none.autostart(), tray),
                    (DesktopNotifier) (title, body) -> notified.add(title + " | " + body));
            root.show(stage, false);
            return root;
        });
        unlock(robot);
        tickAt(START.plusSeconds(1));
        waitUntil(() -> !tray.shown.isEmpty() && tray.last().tooltip().equals("1 token · next expires in 49m"));

        // Closing the window as the desktop asks it to: hidden, not quit, while the icon is there.
        onFx(() -> {
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            return null;
        });
        assertFalse(onFx(stage::isShowing), "closing hid the window");
        assertFalse(Platform.isImplicitExit(), "the toolkit would end with the window hidden");

        onFx(() -> {
            app.tray().background().commands().lock();
            return null;
        });
        waitUntil(() -> tray.last().status() == TrayStatus.LOCKED);
        assertEquals("SMH Token Manager · locked: auto-renew is paused until you unlock", tray.last().tooltip());
        assertTrue(onFx(() -> app.model().list().libraries().isEmpty()), "the rows stayed in memory");

        // 34 minutes later: the warning lead (15 minutes) before the expiry has not begun.
        tickAt(START.plus(Duration.ofMinutes(34)));
        assertTrue(notified.isEmpty(), notified.toString());
        // 46 minutes later: the token is due for renewal and within the warning lead.
        tickAt(START.plus(Duration.ofMinutes(46)));
        waitUntil(() -> notified.size() == 1);
        assertEquals("SMH Token Manager is locked | Tokens are not renewed while the vault is locked, and the next"
                + " one expires in 4m. Unlock it from the tray (Show) to keep it valid.", notified.get(0));
        tickAt(START.plus(Duration.ofMinutes(46)).plusSeconds(20));
        WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertEquals(0, emulator.renewCount(value), "renewed while locked");

        onFx(() -> {
            app.tray().background().commands().show();
            return null;
        });
        assertTrue(onFx(stage::isShowing), "Show brought the window back");
        unlock(robot);
        tickAt(START.plus(Duration.ofMinutes(46)).plusSeconds(30));
        waitUntil(() -> emulator.renewCount(value) == 1);
        waitUntil(() -> tray.last().status() != TrayStatus.LOCKED);
    }

    private void unlock(FxRobot robot) throws Exception {
        waitUntil(() -> "Unlock your vault".equals(text(robot, ".unlock-title")));
        robot.clickOn("#passwordField").write(PASSWORD);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "Locked photos".equals(text(robot, ".library-name")));
    }

    private void tickAt(Instant time) throws Exception {
        clock.set(time);
        onFx(() -> {
            app.ticker().tickNow();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private VaultOpenerGate gate() {
        return new VaultOpenerGate(dataDir, NoKeychain.INSTANCE, TestKdf.FAST, clock);
    }

}
