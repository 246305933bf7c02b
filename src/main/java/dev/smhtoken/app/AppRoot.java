package dev.smhtoken.app;

import dev.smhtoken.smh.HttpSmhGateway;
import dev.smhtoken.smh.SmhClientSettings;
import dev.smhtoken.token.Settings;
import dev.smhtoken.token.TokenUseCases;
import dev.smhtoken.token.Vault;
import dev.smhtoken.token.VaultGate;
import dev.smhtoken.ui.about.AboutDialog;
import dev.smhtoken.ui.common.Background;
import dev.smhtoken.ui.common.Fxml;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.common.SecondTicker;
import dev.smhtoken.ui.common.SecretClipboard;
import dev.smhtoken.ui.edit.LibraryDialog;
import dev.smhtoken.ui.edit.TokenDialog;
import dev.smhtoken.ui.help.Shortcut;
import dev.smhtoken.ui.help.ShortcutsSheet;
import dev.smhtoken.ui.main.MainView;
import dev.smhtoken.ui.main.MainViewModel;
import dev.smhtoken.ui.notify.DesktopNotifier;
import dev.smhtoken.ui.notify.NotifySend;
import dev.smhtoken.ui.main.TreeEntry;
import dev.smhtoken.ui.main.ViewOptions;
import dev.smhtoken.ui.main.WindowActions;
import dev.smhtoken.ui.settings.Appearance;
import dev.smhtoken.ui.settings.LanguageChoice;
import dev.smhtoken.ui.settings.SettingsDialog;
import dev.smhtoken.ui.settings.ThemeChoice;
import dev.smhtoken.ui.unlock.UnlockView;
import dev.smhtoken.ui.unlock.UnlockViewModel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
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
 *
 * <p>It owns what follows the settings: the look (applied to the scene) and the language. A new
 * language rebuilds the window's views with the new texts over the same view models, so rows,
 * renews in flight, the filter, the order and the selection stay.
 */
