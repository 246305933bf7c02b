package dev.smhtoken.app;

import java.time.Instant;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;

/**
 * A benchmark hook, off unless the JVM runs with {@code -Dsmh.bench.firstFrame=true}: prints
 * {@code FIRST_FRAME <epoch micros>} when the window's first pulse has completed, and
 * {@code FIRST_CONTENT_FRAME <epoch micros>} when the first pulse that laid out the loaded vault
 * has. The benchmark harness reads these lines to time start-up from outside; the app itself
 * never depends on them.
 */
public final class FirstFrameReport {
    public static final String PROPERTY = "smh.bench.firstFrame";

    private final Scene scene;
    private final ObservableBooleanValue contentLoaded;
    private final Runnable listener = this::afterLayout;
    private boolean firstFrameReported;
    private boolean contentReported;

    private FirstFrameReport(Scene scene, ObservableBooleanValue contentLoaded) {
        this.scene = scene;
        this.contentLoaded = contentLoaded;
    }

    /**
     * Installs the report on {@code scene} if the property asks for it; call before the stage shows.
     *
     * @param contentLoaded true once the pulses lay out what the window was opened to show
     */
    public static void installIfRequested(Scene scene, ObservableBooleanValue contentLoaded) {
        if (Boolean.getBoolean(PROPERTY)) {
            FirstFrameReport report = new FirstFrameReport(scene, contentLoaded);
            scene.addPostLayoutPulseListener(report.listener);
        }
    }

    private void afterLayout() {
        // A task posted from inside the pulse runs once the pulse, scene sync included, is over.
        if (!firstFrameReported) {
            firstFrameReported = true;
            Platform.runLater(() -> print("FIRST_FRAME"));
        }
        if (!contentReported && contentLoaded.get()) {
            contentReported = true;
            Platform.runLater(() -> print("FIRST_CONTENT_FRAME"));
            // Not removed inside the pulse: the scene is iterating over its listeners right now.
            Platform.runLater(() -> scene.removePostLayoutPulseListener(listener));
        }
    }

    private static void print(String marker) {
        Instant now = Instant.now();
        System.out.println(marker + " " + (now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000));
    }
}
