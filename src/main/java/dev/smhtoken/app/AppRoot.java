package dev.smhtoken.app;

import dev.smhtoken.smh.HttpSmhGateway;
import dev.smhtoken.smh.SmhClientSettings;
import dev.smhtoken.token.LibraryCatalog;
import dev.smhtoken.token.Settings;
import dev.smhtoken.token.TokenUseCases;
import dev.smhtoken.token.Vault;
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
import dev.smhtoken.ui.main.TreeEntry;
import dev.smhtoken.ui.main.ViewOptions;
import dev.smhtoken.ui.main.WindowActions;
import dev.smhtoken.ui.settings.Appearance;
import dev.smhtoken.ui.settings.DesktopColorScheme;
import dev.smhtoken.ui.settings.LanguageChoice;
import dev.smhtoken.ui.settings.SettingsDialog;
import dev.smhtoken.ui.settings.ThemeChoice;
import dev.smhtoken.vault.PlainVaultStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
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
 * through its constructor, and closes what it opened. It also owns the parts that change with the
 * settings: the look (applied to the scene) and the language (the window's content is rebuilt
 * with the new texts over the same view model, so rows, renews in flight, the filter, the order
 * and the selection stay).
 */
public final class AppRoot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppRoot.class);
    private static final int WORKERS = 4;

    private final Clock clock;
    private final Path dataDir;
    private final Locale systemLocale;
    private final Consumer<String> openLink;
    private final DesktopColorScheme desktop;
    private final ExecutorService workers = Executors.workers(WORKERS);
    private final ScheduledExecutorService timers = Executors.timers();
    private final HttpSmhGateway smh;
    private final Background background;
    private final TokenUseCases userVault;
    private final SecondTicker ticker;
    private final SecretClipboard clipboard;
    private final MainViewModel model;
    private final ViewOptions viewOptions = new ViewOptions();
    private final Scene scene = new Scene(new StackPane(), 1180, 660);
    private final Appearance appearance = new Appearance(scene);
    private Settings settings = Settings.DEFAULTS;
    private Locale locale;
    private Messages messages;
    private MainView view;
    private Stage stage;
    private DemoWorkspace demo;
    private boolean desktopAsked;

    /**
     * @param dataDir      the folder of the user's vault
     * @param systemLocale the operating system's language ("system" in the settings)
     * @param settings     the SMH client's timeouts and retries (tests shorten them)
     */
    public AppRoot(Path dataDir, Clock clock, Locale systemLocale, SmhClientSettings settings) {
        this(dataDir, clock, systemLocale, settings,
                url -> LOG.info("No browser available to open a link"), DesktopColorScheme.ofThisMachine());
    }

    /**
     * @param openLink opens an address in the browser (the Application's HostServices)
     * @param desktop  tells whether the desktop prefers dark windows
     */
    public AppRoot(Path dataDir, Clock clock, Locale systemLocale, SmhClientSettings settings,
                   Consumer<String> openLink, DesktopColorScheme desktop) {
        this.clock = clock;
        this.dataDir = dataDir;
        this.systemLocale = systemLocale;
        this.openLink = openLink;
        this.desktop = desktop;
        this.smh = new HttpSmhGateway(settings);
        background = new Background(workers);
        userVault = TokenUseCases.of(smh, new PlainVaultStore(dataDir), clock);
        ticker = new SecondTicker(clock, timers, Platform::runLater);
        clipboard = new SecretClipboard(Clipboard.getSystemClipboard(), ticker.nowProperty(),
                Settings.DEFAULTS.clipboardTimeout());
        locale = systemLocale;
        messages = messagesFor(locale);
        model = new MainViewModel(userVault, background, clipboard, messages);
        buildView();
        appearance.apply();
    }

    public MainViewModel model() {
        return model;
    }

    public SecondTicker ticker() {
        return ticker;
    }

    /** The settings in force (as loaded at start-up or last saved). */
    public Settings settings() {
        return settings;
    }

    public Appearance appearance() {
        return appearance;
    }

    /** The language the window speaks now. */
    public Locale locale() {
        return locale;
    }

    /**
     * Shows the main window on {@code stage} once the vault's settings are read (so it opens in
     * the user's theme and language, without a flash of the defaults), and starts the clock.
     */
    public void show(Stage stage, boolean startInDemo) {
        this.stage = stage;
        stage.setScene(scene);
        stage.setMinWidth(820);
        stage.setMinHeight(420);
        addIcons(stage);
        bindTitle();
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
        background.run(() -> {
            Vault vault = userVault.catalog().load();
            boolean followsDesktop = ThemeChoice.of(vault.settings().theme()) == ThemeChoice.SYSTEM;
            return new FirstLoad(vault, followsDesktop, followsDesktop && desktop.prefersDark());
        }, first -> {
            desktopAsked = first.desktopAsked();
            appearance.setDesktopPrefersDark(first.desktopPrefersDark());
            applySettings(first.vault().settings());
            if (startInDemo) {
                startDemo();
            } else {
                model.show(first.vault());
            }
            stage.show();
        }, failure -> {
            model.setStatus(failure);
            stage.show();
        });
    }

    /** Applies settings at once: clipboard timeout, theme and language (the rest is read where used). */
    public void applySettings(Settings newSettings) {
        settings = newSettings;
        clipboard.setTimeout(newSettings.clipboardTimeout());
        ThemeChoice theme = ThemeChoice.of(newSettings.theme());
        appearance.setChoice(theme);
        if (theme == ThemeChoice.SYSTEM && !desktopAsked) {
            desktopAsked = true;
            background.run(desktop::prefersDark, appearance::setDesktopPrefersDark, failure -> { });
        }
        useLanguage(LanguageChoice.of(newSettings.language()).locale(systemLocale));
    }

    /** Rebuilds the window's content in another language, keeping rows, filter, order and selection. */
    public void useLanguage(Locale newLocale) {
        if (newLocale.equals(locale)) {
            return;
        }
        Optional<TreeEntry> selected = view.selectedEntry();
        view.dispose();
        locale = newLocale;
        messages = messagesFor(newLocale);
        model.setMessages(messages);
        buildView();
        selected.ifPresent(view::select);
        bindTitle();
    }

    /** Every shortcut of the window: the main view's and the window's own. */
    public List<Shortcut> shortcuts() {
        List<Shortcut> all = new ArrayList<>(view.shortcuts());
        all.add(new Shortcut(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN),
                "shortcut.settings", this::openSettings));
        all.add(new Shortcut(new KeyCodeCombination(KeyCode.F1), "shortcut.help", this::openHelp));
        return all;
    }

    private void buildView() {
        Fxml fxml = new Fxml(messages);
        LibraryDialog libraryDialog = new LibraryDialog(fxml, background, () -> model.useCases().catalog());
        TokenDialog tokenDialog = new TokenDialog(fxml, background, () -> model.useCases().issuance());
        view = new MainView(fxml, model, ticker.nowProperty(), clipboard, libraryDialog, tokenDialog, viewOptions,
                new WindowActions(this::startDemo, this::openSettings, this::openHelp, this::openAbout));
        scene.setRoot(view.root());
        scene.getAccelerators().clear();
        shortcuts().forEach(shortcut -> scene.getAccelerators().put(shortcut.keys(), shortcut.action()));
    }

    private void openSettings() {
        // Settings are the user's, kept in their own vault even while the demo is shown.
        LibraryCatalog catalog = userVault.catalog();
        new SettingsDialog(new Fxml(messages), background, () -> catalog)
                .show(scene.getWindow(), settings)
                .ifPresent(saved -> {
                    applySettings(saved);
                    model.setStatus(messages.get("status.settingsSaved"));
                });
    }

    private void openHelp() {
        new ShortcutsSheet(messages).show(scene.getWindow(), shortcuts());
    }

    private void openAbout() {
        new AboutDialog(messages, AppVersion.current(), dataDir, openLink).show(scene.getWindow());
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

    /** The texts of {@code locale}, falling back to English (never to the JVM's default language). */
    private static Messages messagesFor(Locale locale) {
        return new Messages(ResourceBundle.getBundle(Messages.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT)));
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

    private record FirstLoad(Vault vault, boolean desktopAsked, boolean desktopPrefersDark) {
    }
}
