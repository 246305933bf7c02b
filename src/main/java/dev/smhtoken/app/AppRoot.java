package dev.smhtoken.app;

import dev.smhtoken.smh.HttpSmhGateway;
import dev.smhtoken.smh.SmhClientSettings;
import dev.smhtoken.token.TokenUseCases;
import dev.smhtoken.token.VaultGate;
import dev.smhtoken.ui.common.Background;
import dev.smhtoken.ui.common.Fxml;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.common.SecondTicker;
import dev.smhtoken.ui.common.SecretClipboard;
import dev.smhtoken.ui.edit.LibraryDialog;
import dev.smhtoken.ui.edit.TokenDialog;
import dev.smhtoken.ui.main.MainView;
import dev.smhtoken.ui.main.MainViewModel;
import dev.smhtoken.ui.unlock.UnlockView;
import dev.smhtoken.ui.unlock.UnlockViewModel;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every object of the window once, hands each its collaborators
 * through its constructor, and closes what it opened. It also runs the window's way in: claim the
 * data folder, then unlock (or create) the vault, then show the tokens.
 */
public final class AppRoot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppRoot.class);
    private static final Duration CLIPBOARD_TIMEOUT = Duration.ofSeconds(30);
    private static final int WORKERS = 4;

    private final Clock clock;
    private final VaultGate gate;
    private final ExecutorService workers = Executors.workers(WORKERS);
    private final ScheduledExecutorService timers = Executors.timers();
    private final HttpSmhGateway smh;
    private final Messages messages;
    private final Background background;
    private final SecondTicker ticker;
    private final SecretClipboard clipboard;
    private final MainViewModel model;
    private final MainView view;
    private final UnlockViewModel unlockModel;
    private final UnlockView unlockView;
    private final StackPane content = new StackPane();
    private final VaultSession session;
    private AutoCloseable windowClaim;
    private DemoWorkspace demo;

    /**
     * @param gate     the way into the user's vault
     * @param settings the SMH client's timeouts and retries (tests shorten them)
     */
    public AppRoot(VaultGate gate, Clock clock, Locale locale, SmhClientSettings settings) {
        this.clock = clock;
        this.gate = gate;
        this.smh = new HttpSmhGateway(settings);
        messages = Messages.forLocale(locale);
        Fxml fxml = new Fxml(messages);
        background = new Background(workers);
        ticker = new SecondTicker(clock, timers, Platform::runLater);
        clipboard = new SecretClipboard(Clipboard.getSystemClipboard(), ticker.nowProperty(), CLIPBOARD_TIMEOUT);
        model = new MainViewModel(null, background, clipboard, messages);
        LibraryDialog libraryDialog = new LibraryDialog(fxml, background, () -> model.useCases().catalog());
        TokenDialog tokenDialog = new TokenDialog(fxml, background, () -> model.useCases().issuance());
        view = new MainView(fxml, model, ticker.nowProperty(), clipboard, libraryDialog, tokenDialog, this::startDemo);
        session = new VaultSession(model, timers, Platform::runLater);
        unlockModel = new UnlockViewModel(gate, background, this::showTokens, messages.get("unlock.passwordsDiffer"));
        unlockView = new UnlockView(fxml, unlockModel);
    }

    public MainViewModel model() {
        return model;
    }

    public SecondTicker ticker() {
        return ticker;
    }

    /** Shows the window on {@code stage}: the demo at once, or the user's vault once it is open. */
    public void show(Stage stage, boolean startInDemo) {
        content.getChildren().setAll(new Label(messages.get("main.loading")));
        Scene scene = new Scene(content, 1180, 660);
        scene.getStylesheets().add(MainView.class.getResource("/dev/smhtoken/ui/app.css").toExternalForm());
        stage.setScene(scene);
        String title = messages.get("app.title");
        stage.titleProperty().bind(Bindings.when(model.demoProperty())
                .then(title + " — " + messages.get("main.demoBadge")).otherwise(title));
        stage.setMinWidth(820);
        stage.setMinHeight(420);
        addIcons(stage);
        view.installShortcuts(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), this::lock);
        new IdleLock(scene, ticker.nowProperty(), () -> model.settingsProperty().get(), this::lock);
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
        stage.show();
        if (startInDemo) {
            startDemo();
        } else {
            enterVault();
        }
    }

    /** Claims the data folder, then opens the vault without a question when nothing needs asking. */
    private void enterVault() {
        background.run(() -> {
            windowClaim = gate.claimForWindow();
            return gate.status();
        }, status -> {
            boolean silent = status.state() == VaultGate.State.OPENS_BY_ITSELF
                    || (!status.newVaultNeedsPassword()
                    && (status.state() == VaultGate.State.NEW || status.state() == VaultGate.State.LEGACY));
            if (silent) {
                background.run(() -> status.state() == VaultGate.State.OPENS_BY_ITSELF
                        ? gate.open(null) : gate.create(null), this::showTokens, this::showUnlock);
            } else {
                unlockModel.ask(status);
                showUnlock(null);
                background.run(() -> {
                    gate.warmUp();
                    return null;
                }, done -> { }, problem -> { });
            }
        }, this::showRefusal);
    }

    private void showTokens(VaultGate.OpenVault vault) {
        session.open(vault);
        model.switchTo(TokenUseCases.of(smh, vault, clock), false);
        content.getChildren().setAll(view.root());
    }

    private void showUnlock(String problem) {
        content.getChildren().setAll(unlockView.root());
        if (problem != null) {
            unlockModel.ask(new VaultGate.Status(VaultGate.State.UNREADABLE, problem, false));
        }
        unlockView.focus();
    }

    /** Another window holds the data folder (or it cannot be claimed): say so, and offer nothing else. */
    private void showRefusal(String sentence) {
        Label refusal = new Label(sentence);
        refusal.setWrapText(true);
        refusal.setMaxWidth(520);
        refusal.getStyleClass().add("refusal-text");
        content.getChildren().setAll(refusal);
    }

    /** Forgets the vault key and asks for the master password again (only when one protects the vault). */
    private void lock() {
        if (session.lock()) {
            model.forget();
            model.setStatus(messages.get("status.locked"));
            unlockModel.ask(new VaultGate.Status(VaultGate.State.NEEDS_PASSWORD, null, false));
            showUnlock(null);
        }
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
            session.close();
            model.switchTo(useCases, true);
            content.getChildren().setAll(view.root());
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
        session.close();
        timers.shutdownNow();
        workers.shutdownNow();
        smh.close();
        synchronized (this) {
            if (demo != null) {
                demo.close();
            }
        }
        if (windowClaim != null) {
            try {
                windowClaim.close();
            } catch (Exception e) {
                LOG.warn("could not release the window lock ({}); it goes with the process", e.getClass().getSimpleName());
            }
        }
    }
}
