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
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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
 * "Keep running in the background" in the settings, on the headless toolkit with a tray host that
 * keeps what it was shown: unticked and saved, the icon goes and closing the window quits again;
 * where the desktop has no tray the box is off, disabled, and says why.
 */
@ExtendWith(ApplicationExtension.class)
class KeepRunningSettingTest {
    private static final String PASSWORD = "tray setting pass phrase";
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
    void untickedAndSavedTheIconGoesAndClosingTheWindowQuitsAgain(FxRobot robot) throws Exception {
        Stage stage = openWith(tray);
        tickAt(START.plusSeconds(1));
        waitUntil(() -> !tray.shown.isEmpty());
        assertFalse(Platform.isImplicitExit(), "with the icon there, the toolkit must outlive the window");
        assertTrue(onFx(() -> app.tray().background().inTray()), "closing the window hides it");

        robot.press(KeyCode.CONTROL).press(KeyCode.COMMA).release(KeyCode.COMMA).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#keepRunningCheck").tryQuery().isPresent());
        CheckBox box = robot.lookup("#keepRunningCheck").queryAs(CheckBox.class);
        waitUntil(() -> !box.isDisabled()); // asked on a worker
        assertTrue(box.isSelected(), "on by default where there is a tray");
        assertEquals("Keep running in the tray when the window is closed", box.getText());
        assertEquals("Renewing and warnings go on; Quit in the tray menu ends the app.", box.getTooltip().getText());
        robot.clickOn(box);
        robot.clickOn("Save");
        waitUntil(() -> !gate().open(PASSWORD.toCharArray()).load().settings().keepRunningInBackground());
        waitUntil(() -> tray.removed.size() == 1);
        waitUntil(Platform::isImplicitExit);
        // Not closed here: with implicit exit back on, closing the last window would end this JVM's toolkit.
        assertFalse(onFx(() -> app.tray().background().inTray()), "closing the window would still only hide it");
    }

    @Test
    void withoutATrayTheBoxIsOffDisabledAndSaysWhy(FxRobot robot) throws Exception {
        Stage stage = openWith(TraySupport.NONE);
        robot.press(KeyCode.CONTROL).press(KeyCode.COMMA).release(KeyCode.COMMA).release(KeyCode.CONTROL);
        waitUntil(() -> "No system tray on this desktop: closing the window quits."
                .equals(text(robot, "#keepRunningCheck")));
        CheckBox box = robot.lookup("#keepRunningCheck").queryAs(CheckBox.class);
        assertTrue(box.isDisabled());
        assertFalse(box.isSelected());
        robot.clickOn("Save");
        waitUntil(() -> robot.lookup("#keepRunningCheck").tryQuery().isEmpty());
        assertTrue(gate().open(PASSWORD.toCharArray()).load().settings().keepRunningInBackground(),
                "the choice saved for a desktop with a tray is kept");
        assertFalse(onFx(() -> app.tray().background().inTray()));
        assertTrue(onFx(stage::isShowing));
    }

    private Stage openWith(TraySupport tray) throws Exception {
        emulator.addLibrary("smhset", "set-secret");
        Instant expires = START.plus(Duration.ofHours(20));
        String value = emulator.issueToken("smhset", Duration.ofHours(24), expires);
        gate().create(PASSWORD.toCharArray()).update(v -> v.withLibrary(new Library(
                LibraryAddress.of("smhset", emulator.baseUri().toString()), "Setting photos", List.of(
                        new Token("default", AccessToken.of(value), expires, START, Duration.ofHours(24), null, null)))));
        Stage stage = FxToolkit.registerPrimaryStage();
        DesktopIntegration none = DesktopIntegration.none();
        app = onFx(() -> {
            AppRoot root = new AppRoot(gate(), clock, Locale.ENGLISH, SmhClientSettings.defaults(clock),
                    new DesktopIntegration(null, none.openLink(), none.colorScheme(), none.autostart(), tray),
                    (DesktopNotifier) (title, body) -> notified.add(title + " | " + body));
            root.show(stage, false);
            return root;
        });
        unlock(robot());
        return stage;
    }

    private FxRobot robot() {
        return new FxRobot();
    }

    private void unlock(FxRobot robot) throws Exception {
        waitUntil(() -> "Unlock your vault".equals(text(robot, ".unlock-title")));
        robot.clickOn("#passwordField").write(PASSWORD);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "Setting photos".equals(text(robot, ".library-name")));
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
