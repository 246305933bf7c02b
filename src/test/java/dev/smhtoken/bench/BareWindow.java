package dev.smhtoken.bench;

import dev.smhtoken.app.FirstFrameReport;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick: a bare JavaFX window of the app's size with one label, updated each second by a
 * scheduled task that hops onto the FX thread (the same kind of clock the app uses).
 */
public final class BareWindow extends Application {
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "bare-clock");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public void start(Stage stage) {
        Label label = new Label("bare window");
        Scene scene = new Scene(new StackPane(label), 1180, 660);
        stage.setScene(scene);
        stage.setTitle("Bare JavaFX window");
        FirstFrameReport.installIfRequested(scene, new SimpleBooleanProperty(true));
        stage.show();
        clock.scheduleAtFixedRate(() -> Platform.runLater(
                () -> label.setText(LocalTime.now().truncatedTo(ChronoUnit.SECONDS).toString())),
                1000, 1000, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        clock.shutdownNow();
    }

    /** A main class apart from the Application, launched like the app's own {@code Main}. */
    public static final class Launcher {
        private Launcher() {
        }

        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }
}
