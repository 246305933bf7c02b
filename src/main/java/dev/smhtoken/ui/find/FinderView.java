package dev.smhtoken.ui.find;

import atlantafx.base.controls.CustomTextField;
import dev.smhtoken.ui.common.Fxml;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.main.TokenEntry;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The quick finder over the token list: a search box with its results below, laid over the rows
 * (it never pushes them down). The keyboard stays in the search box from start to end: the arrow
 * keys choose, Enter copies fresh, Shift+Enter copies as it is, Escape closes; then the keyboard goes
 * back to the list. Focus moving elsewhere in the window (a click on the list) closes it too.
 */
public final class FinderView {
    private static final int ROWS_SHOWN = 8;
    private static final double ROW_HEIGHT = 48;
    private final FinderViewModel model;
    private final ObservableValue<Instant> now;
    private final Messages messages;
    private final Consumer<Optional<TokenEntry>> backToList;
    private final ChangeListener<Number> onChoice = (obs, was, index) -> showChoice(index.intValue());
    /** The first result in view: the list scrolls only when the choice leaves the rows shown. */
    private int firstShown;

    @FXML private VBox root;
    @FXML private CustomTextField queryField;
    @FXML private ListView<FinderResult> resultList;

    /** @param backToList gives the keyboard back to the list, onto the token copied if any */
    public FinderView(Fxml fxml, FinderViewModel model, ObservableValue<Instant> now,
                      Consumer<Optional<TokenEntry>> backToList) {
        this.model = model;
        this.now = now;
        this.messages = fxml.messages();
        this.backToList = backToList;
        fxml.load("finder.fxml", this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        root.visibleProperty().bind(model.openProperty());
        root.managedProperty().bind(model.openProperty());
        root.setMaxWidth(640);
        root.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane.setAlignment(root, Pos.TOP_CENTER);
        StackPane.setMargin(root, new Insets(10, 16, 0, 16));
        queryField.textProperty().bindBidirectional(model.queryProperty());
        queryField.setAccessibleText(messages.get("finder.prompt"));
        resultList.setItems(model.results());
        resultList.setCellFactory(list -> new ResultCell(now, messages));
        resultList.setFixedCellSize(ROW_HEIGHT);
        resultList.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(1, Math.min(ROWS_SHOWN, model.results().size())) * ROW_HEIGHT + 2, model.results()));
        model.selectedIndexProperty().addListener(onChoice);
        resultList.getSelectionModel().selectedIndexProperty().addListener((obs, was, index) -> {
            if (index.intValue() >= 0) {
                model.select(index.intValue()); // a click chooses too
            }
        });
        resultList.addEventHandler(MouseEvent.MOUSE_CLICKED, click -> {
            if (click.getButton() == MouseButton.PRIMARY && click.getClickCount() == 2) {
                model.copyFresh().ifPresent(copied -> backToList.accept(Optional.of(copied)));
            }
        });
        queryField.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        queryField.focusedProperty().addListener((obs, was, focused) -> {
            // Only focus moving within the window closes it: switching to another window does not.
            boolean windowFocused = queryField.getScene() != null && queryField.getScene().getWindow() != null
                    && queryField.getScene().getWindow().isFocused();
            if (!focused && windowFocused && model.isOpen()) {
                model.close();
            }
        });
    }

    /** Puts the keyboard into the search box, after what was typed to open it. */
    public void focus() {
        queryField.requestFocus();
        queryField.end();
        showChoice(model.selectedIndexProperty().get());
    }

    /** Stops following the view model before the content is replaced (another language). */
    public void dispose() {
        queryField.textProperty().unbindBidirectional(model.queryProperty());
        model.selectedIndexProperty().removeListener(onChoice);
        root.visibleProperty().unbind();
        root.managedProperty().unbind();
        resultList.setItems(null);
    }

    private void onKey(KeyEvent key) {
        switch (key.getCode()) {
            case DOWN -> model.move(1);
            case UP -> model.move(-1);
            case PAGE_DOWN -> model.move(ROWS_SHOWN);
            case PAGE_UP -> model.move(-ROWS_SHOWN);
            case ENTER -> (key.isShiftDown() ? model.copyAsIs() : model.copyFresh())
                    .ifPresent(copied -> backToList.accept(Optional.of(copied)));
            case ESCAPE -> {
                model.close();
                backToList.accept(Optional.empty());
            }
            default -> {
                return; // typing goes into the box
            }
        }
        key.consume();
    }

    private void showChoice(int index) {
        if (index < 0) {
            resultList.getSelectionModel().clearSelection();
            return;
        }
        resultList.getSelectionModel().select(index);
        if (index < firstShown) {
            firstShown = index;
        } else if (index >= firstShown + ROWS_SHOWN) {
            firstShown = index - ROWS_SHOWN + 1;
        } else if (index == 0) {
            firstShown = 0;
        } else {
            return;
        }
        resultList.scrollTo(firstShown);
    }
}
