package dev.smhtoken.ui.find;

import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.main.RowState;
import dev.smhtoken.ui.main.TimeLeftText;
import dev.smhtoken.ui.main.TokenEntry;
import java.time.Instant;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One result of the finder: library / label over the LibraryId, then the time left and the state
 * badge as the list shows them. Follows the clock and its row only while it shows one.
 */
final class ResultCell extends ListCell<FinderResult> {
    private final ObservableValue<Instant> now;
    private final Messages messages;
    private final Label title = new Label();
    private final Label libraryId = new Label();
    private final Label lately = new Label();
    private final Label timeLeft = new Label();
    private final Label badge = new Label();
    private final HBox box;
    private final InvalidationListener refresh = o -> refresh();
    private List<Observable> watched = List.of();
    private RowState shown;

    ResultCell(ObservableValue<Instant> now, Messages messages) {
        this.now = now;
        this.messages = messages;
        title.getStyleClass().add("finder-title");
        libraryId.getStyleClass().add("library-id");
        lately.getStyleClass().add("finder-lately");
        lately.setText(messages.get("finder.copiedLately"));
        timeLeft.getStyleClass().add("time-left");
        badge.getStyleClass().add("state-badge");
        HBox under = new HBox(8, libraryId, lately);
        VBox names = new VBox(2, title, under);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        box = new HBox(12, names, gap, timeLeft, badge);
        box.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(FinderResult result, boolean empty) {
        super.updateItem(result, empty);
        watched.forEach(o -> o.removeListener(refresh));
        TokenEntry entry = empty || result == null ? null : result.entry();
        watched = entry == null ? List.of()
                : List.of(now, entry.tokenProperty(), entry.renewingProperty(), entry.failureProperty());
        watched.forEach(o -> o.addListener(refresh));
        if (entry == null) {
            setText(null);
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        title.setText(result.title());
        libraryId.setText(result.libraryId());
        lately.setVisible(result.copiedLately());
        lately.setManaged(result.copiedLately());
        refresh();
        setText(null);
        setGraphic(box);
    }

    private void refresh() {
        FinderResult result = getItem();
        if (result == null || isEmpty()) {
            return;
        }
        TokenEntry entry = result.entry();
        Instant at = now.getValue();
        timeLeft.setText(TimeLeftText.of(entry.token(), at, messages));
        RowState state = RowState.of(entry, at);
        if (state != shown) {
            if (shown != null) {
                badge.pseudoClassStateChanged(shown.pseudoClass(), false);
                pseudoClassStateChanged(shown.pseudoClass(), false);
            }
            badge.pseudoClassStateChanged(state.pseudoClass(), true);
            // The cell too, so that the time left takes the state's colour as in the list.
            pseudoClassStateChanged(state.pseudoClass(), true);
            badge.setText(messages.get(state.messageKey()));
            shown = state;
        }
        setAccessibleText(title.getText() + ", " + libraryId.getText() + ", " + timeLeft.getText() + ", "
                + badge.getText());
    }
}
