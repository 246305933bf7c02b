package dev.smhtoken.ui.main;

import dev.smhtoken.token.Settings;
import dev.smhtoken.ui.common.Fxml;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.common.Visible;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** The status bar: the last thing that happened, the auto-renew default, the clipboard's countdown. */
final class StatusBarView {
    private final StatusBarViewModel model;
    private final ObservableValue<Settings> settings;
    private final Messages messages;
    private final Parent root;
    private final ChangeListener<Settings> showSettings = (obs, was, saved) -> showSettings(saved);

    @FXML private Label statusLabel;
    @FXML private CheckBox autoRenewDefaultBox;
    @FXML private HBox clipboardBox;
    @FXML private Label clipboardLabel;

    StatusBarView(Fxml fxml, StatusBarViewModel model, ObservableValue<Settings> settings) {
        this.model = model;
        this.settings = settings;
        this.messages = fxml.messages();
        this.root = fxml.load("status-bar.fxml", this);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        statusLabel.textProperty().bind(model.statusProperty());
        showSettings(settings.getValue());
        settings.addListener(showSettings);
        autoRenewDefaultBox.selectedProperty().addListener((obs, was, on) -> model.setAutoRenewByDefault(on));
        Visible.when(clipboardBox, model.clipboardPending());
        clipboardLabel.textProperty().bind(model.clipboardCountdown(messages));
    }

    /** Stops following the view model, which outlives this view (a new language builds another). */
    void dispose() {
        settings.removeListener(showSettings);
    }

    @FXML
    private void onClearClipboard() {
        model.clearClipboard();
    }

    private void showSettings(Settings saved) {
        autoRenewDefaultBox.setSelected(saved.autoRenewByDefault());
    }
}
