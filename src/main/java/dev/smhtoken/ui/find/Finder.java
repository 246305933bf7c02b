package dev.smhtoken.ui.find;

import dev.smhtoken.ui.common.Fxml;
import dev.smhtoken.ui.main.MainView;
import dev.smhtoken.ui.main.MainViewModel;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

/**
 * The quick finder of one window, as the shell uses it: its view model lives as long as the window
 * (so a new language keeps it), its view is laid over each main view the shell builds, and a
 * printable key typed while no text field has the keyboard opens it with that key.
 */
public final class Finder {
    private final FinderViewModel model;
    private final Scene scene;
    private final MainViewModel main;
    private final ObservableValue<Instant> now;
    private final BooleanSupplier tokensShown;
    private FinderView view;

    /** @param tokensShown whether the window shows the token list now (not the unlock view, say) */
    public Finder(Scene scene, MainViewModel main, ObservableValue<Instant> now,
                  BooleanSupplier tokensShown) {
        this.model = new FinderViewModel(main.list().libraries(), main.recentCopies(),
                FinderActions.of(main.actions()));
        this.scene = scene;
        this.main = main;
        this.now = now;
        this.tokensShown = tokensShown;
        scene.addEventFilter(KeyEvent.KEY_TYPED, this::openOnTyping);
    }

    public FinderViewModel model() {
        return model;
    }

    /** Lays a finder over {@code mainView}, in the language of {@code fxml}; the one laid before is let go. */
    public void layOver(MainView mainView, Fxml fxml) {
        model.close();
        if (view != null) {
            view.dispose();
        }
        view = new FinderView(fxml, model, now, mainView::focusList);
        mainView.overlay(view.root());
    }

    /** Opens with nothing typed (or, when open, gives it the keyboard again). */
    public void open() {
        if (!model.isOpen()) {
            model.open("");
        }
        view.focus();
    }

    /** Closes it, letting go of the rows its results hold. */
    public void close() {
        model.close();
    }

    private void openOnTyping(KeyEvent key) {
        if (!isPrintable(key) || model.isOpen() || scene.getFocusOwner() instanceof TextInputControl
                || !tokensShown.getAsBoolean() || main.list().libraries().isEmpty()) {
            return;
        }
        key.consume();
        model.open(key.getCharacter());
        view.focus();
    }

    /** A letter, digit or sign, typed without Ctrl, Alt or Meta (a space may press a button instead). */
    private static boolean isPrintable(KeyEvent key) {
        String typed = key.getCharacter();
        if (typed.isEmpty() || typed.codePointCount(0, typed.length()) != 1) {
            return false;
        }
        int letter = typed.codePointAt(0);
        boolean modified = key.isControlDown() || key.isAltDown() || key.isMetaDown() || key.isShortcutDown();
        return !modified && !Character.isISOControl(letter) && !Character.isWhitespace(letter);
    }
}
