package dev.smhtoken.ui.shell;

import dev.smhtoken.desktop.Autostart;
import dev.smhtoken.ui.about.AboutDialog;
import dev.smhtoken.ui.common.DialogService;
import dev.smhtoken.ui.common.Fxml;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.common.TaskExecutor;
import dev.smhtoken.ui.edit.LibraryDialog;
import dev.smhtoken.ui.edit.TokenDialog;
import dev.smhtoken.ui.find.Finder;
import dev.smhtoken.ui.help.Shortcut;
import dev.smhtoken.ui.help.ShortcutsSheet;
import dev.smhtoken.ui.main.MainView;
import dev.smhtoken.ui.main.MainViewModel;
import dev.smhtoken.ui.main.TreeEntry;
import dev.smhtoken.ui.main.WindowActions;
import dev.smhtoken.ui.settings.SettingsDialog;
import dev.smhtoken.ui.tray.TraySupport;
import dev.smhtoken.ui.unlock.UnlockView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The window's content as the screen flow says: loading, unlock, the tokens or the refusal. Builds
 * the screens' views in the window's language, and again in a new one over the same view models
 * (rows, renews in flight, filter, order and selection stay); owns the window-wide shortcuts and
 * the dialogs they open.
 */
public final class ShellView {
    private final Scene scene;
    private final StackPane content;
    private final ShellViewModel model;
    private final MainViewModel main;
    private final ObservableValue<Instant> now;
    private final TaskExecutor tasks;
    private final WindowSettings settings;
    private final Function<DialogService, AboutDialog> about;
    private final Supplier<Autostart> loginItem;
    private final TraySupport tray;
    private Messages messages;
    private DialogService dialogs;
    private MainView view;
    /** The quick finder over the list; closed when another screen shows. */
    private final Finder finder;
    /** Asked for while no tokens show (locked): the finder opens once they do. */
    private boolean findWhenShown;
    /** Built when first shown: a vault the keychain opens never asks anything. */
    private UnlockView unlockView;
    private Stage stage;

    /**
     * @param content the scene's root, where the screens take turns
     * @param about     makes the About dialog over the dialogs of one language
     * @param loginItem the desktop's login item for this app, made when first asked for (on a worker)
     * @param tray      the desktop's tray, asked on a worker whether it exists when the settings open
     */
    public ShellView(Scene scene, StackPane content, ShellViewModel model, ObservableValue<Instant> now,
                     TaskExecutor tasks, WindowSettings settings, Function<DialogService, AboutDialog> about,
                     Supplier<Autostart> loginItem, TraySupport tray) {
        this.scene = scene;
        this.content = content;
        this.model = model;
        this.main = model.main();
        this.now = now;
        this.tasks = tasks;
        this.settings = settings;
        this.about = about;
        this.loginItem = loginItem;
        this.tray = tray;
        this.finder = new Finder(scene, main, now,
                () -> model.screenProperty().get() == ShellViewModel.Screen.TOKENS);
        buildViews();
        model.screenProperty().addListener((obs, was, screen) -> showScreen());
        model.languageProperty().addListener((obs, was, language) -> rebuild());
        // The settings live in the vault: they apply once it is open (the demo keeps the user's look).
        main.settingsProperty().addListener((obs, old, saved) -> {
            if (!main.demoProperty().get() && saved != null) {
                settings.apply(saved);
            }
        });
        settings.askDesktopOnce(main.settingsProperty().get());
    }

    /** Shows the window's content on {@code stage}, titled in the window's language. */
    public void showOn(Stage window) {
        stage = window;
        showScreen();
        bindTitle();
    }

    /** Every shortcut of the window: the main view's and the window's own. */
    public List<Shortcut> shortcuts() {
        List<Shortcut> all = new ArrayList<>();
        all.add(Shortcut.ctrl(KeyCode.K, "shortcut.find", this::openFinder));
        all.addAll(view.shortcuts());
        all.add(Shortcut.ctrl(KeyCode.L, "shortcut.lock", model::lock));
        all.add(Shortcut.ctrl(KeyCode.COMMA, "shortcut.settings", this::openSettings));
        all.add(Shortcut.key(KeyCode.F1, "shortcut.help", this::openHelp));
        return all;
    }

