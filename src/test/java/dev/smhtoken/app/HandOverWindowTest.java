package dev.smhtoken.app;

import static dev.smhtoken.testing.FxTesting.closeWindow;
import static dev.smhtoken.testing.FxTesting.onFx;
import static dev.smhtoken.testing.FxTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.instance.Summons;
import dev.smhtoken.instance.SummonsChannel;
import dev.smhtoken.instance.SummonsSender;
import dev.smhtoken.smh.SmhClientSettings;
import dev.smhtoken.testing.MutableClock;
import dev.smhtoken.testing.TestKdf;
import dev.smhtoken.ui.shell.ShellViewModel;
import dev.smhtoken.vault.ProcessKeychain;
import dev.smhtoken.vault.VaultOpenerGate;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's half of the hand-over, wired as the composition root wires it (the gate that opens
 * the channel on claiming the folder, the window that comes forward): a summons over the real
 * socket de-iconifies the window, and FIND also takes the keyboard to the search over the tokens.
 */
@ExtendWith(ApplicationExtension.class)
class HandOverWindowTest {
    @TempDir
    Path dataDir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private AppRoot app;
    private Stage stage;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            closeWindow(app, stage);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void findBringsTheMinimisedWindowForwardWithTheKeyboardInTheSearch(FxRobot robot) throws Exception {
        FrontWindow front = new FrontWindow();
        stage = ownStage();
        app = onFx(() -> {
            AppRoot root = new AppRoot(new HandOverGate(new VaultOpenerGate(dataDir, new ProcessKeychain(), TestKdf.FAST,
                    clock), dataDir, front), clock, Locale.ENGLISH, SmhClientSettings.defaults(clock));
            root.show(stage, false);
            front.attach(stage, root::openFinder);
            return root;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> app.model().list().loadedProperty().get()));
        Node filter = filterField(robot);
        onFx(() -> {
            stage.setIconified(true);
            robot.lookup(".token-table").query().requestFocus();
            return null;
        });
        assertFalse(onFx(filter::isFocused));

        assertTrue(SummonsSender.send(dataDir, Summons.SHOW, Duration.ofSeconds(3)), "the window answers");
        waitUntil(() -> onFx(() -> !stage.isIconified()));
        assertFalse(onFx(filter::isFocused), "SHOW only brings the window forward");
        assertFalse(onFx(() -> robot.lookup(".finder").tryQuery().map(Node::isVisible).orElse(false)),
                "SHOW opens no finder");

        onFx(() -> {
            stage.setIconified(true);
            return null;
        });
        assertTrue(SummonsSender.send(dataDir, Summons.FIND, Duration.ofSeconds(3)));
        waitUntil(() -> onFx(() -> !stage.isIconified() && finderField(robot) != null && finderField(robot).isFocused()));

        AppRoot closing = app;
        app = null;
        closeWindow(closing, stage);
        assertFalse(Files.exists(SummonsChannel.socketFile(dataDir), LinkOption.NOFOLLOW_LINKS),
                "closing the window removed its channel");
        assertFalse(SummonsSender.send(dataDir, Summons.SHOW, Duration.ofSeconds(1)));
    }

    @Test
    void aFirstStartWithFindOpensTheSearchOnceTheTokensShow(FxRobot robot) throws Exception {
        stage = ownStage();
        ShellViewModel.Screen[] screenWhenAsked = new ShellViewModel.Screen[1];
        app = onFx(() -> {
            AppRoot root = new AppRoot(new VaultOpenerGate(dataDir, new ProcessKeychain(), TestKdf.FAST, clock),
                    clock, Locale.ENGLISH, SmhClientSettings.defaults(clock));
            root.show(stage, false);
            screenWhenAsked[0] = root.screen();
            root.openFinder();
            return root;
        });
        assertEquals(ShellViewModel.Screen.LOADING, screenWhenAsked[0], "asked before the vault was open");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> app.model().list().loadedProperty().get()));
        // The scene's focus owner: whether the node also reports focus depends on the desktop
        // giving the new window the focus, which the headless platform does not do by itself.
        waitUntil(() -> onFx(() -> robot.lookup(".finder-field").tryQuery().isPresent()
                && stage.getScene().getFocusOwner() == finderField(robot)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(finderField(robot), onFx(() -> stage.getScene().getFocusOwner()), "the finder kept the keyboard");
    }

    /** The quick finder's search box (null while the finder was never opened). */
    private static Node finderField(FxRobot robot) {
        return robot.lookup(".finder-field").tryQuery().orElse(null);
    }

    /** The filter field, once the toolbar's skin has put it into the scene (the pulse after the tokens show). */
    private static Node filterField(FxRobot robot) throws Exception {
        waitUntil(() -> onFx(() -> robot.lookup("#filterField").tryQuery().isPresent()));
        return robot.lookup("#filterField").query();
    }

    /**
     * A stage of this test's own: the shared primary stage still carries the iconify listeners of
     * the windows earlier tests closed, whose clocks are gone, and iconifying it would wake them.
     */
    private static Stage ownStage() throws Exception {
        return onFx(Stage::new);
    }
}
