package dev.smhtoken.ui.main;

import dev.smhtoken.ui.common.Messages;
import java.time.Instant;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** The state as a coloured badge, and under it the last failure in words. */
final class StateCell extends EntryCell {
    private final Messages messages;
    private final Label badge = new Label();
    private final Label failure = new Label();
    private final VBox box = new CellBox(2, badge, failure);
    /** Made at the first failure this cell shows: most cells never show one. */
    private Tooltip failureTip;
    private RowState shown;

    StateCell(ObservableValue<Instant> now, Messages messages) {
        super(now);
        box.setAlignment(Pos.CENTER_LEFT);
        this.messages = messages;
        badge.getStyleClass().add("state-badge");
        failure.getStyleClass().add("failure-text");
    }

    @Override
    protected boolean ticks() {
        return true;
    }

    @Override
    protected List<Observable> dependencies(TokenEntry entry) {
        return List.of(entry.tokenProperty(), entry.renewingProperty(), entry.failureProperty());
    }

    /** The badge changes with the clock only when the token's state does (valid, expiring, expired). */
    @Override
    protected void showTick(TokenEntry entry, Instant now) {
        if (RowState.of(entry, now) != shown) {
            showToken(entry, now);
        }
    }

    @Override
    protected void showToken(TokenEntry entry, Instant now) {
        RowState state = RowState.of(entry, now);
        if (state != shown) {
            if (shown != null) {
                badge.pseudoClassStateChanged(shown.pseudoClass(), false);
            }
            badge.pseudoClassStateChanged(state.pseudoClass(), true);
            badge.setText(messages.get(state.messageKey()));
            shown = state;
        }
        String sentence = entry.failure();
        failure.setText(sentence);
        failure.setVisible(sentence != null);
        failure.setManaged(sentence != null);
        setTooltip(sentence == null ? null : failureTip(sentence));
        setAccessibleText(sentence == null ? badge.getText() : badge.getText() + ": " + sentence);
        setText(null);
        setGraphic(box);
    }

    private Tooltip failureTip(String sentence) {
        if (failureTip == null) {
            failureTip = new Tooltip();
            failureTip.setWrapText(true);
            failureTip.setMaxWidth(420);
        }
        failureTip.setText(sentence);
        return failureTip;
    }

    @Override
    protected void showLibrary(LibraryEntry entry) {
        setTooltip(null);
        showNothing();
    }
}