public final class AppRoot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppRoot.class);
    private static final int WORKERS = 4;
    private static final int RENEW_WORKERS = 8;

    private final Clock clock;
    private final VaultGate gate;
    private final Locale systemLocale;
    private final DesktopIntegration desktop;
    private final ExecutorService workers = Executors.workers(WORKERS);
    /**
     * Renews only: renew-many bounds itself to 4 requests, so clicks and auto-renew still find a
     * thread. They yield the CPU to the window: a run of a thousand renews kept both cores busy.
     */
    private final ExecutorService renewWorkers = Executors.backgroundWorkers(RENEW_WORKERS, "smh-renew");
    private final ScheduledExecutorService timers = Executors.timers();
    private final HttpSmhGateway smh;
    private final Background background;
    private final SecondTicker ticker;
    private final SecretClipboard clipboard;
    private final MainViewModel model;
    private final UnlockViewModel unlockModel;
    private final StackPane content = new StackPane();
    private final Scene scene = new Scene(content, 1260, 680);
    private final Appearance appearance = new Appearance(scene);
    private final ViewOptions viewOptions = new ViewOptions();
    private final VaultSession session;
    private Locale locale;
    private Messages messages;
    private MainView view;
    /** Built when first shown: a vault the keychain opens never asks anything. */
    private UnlockView unlockView;
    private Stage stage;
    private AutoCloseable windowClaim;
    private DemoWorkspace demo;
    private boolean desktopAsked;

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
        this.clock = clock;
        this.gate = gate;
        this.systemLocale = systemLocale;
        this.desktop = desktop;
        this.smh = new HttpSmhGateway(settings);
        background = new Background(workers, () -> messages);
        ticker = new SecondTicker(clock, timers, Platform::runLater);
        clipboard = new SecretClipboard(Clipboard.getSystemClipboard(), ticker.nowProperty(),
                Settings.DEFAULTS.clipboardTimeout());
        locale = systemLocale;
        messages = Messages.forLocale(locale);
        model = new MainViewModel(null, background, clipboard, messages, timers, Platform::runLater, notifier,
                smh::clockLooksWrong);
        ticker.nowProperty().addListener((obs, was, now) -> model.onTick(now));
        session = new VaultSession(model, timers, Platform::runLater);
        unlockModel = new UnlockViewModel(gate, background, this::showTokens, () -> messages);
        // The theme first: the first control made would otherwise load and parse JavaFX's own theme.
        appearance.apply();
        buildViews();
        // The settings live in the vault: they apply once it is open (the demo keeps the user's look).
        model.settingsProperty().addListener((obs, old, saved) -> {
            if (!model.demoProperty().get() && saved != null) {
                applySettings(saved);
            }
        });
        askDesktopOnce();
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

    /** The language the window speaks now. */
    public Locale locale() {
        return locale;
    }

    /** Shows the window on {@code stage}: the demo at once, or the user's vault once it is open. */
    public void show(Stage stage, boolean startInDemo) {
        this.stage = stage;
        content.getChildren().setAll(new Label(messages.get("main.loading")));
        stage.setScene(scene);
        bindTitle();
        stage.setMinWidth(820);
        stage.setMinHeight(420);
        setIcons(stage);
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
        model.onTick(ticker.now());
        if (startInDemo) {
            startDemo();
        } else {
            enterVault();
        }
    }

    /** Applies settings at once: clipboard timeout, theme and language (the rest is read where used). */
    public void applySettings(Settings settings) {
        clipboard.setTimeout(settings.clipboardTimeout());
        appearance.setChoice(ThemeChoice.of(settings.theme()));
        askDesktopOnce();
        useLanguage(LanguageChoice.of(settings.language()).locale(systemLocale));
    }

    /** Rebuilds the window's views in another language, keeping rows, filter, order and selection. */
    public void useLanguage(Locale newLocale) {
        if (newLocale.equals(locale)) {
            return;
        }
        Optional<TreeEntry> selected = view.selectedEntry();
        boolean showingTokens = content.getChildren().contains(view.root());
        boolean showingUnlock = unlockView != null && content.getChildren().contains(unlockView.root());
        view.dispose();
        locale = newLocale;
        messages = Messages.forLocale(newLocale);
        model.setMessages(messages);
        buildViews();
        if (showingTokens) {
            content.getChildren().setAll(view.root());
        } else if (showingUnlock) {
            content.getChildren().setAll(unlockView().root());
        }
        selected.ifPresent(view::select);
        bindTitle();
    }

    /** Every shortcut of the window: the main view's and the window's own. */
    public List<Shortcut> shortcuts() {
        List<Shortcut> all = new ArrayList<>(view.shortcuts());
        all.add(new Shortcut(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), "shortcut.lock", this::lock));
        all.add(new Shortcut(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN),
                "shortcut.settings", this::openSettings));
        all.add(new Shortcut(new KeyCodeCombination(KeyCode.F1), "shortcut.help", this::openHelp));
        return all;
    }

    private void buildViews() {
        Fxml fxml = new Fxml(messages);
        LibraryDialog libraryDialog = new LibraryDialog(fxml, background, () -> model.useCases().catalog());
        TokenDialog tokenDialog = new TokenDialog(fxml, background, () -> model.useCases().issuance());
        view = new MainView(fxml, model, ticker.nowProperty(), clipboard, libraryDialog, tokenDialog, viewOptions,
                new WindowActions(this::startDemo, this::openSettings, this::openHelp, this::openAbout, this::lock));
        unlockView = null;
        // Installed once and looked up at each press: the keys stay the same in every language, and
        // the map must not change while a shortcut (Ctrl+, for the settings) is being handled.
        for (Shortcut shortcut : shortcuts()) {
            scene.getAccelerators().putIfAbsent(shortcut.keys(), () -> runShortcut(shortcut.keys()));
        }
    }

    private void runShortcut(KeyCombination keys) {
        shortcuts().stream().filter(s -> s.keys().equals(keys)).findFirst().ifPresent(s -> s.action().run());
    }

    private void askDesktopOnce() {
        if (!desktopAsked && ThemeChoice.of(model.settingsProperty().get().theme()) == ThemeChoice.SYSTEM) {
            desktopAsked = true;
            background.run(desktop.colorScheme()::prefersDark, appearance::setDesktopPrefersDark, failure -> { });
        }
    }

    private boolean showingTokens() {
        return content.getChildren().contains(view.root());
    }

    private void openSettings() {
        if (!showingTokens() || model.useCases() == null) {
            return; // the settings live in the vault: nothing to show while it is locked
        }
        new SettingsDialog(new Fxml(messages), background, () -> model.useCases().catalog(), desktop.autostart())
                .show(scene.getWindow(), model.settingsProperty().get())
                .ifPresent(saved -> {
                    applySettings(saved);
                    model.reload(); // so everything that reads the settings sees the saved ones
                    model.setStatus(messages.get("status.settingsSaved"));
                });
    }

    private void openHelp() {
        new ShortcutsSheet(messages).show(scene.getWindow(), shortcuts());
    }

    private void openAbout() {
        new AboutDialog(messages, AppVersion.current(), desktop.dataDir(), desktop.openLink()).show(scene.getWindow());
    }

    private void bindTitle() {
        if (stage == null) {
            return;
        }
        String title = messages.get("app.title");
        stage.titleProperty().unbind();
        stage.titleProperty().bind(Bindings.when(model.demoProperty())
                .then(title + " — " + messages.get("main.demoBadge")).otherwise(title));
    }

    /** Claims the data folder, then opens the vault without a question when nothing needs asking. */
    private void enterVault() {
        background.run(() -> {
            windowClaim = gate.claimForWindow();
            VaultGate.Entry entry = gate.enter();
            return new Entered(entry, readAhead(entry.openedOrNull()));
        }, entered -> {
            VaultGate.Entry entry = entered.entry();
            VaultGate.Status status = entry.status();
            if (entry.openedOrNull() != null) {
                showTokens(entry.openedOrNull(), entered.vaultOrNull());
            } else if (!status.newVaultNeedsPassword()
                    && (status.state() == VaultGate.State.NEW || status.state() == VaultGate.State.LEGACY)) {
                background.run(() -> gate.create(null), this::showTokens, this::showUnlock);
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

    /** What the way in found: the entry, and the vault's content when it opened without a question. */
    private record Entered(VaultGate.Entry entry, Vault vaultOrNull) {
    }

    /**
     * Reads the opened vault on the worker that opened it (the store kept what it decrypted), so the
     * frame after it shows the rows instead of "Loading". A failure here is left to the window's
     * own read, which reports it.
     */
    private static Vault readAhead(VaultGate.OpenVault opened) {
        if (opened == null) {
            return null;
        }
        try {
            return opened.load();
        } catch (RuntimeException e) {
            LOG.debug("the vault was not read ahead ({}); the window reads it again", e.getClass().getSimpleName());
            return null;
        }
    }

    private void showTokens(VaultGate.OpenVault vault) {
        showTokens(vault, null);
    }

    private void showTokens(VaultGate.OpenVault vault, Vault content) {
        session.open(vault);
        model.switchTo(TokenUseCases.of(smh, vault, clock, renewWorkers), false, content);
        show(view.root());
    }

    private void showUnlock(String problem) {
        show(unlockView().root());
        if (problem != null) {
            unlockModel.askToRepair(problem);
        }
        unlockView().focus();
    }

    private UnlockView unlockView() {
        if (unlockView == null) {
            unlockView = new UnlockView(new Fxml(messages), unlockModel);
        }
        return unlockView;
    }

    private void show(Node node) {
        content.getChildren().setAll(node);
    }

    /** Another window holds the data folder (or it cannot be claimed): say so, and offer nothing else. */
    private void showRefusal(String sentence) {
        Label refusal = new Label(sentence);
        refusal.setWrapText(true);
        refusal.setMaxWidth(520);
        refusal.getStyleClass().add("refusal-text");
        show(refusal);
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
                    demo = DemoWorkspace.start(smh, clock, renewWorkers);
                }
                return demo.useCases();
            }
        }, useCases -> {
            session.close();
            model.switchTo(useCases, true);
            show(view.root());
            model.setStatus(messages.get("status.demoStarted"));
        }, null);
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
        ticker.close();
        model.saveHeldRenews();
        session.close();
        timers.shutdownNow();
        workers.shutdownNow();
        renewWorkers.shutdownNow();
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
