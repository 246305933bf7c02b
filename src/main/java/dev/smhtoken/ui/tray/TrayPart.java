package dev.smhtoken.ui.tray;

import dev.smhtoken.token.RenewMany;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.common.TaskExecutor;
import dev.smhtoken.ui.main.LibraryEntry;
import dev.smhtoken.ui.main.MainViewModel;
import dev.smhtoken.ui.main.TokenEntry;
import dev.smhtoken.ui.notify.DesktopNotifier;
import dev.smhtoken.ui.shell.ShellViewModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;

/**
 * The tray as a part of the window: its view model follows the clock, the rows and the lock; the
 * background mode follows the vault's setting "Keep running in the background" (once the vault is
 * open, since the setting lives in it). The menu's Find token and Copy fresh are handed in.
 */
public final class TrayPart {
    private final ShellViewModel shell;
    private final MainViewModel main;
    private final TrayViewModel model;
    private final BackgroundMode background;

    /**
     * @param finder    the menu's Find token
     * @param freshCopy the menu's Copy fresh, given the background mode (Find may need to show the window)
     * @param quit      ends the app
     */
    public TrayPart(Stage stage, ShellViewModel shell, ObservableValue<Instant> now, TaskExecutor tasks,
                    DesktopNotifier notifier, TraySupport support, Function<BackgroundMode, TokenFinder> finder,
                    FreshCopy freshCopy, Runnable quit) {
        this.shell = shell;
        this.main = shell.main();
        ObservableValue<Messages> language = shell.languageProperty();
        model = new TrayViewModel(tasks, notifier, language::getValue);
        BackgroundMode[] made = new BackgroundMode[1];
        background = new BackgroundMode(stage, support, tasks, language::getValue, new BackgroundMode.MenuActions(
                () -> finder.apply(made[0]).open(), freshCopy,
                () -> main.renewMany().start(RenewMany.Scope.EXPIRING), shell::lock), quit);
        made[0] = background;
        model.summaryProperty().addListener((obs, was, summary) -> background.show(summary));
        language.addListener((obs, was, messages) -> model.refreshSoon());
        main.list().loadedProperty().addListener((obs, was, loaded) -> model.refreshSoon());
        now.addListener((obs, was, time) -> tick(time));
        // The setting lives in the vault: it counts once the vault is open, and whenever it is saved.
        shell.screenProperty().addListener((obs, was, screen) -> {
            followSetting();
            tick(now.getValue()); // locked or unlocked: the icon says so now, not at the next tick
        });
        main.settingsProperty().addListener((obs, was, settings) -> followSetting());
    }

    public BackgroundMode background() {
        return background;
    }

    public TrayViewModel model() {
        return model;
    }

    private void followSetting() {
        if (shell.screenProperty().get() == ShellViewModel.Screen.TOKENS) {
            background.keepRunning(main.settingsProperty().get().keepRunningInBackground());
        }
    }

    private void tick(Instant time) {
        ShellViewModel.Screen screen = shell.screenProperty().get();
        if (screen == ShellViewModel.Screen.TOKENS || screen == ShellViewModel.Screen.UNLOCK) {
            model.tick(time, this::rows, screen == ShellViewModel.Screen.UNLOCK, main.settingsProperty().get());
        }
    }

    private List<TraySummary.Row> rows() {
        List<TraySummary.Row> rows = new ArrayList<>();
        for (LibraryEntry library : main.list().libraries()) {
            String name = library.library().name();
            for (TokenEntry entry : library.tokens()) {
                rows.add(new TraySummary.Row(entry.ref(), name, entry.token(), entry.failure() != null));
            }
        }
        return rows;
    }
}
