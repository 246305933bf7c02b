package dev.smhtoken.app;

import dev.smhtoken.smh.HttpSmhGateway;
import dev.smhtoken.smh.SmhClientSettings;
import dev.smhtoken.token.TokenUseCases;
import dev.smhtoken.ui.common.Background;
import dev.smhtoken.ui.common.Fxml;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.common.SecondTicker;
import dev.smhtoken.ui.common.SecretClipboard;
import dev.smhtoken.ui.edit.LibraryDialog;
import dev.smhtoken.ui.edit.TokenDialog;
import dev.smhtoken.ui.main.MainView;
import dev.smhtoken.ui.main.MainViewModel;
import dev.smhtoken.vault.PlainVaultStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every object of the window once, hands each its collaborators
 * through its constructor, and closes what it opened.
 */
public final class AppRoot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppRoot.class);
    private static final Duration CLIPBOARD_TIMEOUT = Duration.ofSeconds(30);
    private static final int WORKERS = 4;

    private final Clock clock;
    private final ExecutorService workers = Executors.workers(WORKERS);
    private final ScheduledExecutorService timers = Executors.timers();
    private final HttpSmhGateway smh;
    private final Messages messages;
    private final SecondTicker ticker;
    private final SecretClipboard clipboard;
    private final MainViewModel model;
    private final MainView view;
    private DemoWorkspace demo;

    /**
     * @param dataDir  the folder of the user's vault
     * @param settings the SMH client's timeouts and retries (tests shorten them)
     */
    public AppRoot(Path dataDir, Clock clock, Locale locale, SmhClientSettings settings) {
        this.clock = clock;
        this.smh = new HttpSmhGateway(settings);
        messages = Messages.forLocale(locale);
        Fxml fxml = new Fxml(messages);
        Background background = new Background(workers);
        TokenUseCases useCases = TokenUseCases.of(smh, new PlainVaultStore(dataDir), clock);
        ticker = new SecondTicker(clock, timers, Platform::runLater);
        clipboard = new SecretClipboard(Clipboard.getSystemClipboard(), ticker.nowProperty(), CLIPBOARD_TIMEOUT);
        model = new MainViewModel(useCases, background, clipboard, messages);
        LibraryDialog libraryDialog = new LibraryDialog(fxml, background, () -> model.useCases().catalog());
        TokenDialog tokenDialog = new TokenDialog(fxml, background, () -> model.useCases().issuance());
        view = new MainView(fxml, model, ticker.nowProperty(), clipboard, libraryDialog, tokenDialog, this::startDemo);
    }

    public MainViewModel model() {
        return model;
    }

    public SecondTicker ticker() {
        return ticker;
    }

    /** Shows the main window on {@code stage} and starts the clock and the first load. */
    public void show(Stage stage, boolean startInDemo) {
        Scene scene = new Scene(view.root(), 1180, 660);
        scene.getStylesheets().add(MainView.class.getResource("/dev/smhtoken/ui/app.css").toExternalForm());
        stage.setScene(scene);
        String title = messages.get("app.title");
        stage.titleProperty().bind(Bindings.when(model.demoProperty())
                .then(title + " — " + messages.get("main.demoBadge")).otherwise(title));
        stage.setMinWidth(820);
        stage.setMinHeight(420);
        addIcons(stage);
        view.installShortcuts();
        FirstFrameReport.installIfRequested(scene, model.loadedProperty());
        // A minimised window does not need to tick; on restore it catches up at once.
        stage.iconifiedProperty().addListener((obs, was, iconified) -> {
            if (iconified) {
                ticker.stop();
            } else {
                ticker.tickNow();
                ticker.start();
            }
        });
        ticker.start();
        if (startInDemo) {
            startDemo();
        } else {
            model.reload();
        }
        stage.show();
    }

    private void startDemo() {
        model.perform(() -> {
            synchronized (this) {
                if (demo == null) {
                    demo = DemoWorkspace.start(smh, clock);
                }
                return demo.useCases();
            }
        }, useCases -> {
            model.switchTo(useCases, true);
            model.setStatus(messages.get("status.demoStarted"));
        }, null);
    }

    private static void addIcons(Stage stage) {
        for (int size : new int[] {16, 32, 64, 128, 256}) {
            var icon = AppRoot.class.getResource("/dev/smhtoken/icons/icon-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon.toExternalForm()));
            }
        }
    }

    @Override
    public void close() {
        if (Platform.isFxApplicationThread()) {
            clipboard.clearNow();
        }
        ticker.close();
        timers.shutdownNow();
        workers.shutdownNow();
        smh.close();
        synchronized (this) {
            if (demo != null) {
                demo.close();
            }
        }
        LOG.debug("closed");
    }
}
