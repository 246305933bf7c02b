package dev.smhtoken.ui.main;

import static dev.smhtoken.testing.FxTesting.closeWindow;
import static dev.smhtoken.testing.FxTesting.onFx;
import static dev.smhtoken.testing.FxTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.app.AppRoot;
import dev.smhtoken.emulator.SmhEmulator;
import dev.smhtoken.smh.SmhClientSettings;
import dev.smhtoken.testing.MutableClock;
import dev.smhtoken.testing.TestKdf;
import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.Token;
import dev.smhtoken.vault.ProcessKeychain;
import dev.smhtoken.vault.VaultOpenerGate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * What the user sees of the clock: the rendered pixels of the countdowns change from one tick to
 * the next. Text properties alone cannot show this: a countdown whose new text is set but never
 * laid out keeps its old pixels, which is how the countdowns once stood still after most starts.
 * Each round is a fresh window, because whether the layout got stuck depended on the start.
 */
@ExtendWith(ApplicationExtension.class)
class CountdownPixelsTest {
    private static final int FRESH_WINDOWS = 6;
    private static final Duration DAY = Duration.ofHours(24);
    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(START);
    private SmhEmulator emulator;
    private AppRoot app;
    private Stage stage;

    @AfterEach
    void closeEverything() throws Exception {
        closeApp();
        if (emulator != null) {
            emulator.close();
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void everyVisibleCountdownAndBarIsRedrawnOnEveryTickInEveryFreshWindow(FxRobot robot) throws Exception {
        emulator = SmhEmulator.start(clock);
        for (int round = 0; round < FRESH_WINDOWS; round++) {
            boolean demo = round % 2 == 1; // the demo's start, as a new user sees it, and a saved vault's
            openWindow(round, demo);
            String which = "window " + round + (demo ? " (demo)" : "");
            assertCountdownsMoveForTwoTicks(which);
            assertBarsShrinkWhenTimePasses(which);
            closeApp();
        }
    }

    /** The window's other clocks: the clipboard's countdown and the warning banner's minutes. */
    @Test
    void theClipboardCountdownAndTheBannerMinutesAreRedrawnWhenTheyChange(FxRobot robot) throws Exception {
        openWindow(0, true); // the demo: one token expires in twelve minutes, so the banner shows
        Node banner = robot.lookup("#warningBannerText").query();
        // The banner itself, not its text (always visible): a banner arriving once the pointer rests
        // on the list waits until it leaves, and the copy below puts the pointer there.
        Node bannerBox = robot.lookup("#warningBanner").query();
        clock.advance(Duration.ofSeconds(1));
        app.ticker().tickNow(); // the warnings look at the demo's rows
        waitUntil(() -> onFx(() -> bannerBox.isVisible() && banner.isVisible()));

        robot.clickOn(".copy-button");
        Node clipboard = robot.lookup("#clipboardLabel").query();
        waitUntil(() -> onFx(() -> clipboard.isVisible() && !((Labeled) clipboard).getText().isEmpty()));
        awaitPulses(2);
        int[] clipboardBefore = onFx(() -> rendered(List.of(clipboard))).get(0);
        clock.advance(Duration.ofSeconds(1));
        app.ticker().tickNow();
        awaitPulses(3);
        assertFalse(Arrays.equals(clipboardBefore, onFx(() -> rendered(List.of(clipboard))).get(0)),
                "the clipboard's countdown shows the same pixels a second later");

        int[] bannerBefore = onFx(() -> rendered(List.of(banner))).get(0);
        String bannerText = onFx(() -> ((Labeled) banner).getText());
        clock.advance(Duration.ofMinutes(1));
        app.ticker().tickNow();
        waitUntil(() -> !onFx(() -> ((Labeled) banner).getText()).equals(bannerText));
        awaitPulses(3);
        assertFalse(Arrays.equals(bannerBefore, onFx(() -> rendered(List.of(banner))).get(0)),
                "the warning banner ('" + bannerText + "') shows the same pixels a minute later");
    }

    private void assertCountdownsMoveForTwoTicks(String which) throws Exception {
        for (int tick = 1; tick <= 2; tick++) {
            awaitPulses(2);
            List<int[]> before = onFx(this::renderedCountdowns);
            List<String> textsBefore = onFx(this::countdownTexts);
            clock.advance(Duration.ofSeconds(1));
            app.ticker().tickNow();
            waitUntil(() -> !onFx(this::countdownTexts).equals(textsBefore));
            awaitPulses(2);
            List<int[]> after = onFx(this::renderedCountdowns);
            assertEquals(before.size(), after.size(), which + ": the same countdowns are visible");
            for (int i = 0; i < before.size(); i++) {
                assertFalse(Arrays.equals(before.get(i), after.get(i)),
                        which + ", tick " + tick + ": countdown " + i + " ('" + textsBefore.get(i)
                                + "') shows the same pixels after the clock moved a second");
            }
        }
    }

    /** A bar of a day's period moves a pixel every few minutes: ten minutes move every bar. */
    private void assertBarsShrinkWhenTimePasses(String which) throws Exception {
        awaitPulses(2);
        List<int[]> before = onFx(() -> rendered(bars()));
        clock.advance(Duration.ofMinutes(10));
        app.ticker().tickNow();
        awaitPulses(3);
        List<int[]> after = onFx(() -> rendered(bars()));
        assertEquals(before.size(), after.size(), which + ": the same bars are visible");
        assertTrue(before.size() >= 2, which + ": bars are visible");
        for (int i = 0; i < before.size(); i++) {
            assertFalse(Arrays.equals(before.get(i), after.get(i)),
                    which + ": bar " + i + " shows the same pixels ten minutes later");
        }
    }

    /** Waits until the toolkit has run {@code count} pulses, as the screen would have drawn them. */
    private void awaitPulses(int count) throws Exception {
        Scene scene = stage.getScene();
        for (int i = 0; i < count; i++) {
            CountDownLatch pulse = new CountDownLatch(1);
            Runnable listener = pulse::countDown;
            onFx(() -> {
                scene.addPostLayoutPulseListener(listener);
                Platform.requestNextPulse();
                return null;
            });
            boolean pulsed = pulse.await(10, TimeUnit.SECONDS);
            onFx(() -> {
                scene.removePostLayoutPulseListener(listener);
                return null;
            });
            assertTrue(pulsed, "the toolkit ran a pulse when asked");
        }
    }

    private List<Node> countdowns() {
        return stage.getScene().getRoot().lookupAll(".time-left").stream()
                .filter(node -> node.isVisible() && node.getScene() != null && !((Labeled) node).getText().isEmpty()
                        && ((Labeled) node).getText().matches(".*\\d+s"))
                .toList();
    }

    private List<String> countdownTexts() {
        return countdowns().stream().map(node -> ((Labeled) node).getText()).toList();
    }

    /** The bars under the counting countdowns. */
    private List<Node> bars() {
        return countdowns().stream().map(text -> text.getParent().lookup(".time-bar")).toList();
    }

    private List<int[]> renderedCountdowns() {
        return rendered(countdowns());
    }

    /** The pixels of each node as the scene renders it now. */
    private List<int[]> rendered(List<Node> nodes) {
        WritableImage image = stage.getScene().snapshot(null);
        PixelReader pixels = image.getPixelReader();
        List<int[]> shots = new ArrayList<>();
        for (Node node : nodes) {
            Bounds b = node.localToScene(node.getBoundsInLocal());
            int x0 = (int) Math.max(0, Math.floor(b.getMinX()));
            int y0 = (int) Math.max(0, Math.floor(b.getMinY()));
            int x1 = (int) Math.min(image.getWidth(), Math.ceil(b.getMaxX()));
            int y1 = (int) Math.min(image.getHeight(), Math.ceil(b.getMaxY()));
            int[] argb = new int[Math.max(0, x1 - x0) * Math.max(0, y1 - y0)];
            int k = 0;
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    argb[k++] = pixels.getArgb(x, y);
                }
            }
            shots.add(argb);
        }
        return shots;
    }

