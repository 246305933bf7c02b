package dev.smhtoken.app;

import dev.smhtoken.smh.HttpSmhGateway;
import dev.smhtoken.smh.SmhClientSettings;
import dev.smhtoken.token.Settings;
import dev.smhtoken.token.VaultGate;
import dev.smhtoken.ui.about.AboutDialog;
import dev.smhtoken.ui.common.FxTaskExecutor;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.common.SecondTicker;
import dev.smhtoken.ui.common.SecretClipboard;
import dev.smhtoken.ui.common.TaskExecutor;
import dev.smhtoken.ui.main.MainViewModel;
import dev.smhtoken.ui.notify.DesktopNotifier;
import dev.smhtoken.ui.notify.NotifySend;
import dev.smhtoken.ui.settings.Appearance;
import dev.smhtoken.ui.shell.ShellView;
import dev.smhtoken.ui.shell.ShellViewModel;
import dev.smhtoken.ui.shell.WindowSettings;
import dev.smhtoken.ui.tray.TrayPart;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The composition root of the window: builds every object once, hands each its collaborators
 * through its constructor, and closes what it opened. The screen flow (unlock, tokens, lock, the
 * demo, the language) is the shell's ({@link ShellViewModel}); this class only builds and wires.
 */
public final class AppRoot implements AutoCloseable {
    private static final int WORKERS = 4;
    private static final int RENEW_WORKERS = 8;

    private final ExecutorService workers = Executors.workers(WORKERS);
    /**
     * Renews only: renew-many bounds itself to 4 requests, so clicks and auto-renew still find a
     * thread. They yield the CPU to the window: a run of a thousand renews kept both cores busy.
     */
    private final ExecutorService renewWorkers = Executors.backgroundWorkers(RENEW_WORKERS, "smh-renew");
    private final ScheduledExecutorService timers = Executors.timers();
    private final HttpSmhGateway smh;
    private final SecondTicker ticker;
    private final SecretClipboard clipboard;
    private final MainViewModel model;
    private final ShellViewModel shell;
    private final ShellView shellView;
    private final WindowWorkspaces workspaces;
    private final Scene scene;
    private final Appearance appearance;
    private final TaskExecutor tasks;
    private final DesktopNotifier notifier;
    private final DesktopIntegration desktop;
    private TrayPart tray;

    /**
     * @param gate     the way into the user's vault
     * @param settings the SMH client's timeouts and retries (tests shorten them)
     */
    public AppRoot(VaultGate gate, Clock clock, Locale systemLocale, SmhClientSettings settings) {
        this(gate, clock, systemLocale, settings, DesktopIntegration.none(), NotifySend.ofThisMachine());
    }

    /** @param notifier desktop notifications (tests pass one that records) */
    public AppRoot(VaultGate gate, Clock clock, Locale systemLocale, SmhClientSettings settings,
                   DesktopNotifier notifier) {
        this(gate, clock, systemLocale, settings, DesktopIntegration.none(), notifier);
    }

    public AppRoot(VaultGate gate, Clock clock, Locale systemLocale, SmhClientSettings settings,
                   DesktopIntegration desktop) {
        this(gate, clock, systemLocale, settings, desktop, NotifySend.ofThisMachine());
    }

    /**
     * @param systemLocale the operating system's language ("system" in the settings)
     * @param desktop      the data folder, the browser and the desktop's dark preference
     * @param notifier     desktop notifications
     */
    public AppRoot(VaultGate gate, Clock clock, Locale systemLocale, SmhClientSettings settings,
                   DesktopIntegration desktop, DesktopNotifier notifier) {
        smh = new HttpSmhGateway(settings);
        this.notifier = notifier;
        this.desktop = desktop;
        tasks = new FxTaskExecutor(workers, timers);
        ticker = new SecondTicker(clock, timers, Platform::runLater);
        clipboard = new SecretClipboard(Clipboard.getSystemClipboard(), ticker.nowProperty(),
                Settings.DEFAULTS.clipboardTimeout());
        ObjectProperty<Messages> language = new SimpleObjectProperty<>(Messages.forLocale(systemLocale));
        model = new MainViewModel(tasks, clipboard, ticker.nowProperty(), language, notifier, smh::clockLooksWrong,
                ZoneId.systemDefault());
        ticker.nowProperty().addListener((obs, was, now) -> model.onTick(now));
        VaultSession session = new VaultSession(timers, () -> tasks.onUiThread(model::reload), model::saveHeldRenews);
        workspaces = new WindowWorkspaces(smh, clock, renewWorkers, session);
        shell = new ShellViewModel(gate, tasks, workspaces, model, language, systemLocale);
        StackPane content = new StackPane();
        scene = new Scene(content, 1260, 680);
        appearance = new Appearance(scene);
        // The theme first: the first control made would otherwise load and parse JavaFX's own theme.
        appearance.apply();
        WindowSettings windowSettings = new WindowSettings(shell, clipboard, appearance, desktop.colorScheme(),
                tasks, systemLocale);
        shellView = new ShellView(scene, content, shell, ticker.nowProperty(), tasks, windowSettings,
                dialogs -> new AboutDialog(dialogs, AppVersion.current(), desktop.dataDir(), desktop.openLink()),
                desktop.autostart(), desktop.tray());
    }

