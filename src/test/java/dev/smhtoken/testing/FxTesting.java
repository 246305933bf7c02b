package dev.smhtoken.testing;

import dev.smhtoken.app.AppRoot;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What every window test needs: run on the FX thread, wait for a condition, read a label. */
public final class FxTesting {
    /** Generous for a loaded 2-core machine; a passing condition returns at once. */
    private static final int WAIT_SECONDS = 15;

    private FxTesting() {
    }

    public static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }

    public static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        waitUntil(condition, WAIT_SECONDS);
    }

    public static void waitUntil(Callable<Boolean> condition, int seconds) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes the window as quitting does (the root releases what it opened) and hides its stage. */
    public static void closeWindow(AppRoot app, Stage stage) throws Exception {
        onFx(() -> {
            app.close();
            stage.hide();
            return null;
        });
    }

    /** The text of the first labelled node matching {@code query}, or null when there is none. */
    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(node -> ((Labeled) node).getText()).orElse(null);
    }
}
