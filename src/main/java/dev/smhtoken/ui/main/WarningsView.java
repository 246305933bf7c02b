package dev.smhtoken.ui.main;

import dev.smhtoken.ui.common.Fxml;
import dev.smhtoken.ui.common.Visible;
import java.time.Instant;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** The warning banners: the local clock looks wrong; tokens expire soon (renew them, or dismiss). */
final class WarningsView {
    private final WarningsViewModel model;
    private final ObservableValue<Instant> now;
    private final Fxml fxml;
    private final Parent root;
    /** Held here: it follows the clock through weak listeners, which live as long as this view. */
    private WarningSentence sentence;

    @FXML private HBox clockBanner;
    @FXML private Label clockBannerText;
    @FXML private HBox warningBanner;
    @FXML private Label warningBannerText;

    WarningsView(Fxml fxml, WarningsViewModel model, ObservableValue<Instant> now) {
        this.model = model;
        this.now = now;
        this.fxml = fxml;
        this.root = fxml.load("warnings.fxml", this);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        Visible.when(clockBanner, model.clockWarningProperty().isNotNull());
        clockBannerText.textProperty().bind(model.clockWarningProperty());
        Visible.when(warningBanner, Bindings.createBooleanBinding(() -> !model.warningsProperty().get().isEmpty(),
                model.warningsProperty()));
        sentence = new WarningSentence(model.warningsProperty(), now, fxml.messages());
        warningBannerText.textProperty().bind(sentence.textProperty());
    }

    @FXML
    private void onRenewWarned() {
        model.renewWarned();
    }

    @FXML
    private void onDismissWarnings() {
        model.dismiss();
    }
}
