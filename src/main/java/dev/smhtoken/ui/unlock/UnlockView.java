package dev.smhtoken.ui.unlock;

import dev.smhtoken.ui.common.Fxml;
import dev.smhtoken.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The view shown before the vault is open: create a master password, unlock, or repair. */
public final class UnlockView {
    private final UnlockViewModel model;
    private final Messages messages;
    private final StackPane root;

    @FXML private VBox card;
    @FXML private Label titleLabel;
    @FXML private Label textLabel;
    @FXML private PasswordField passwordField;
    @FXML private PasswordField confirmField;
    @FXML private Label passwordLabel;
    @FXML private Label confirmLabel;
    @FXML private Label errorLabel;
    @FXML private Button primaryButton;
    @FXML private Button restoreButton;
    @FXML private ProgressIndicator busy;

    public UnlockView(Fxml fxml, UnlockViewModel model) {
        this.model = model;
        this.messages = fxml.messages();
        this.root = fxml.load("unlock.fxml", this);
    }

    public Parent root() {
        return root;
    }

    /** Puts the cursor where the user types; call once the view is in its scene. */
    public void focus() {
        passwordField.requestFocus();
    }

    @FXML
    private void initialize() {
        model.modeProperty().addListener((obs, old, mode) -> show(mode));
        show(model.modeProperty().get());
        errorLabel.textProperty().bind(model.errorProperty());
        errorLabel.visibleProperty().bind(model.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        busy.visibleProperty().bind(model.busyProperty());
        card.disableProperty().bind(model.busyProperty());
        textLabel.textProperty().bind(Bindings.createStringBinding(() -> switch (model.modeProperty().get()) {
            case CREATE -> messages.get("unlock.createText");
            case UNLOCK -> messages.get("unlock.unlockText");
            case REPAIR -> model.problemProperty().get() + "\n\n" + messages.get("unlock.repairText");
        }, model.modeProperty(), model.problemProperty()));
    }

    private void show(UnlockViewModel.Mode mode) {
        boolean create = mode == UnlockViewModel.Mode.CREATE;
        boolean repair = mode == UnlockViewModel.Mode.REPAIR;
        titleLabel.setText(messages.get(create ? "unlock.createTitle" : repair ? "unlock.repairTitle" : "unlock.unlockTitle"));
        primaryButton.setText(messages.get(create ? "unlock.createButton" : "unlock.unlockButton"));
        confirmField.setVisible(create);
        confirmField.setManaged(create);
        confirmLabel.setVisible(create);
        confirmLabel.setManaged(create);
        primaryButton.setVisible(!repair);
        primaryButton.setManaged(!repair);
        restoreButton.setVisible(repair);
        restoreButton.setManaged(repair);
        restoreButton.setDefaultButton(repair);
        passwordLabel.setText(messages.get(repair ? "unlock.passwordForBackup" : "unlock.password"));
    }

    @FXML
    private void onPrimary() {
        if (model.modeProperty().get() == UnlockViewModel.Mode.CREATE) {
            model.create(take(passwordField), take(confirmField));
        } else {
            model.unlock(take(passwordField));
        }
    }

    @FXML
    private void onRestore() {
        char[] password = take(passwordField);
        model.restore(password.length == 0 ? null : password);
    }

    /** The field's text as characters, and the field emptied. */
    private static char[] take(PasswordField field) {
        char[] chars = field.getText().toCharArray();
        field.clear();
        return chars;
    }
}