    private void openWindow(int round, boolean demo) throws Exception {
        Path dataDir = Files.createDirectories(folder.resolve("window-" + round));
        VaultOpenerGate gate = new VaultOpenerGate(dataDir, new ProcessKeychain(), TestKdf.FAST, clock);
        if (!demo) {
            seed(gate, round);
        }
        stage = FxToolkit.registerPrimaryStage();
        SmhClientSettings settings = SmhClientSettings.defaults(clock)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3))
                .withMaxAttempts(1);
        app = onFx(() -> {
            AppRoot root = new AppRoot(gate, clock, Locale.ENGLISH, settings);
            root.show(stage, demo);
            return root;
        });
        waitUntil(() -> onFx(() -> app.model().list().loadedProperty().get() && countdowns().size() >= 2));
    }

    /** Three libraries of counting tokens, saved before the window opens. */
    private void seed(VaultOpenerGate gate, int round) {
        var store = gate.create(null);
        for (int i = 1; i <= 3; i++) {
            String library = "smhpixels" + round + "n" + i;
            emulator.addLibrary(library, "secret-" + i);
            Duration left = Duration.ofMinutes(40L * i);
            String token = emulator.issueToken(library, DAY, START.plus(left));
            Token saved = new Token("default", AccessToken.of(token), START.plus(left),
                    START.minus(DAY).plus(left), DAY, null, null);
            store.update(vault -> vault.withLibrary(new Library(
                    LibraryAddress.of(library, emulator.baseUri().toString()), "Library " + library, List.of(saved))));
        }
    }

    private void closeApp() throws Exception {
        if (app != null) {
            AppRoot closing = app;
            app = null;
            closeWindow(closing, stage);
        }
    }
}