    private void buildViews() {
        messages = model.languageProperty().get();
        Fxml fxml = new Fxml(messages);
        dialogs = new DialogService(scene, messages);
        LibraryDialog libraryDialog = new LibraryDialog(fxml, dialogs, tasks, () -> main.useCases().catalog());
        TokenDialog tokenDialog = new TokenDialog(fxml, dialogs, tasks, () -> main.useCases().issuance());
        view = new MainView(fxml, main, now, tasks, dialogs, libraryDialog, tokenDialog,
                new WindowActions(model::startDemo, this::openSettings, this::openHelp, this::openAbout, model::lock));
        finder.layOver(view, fxml);
        unlockView = null;
        // Installed once and looked up at each press: the keys stay the same in every language, and
        // the map must not change while a shortcut (Ctrl+, for the settings) is being handled.
        for (Shortcut shortcut : shortcuts()) {
            scene.getAccelerators().putIfAbsent(shortcut.keys(), () -> runShortcut(shortcut.keys()));
        }
    }

    /** Rebuilds the views in the new language, keeping the selection. */
    private void rebuild() {
        Optional<TreeEntry> selected = view.selectedEntry();
        view.dispose();
        buildViews();
        if (stage != null) {
            showScreen();
            bindTitle();
        }
        selected.ifPresent(view::select);
    }

    /**
     * Opens the quick finder over the token list, the keyboard in its search box (Ctrl+K; also for a
     * second start of the app asked to find). While the vault is locked it opens once the tokens show.
     */
    public void openFinder() {
        if (model.screenProperty().get() != ShellViewModel.Screen.TOKENS) {
            findWhenShown = true;
            return;
        }
        finder.open();
    }

    private void showScreen() {
        if (model.screenProperty().get() != ShellViewModel.Screen.TOKENS) {
            finder.close(); // its results hold rows: a lock must leave none behind
        }
        switch (model.screenProperty().get()) {
            case LOADING -> show(new Label(messages.get("main.loading")));
            case TOKENS -> {
                show(view.root());
                if (findWhenShown) {
                    findWhenShown = false;
                    openFinder();
                }
            }
            case UNLOCK -> {
                show(unlockView().root());
                unlockView().focus();
            }
            case REFUSAL -> {
                Label refusal = new Label(model.refusalProperty().get());
                refusal.setWrapText(true);
                refusal.setMaxWidth(520);
                refusal.getStyleClass().add("refusal-text");
                show(refusal);
            }
        }
    }

    private void show(Node node) {
        if (!content.getChildren().equals(List.of(node))) {
            content.getChildren().setAll(node);
        }
    }

    private UnlockView unlockView() {
        if (unlockView == null) {
            unlockView = new UnlockView(new Fxml(messages), model.unlock());
        }
        return unlockView;
    }

    private void runShortcut(KeyCombination keys) {
        shortcuts().stream().filter(s -> s.keys().equals(keys)).findFirst().ifPresent(s -> s.action().run());
    }

    private void openSettings() {
        if (model.screenProperty().get() != ShellViewModel.Screen.TOKENS || main.useCases() == null) {
            return; // the settings live in the vault: nothing to show while it is locked
        }
        new SettingsDialog(new Fxml(messages), dialogs, tasks, () -> main.useCases().catalog(),
                model.passwordChangeOrNull(), loginItem, tray::available)
                .show(main.settingsProperty().get())
                .ifPresent(saved -> {
                    settings.apply(saved);
                    main.reload(); // so everything that reads the settings sees the saved ones
                    main.status().setStatus(messages.get("status.settingsSaved")); // in the language just saved
                });
    }

    private void openHelp() {
        new ShortcutsSheet(dialogs).show(shortcuts());
    }

    private void openAbout() {
        about.apply(dialogs).show();
    }

    private void bindTitle() {
        String title = messages.get("app.title");
        stage.titleProperty().unbind();
        stage.titleProperty().bind(Bindings.when(main.demoProperty())
                .then(title + " — " + messages.get("main.demoBadge")).otherwise(title));
    }
}