    public MainViewModel model() {
        return model;
    }

    public SecondTicker ticker() {
        return ticker;
    }

    public Appearance appearance() {
        return appearance;
    }

    /** What the window shows now. */
    public ShellViewModel.Screen screen() {
        return shell.screenProperty().get();
    }

    /** The language the window speaks now. */
    public Locale locale() {
        return shell.locale();
    }

    /** Rebuilds the window's views in another language, keeping rows, filter, order and selection. */
    public void useLanguage(Locale newLocale) {
        shell.useLanguage(newLocale);
    }

    /**
     * Opens the quick finder over the token list (Ctrl+K, the tray's Find token, a launch with
     * {@code --find}); asked for before the tokens show (the vault still opening or locked), it
     * opens once they do.
     */
    public void openFinder() {
        shellView.openFinder();
    }

    /** The tray part (its icon, once the vault's setting wants it), or null before {@link #show}. */
    public TrayPart tray() {
        return tray;
    }

    /** Shows the window on {@code stage}: the demo at once, or the user's vault once it is open. */
    public void show(Stage stage, boolean startInDemo) {
        show(stage, startInDemo, false);
    }

    /**
     * @param startHidden started at login: only the tray icon shows until Show (the window shows
     *                    minimised where there is no tray)
     */
    public void show(Stage stage, boolean startInDemo, boolean startHidden) {
        stage.setScene(scene);
        shellView.showOn(stage);
        stage.setMinWidth(820);
        stage.setMinHeight(420);
        setIcons(stage);
        new IdleLock(scene, ticker.nowProperty(), () -> model.settingsProperty().get(), shell::lock);
        FirstFrameReport.installIfRequested(scene, model.list().loadedProperty());
        // A minimised window does not need to tick; on restore it catches up at once.
        stage.iconifiedProperty().addListener((obs, was, iconified) -> {
            if (iconified) {
                ticker.stop();
            } else {
                ticker.tickNow();
                ticker.start();
            }
        });
        tray = new TrayPart(stage, shell, ticker.nowProperty(), tasks, notifier, desktop.tray(),
                background -> () -> {
                    background.showWindow();
                    openFinder();
                }, model::copyFresh, Platform::exit);
        ticker.start();
        if (startHidden) {
            tray.background().startHidden();
        } else {
            stage.show();
        }
        model.onTick(ticker.now());
        if (startInDemo) {
            shell.startDemo();
        } else {
            shell.enter();
        }
    }

    /** The window's icon in every size the desktop may pick from, decoded in the background. */
    private static void setIcons(Stage stage) {
        List<Image> icons = new ArrayList<>();
        for (int size : new int[] {16, 32, 64, 128, 256}) {
            var icon = AppRoot.class.getResource("/dev/smhtoken/icons/smh-token-manager-" + size + ".png");
            if (icon != null) {
                icons.add(new Image(icon.toExternalForm(), true));
            }
        }
        stage.getIcons().setAll(icons);
    }

    @Override
    public void close() {
        if (Platform.isFxApplicationThread()) {
            clipboard.clearNow();
        }
        if (tray != null) {
            tray.background().removeIcon();
        }
        ticker.close();
        model.saveHeldRenews();
        workspaces.close();
        timers.shutdownNow();
        workers.shutdownNow();
        renewWorkers.shutdownNow();
        smh.close();
        shell.close();
    }
}
