package dev.smhtoken.ui.main;

import dev.smhtoken.ui.common.Messages;
import java.time.Instant;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The token, masked unless the user reveals it with the eye toggle. */
final class TokenValueCell extends EntryCell {
    private final Label value = new Label();
    private final ToggleButton reveal = new ToggleButton();
    private final HBox box = new HBox(6, value, reveal);
    private TokenEntry bound;

    TokenValueCell(ObservableValue<Instant> now, Messages messages, RowTips tips) {
        super(now);
        box.setAlignment(Pos.CENTER_LEFT);
        value.getStyleClass().add("token-value");
        value.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(value, Priority.ALWAYS);
        reveal.getStyleClass().addAll("reveal-toggle", "button-icon", "flat", "small");
        FontIcon eye = new FontIcon(Feather.EYE);
        reveal.setGraphic(eye);
        reveal.selectedProperty().addListener((obs, was, shown) -> eye.setIconCode(shown ? Feather.EYE_OFF : Feather.EYE));
        reveal.accessibleTextProperty().bind(Bindings.when(reveal.selectedProperty())
                .then(messages.get("token.hide")).otherwise(messages.get("token.show")));
        tips.reveal(reveal);
        reveal.setFocusTraversable(false);
        box.getStyleClass().add("token-box");
    }

    @Override
    protected List<Observable> dependencies(TokenEntry entry) {
        return List.of(entry.tokenProperty(), entry.revealedProperty());
    }

    @Override
    protected void showToken(TokenEntry entry, Instant now) {
        if (bound != entry) {
            if (bound != null) {
                reveal.selectedProperty().unbindBidirectional(bound.revealedProperty());
            }
            reveal.selectedProperty().bindBidirectional(entry.revealedProperty());
            bound = entry;
        }
        var token = entry.token().value();
        value.setText(entry.revealedProperty().get() ? token.reveal() : token.masked());
        setText(null);
        setGraphic(box);
    }

    @Override
    protected void showLibrary(LibraryEntry entry) {
        showNothing();
    }

    @Override
    protected void showNothing() {
        if (bound != null) {
            reveal.selectedProperty().unbindBidirectional(bound.revealedProperty());
            bound = null;
        }
        setText(null);
        setGraphic(null);
    }
}
