package dev.smhtoken.ui.tray;

import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.common.TaskExecutor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The window's life with a tray icon: while the icon is in the tray and the setting wants it,
 * closing the window hides it (the clock, auto-renew, warnings and notifications go on) and the
 * toolkit stays up with no window shown; Show brings the window back; Quit ends the app. Without a
 * tray, or with the setting off, closing quits as it always did. The tray itself is asked for on a
 * worker, once, when first wanted: a start with the setting off never loads it.
 */
public final class BackgroundMode {
    private final Stage stage;
    private final TraySupport support;
    private final TaskExecutor tasks;
    private final Supplier<Messages> language;
    private final TrayCommands commands;
    private TrayHost host;
    private boolean asked;
    private boolean installing;
    private boolean holding;
    private boolean wanted;
    private boolean waitingToShow;
    private TraySummary lastSummary;

    /**
     * @param menu what the menu's items other than Show and Quit do
     * @param quit ends the app (the toolkit's exit: the app's own stop closes the rest)
     */
    public BackgroundMode(Stage stage, TraySupport support, TaskExecutor tasks, Supplier<Messages> language,
                          MenuActions menu, Runnable quit) {
        this.stage = stage;
        this.support = support;
        this.tasks = tasks;
        this.language = language;
        this.commands = new TrayCommands() {
            @Override
            public void show() {
                showWindow();
            }

            @Override
            public void findToken() {
                menu.finder().open();
            }

            @Override
            public void copyFresh(dev.smhtoken.token.TokenRef ref) {
                menu.freshCopy().copyFresh(ref);
            }

            @Override
            public void renewExpiring() {
                menu.renewExpiring().run();
            }

            @Override
            public void lock() {
                menu.lock().run();
            }

            @Override
            public void quit() {
                removeIcon();
                quit.run();
            }
        };
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, this::closeRequested);
    }

    /** The tray menu's items that act on the tokens: the finder, copy fresh, renew expiring, lock. */
    public record MenuActions(TokenFinder finder, FreshCopy freshCopy, Runnable renewExpiring, Runnable lock) {
    }

    public TrayCommands commands() {
        return commands;
    }

    /** Whether closing the window now leaves the app running in the tray. */
    public boolean inTray() {
        return host != null && wanted;
    }

    /**
     * Started at login: the window stays out of sight, with only the tray icon, until Show. Where
     * there is no tray it shows minimised instead, so the app can still be found.
     */
    public void startHidden() {
        waitingToShow = true;
        holdToolkit(true);
        keepRunning(true);
    }

    /** Follows the setting "Keep running in the background": the icon comes (asked for once) or goes. */
    public void keepRunning(boolean on) {
        wanted = on;
        if (on && host == null && !asked) {
            asked = true;
            installing = true;
            Messages messages = language.get();
            tasks.run(() -> support.install(commands, Platform::runLater, messages), installed -> {
                installing = false;
                host = installed.orElse(null);
                if (host != null && !wanted) {
                    removeIcon(); // turned off while it was being made
                }
                settle();
                if (host != null && lastSummary != null) {
                    host.update(lastSummary, language.get());
                }
            }, failure -> {
                installing = false;
                settle();
            });
        } else if (!on) {
            removeIcon();
            settle();
        } else {
            settle();
        }
    }

    /** The tray's summary changed: the icon says it. */
    public void show(TraySummary summary) {
        lastSummary = summary;
        if (host != null) {
            host.update(summary, language.get());
        }
    }

    /** Brings the window back, in front. */
    public void showWindow() {
        waitingToShow = false;
        stage.setIconified(false);
        stage.show();
        stage.toFront();
    }

    /** Takes the icon out of the tray (before quitting, so no icon is left behind for a moment). */
    public void removeIcon() {
        if (host != null) {
            host.remove();
            host = null;
        }
        asked = installing;
    }

    /**
     * The toolkit may end with the last window only when no icon keeps the app; a window kept out
     * of sight with no icon to bring it back is shown (minimised when it started hidden), never
     * lost. Shown first: turning implicit exit on with no window showing would end the app.
     */
    private void settle() {
        if (installing) {
            return;
        }
        if (!inTray() && (waitingToShow || !stage.isShowing())) {
            stage.setIconified(waitingToShow);
            waitingToShow = false;
            stage.show();
        }
        holdToolkit(inTray());
    }

    /** Only ever undoes its own hold: where nothing held the toolkit, its exit is left as it was. */
    private void holdToolkit(boolean hold) {
        if (hold != holding) {
            holding = hold;
            Platform.setImplicitExit(!hold);
        }
    }

    private void closeRequested(WindowEvent event) {
        if (inTray()) {
            event.consume();
            stage.hide();
        }
    }
}
