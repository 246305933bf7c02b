package dev.smhtoken.ui.edit;

import dev.smhtoken.token.UserText;
import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.GenerateOptions;
import dev.smhtoken.token.InvalidInputException;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibrarySecret;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenIssuance;
import dev.smhtoken.ui.common.DialogService;
import dev.smhtoken.ui.common.Fxml;
import dev.smhtoken.ui.common.TaskExecutor;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Adds a token to a library: pasted (then renewed once, which validates it and learns its
 * expiry) or generated with the library secret, which is used for that one call and not kept. For a
 * library that remembers its secret, generating is preselected and the secret may be left empty.
 */
public final class TokenDialog {
    private final Fxml fxml;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final Supplier<TokenIssuance> issuance;

    @FXML private Label libraryLabel;
    @FXML private TextField labelField;
    @FXML private RadioButton pasteMode;
    @FXML private RadioButton generateMode;
    @FXML private VBox pastePane;
    @FXML private GridPane generatePane;
    @FXML private Label generateHint;
    @FXML private PasswordField tokenField;
    @FXML private PasswordField secretField;
    @FXML private TextField periodField;
    @FXML private TextField grantField;
    @FXML private TextField userIdField;
    @FXML private TextField clientIdField;
    @FXML private TextField spaceIdField;
    @FXML private Label errorLabel;
    @FXML private ProgressIndicator busy;

    public TokenDialog(Fxml fxml, DialogService dialogs, TaskExecutor tasks, Supplier<TokenIssuance> issuance) {
        this.fxml = fxml;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.issuance = issuance;
    }

    /** Shows the dialog for {@code library}; returns the saved token, or empty when cancelled. */
    public Optional<Token> show(Library library) {
        VBox form = fxml.load("token-dialog.fxml", this);
        FormDialog dialog = new FormDialog(dialogs, fxml.messages().get("token.addTitle"), form, errorLabel, busy,
                tasks);
        libraryLabel.setText(library.name() + "  ·  " + library.id());
        if (library.tokens().isEmpty()) {
            labelField.setText(Token.DEFAULT_LABEL);
        }
        if (library.remembersSecret()) {
            generateHint.setText(fxml.messages().get("token.generateHintRemembered"));
            secretField.setPromptText(fxml.messages().get("token.secretRemembered"));
            generateMode.setSelected(true);
        }
        pastePane.visibleProperty().bind(pasteMode.selectedProperty());
        pastePane.managedProperty().bind(pasteMode.selectedProperty());
        generatePane.visibleProperty().bind(generateMode.selectedProperty());
        generatePane.managedProperty().bind(generateMode.selectedProperty());
        generateMode.selectedProperty().addListener((obs, old, now) -> dialog.dialog().getDialogPane()
                .getScene().getWindow().sizeToScene());
        Token[] saved = new Token[1];
        dialog.onSubmit(() -> submit(library), token -> saved[0] = token);
        dialog.dialog().setOnShown(e -> (library.remembersSecret() ? labelField : tokenField).requestFocus());
        try {
            return dialog.showAndWait() ? Optional.ofNullable(saved[0]) : Optional.empty();
        } finally {
            tokenField.clear();
            secretField.clear();
        }
    }

    private Callable<Token> submit(Library library) {
        String libraryId = library.id();
        String label = labelField.getText();
        TokenIssuance tokens = issuance.get();
        if (pasteMode.isSelected()) {
            AccessToken pasted = AccessToken.of(tokenField.getText());
            return () -> tokens.addByPaste(libraryId, label, pasted);
        }
        GenerateOptions options = new GenerateOptions(period(), grantField.getText(), userIdField.getText(),
                clientIdField.getText(), spaceIdField.getText());
        if (library.remembersSecret() && secretField.getText().isEmpty()) {
            return () -> tokens.generate(libraryId, label, null, options);
        }
        LibrarySecret secret = LibrarySecret.wrap(secretField.getText().toCharArray());
        return () -> {
            try (secret) {
                return tokens.generate(libraryId, label, secret, options);
            }
        };
    }

    private Duration period() {
        String text = periodField.getText() == null ? "" : periodField.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(UserText.of("error.form.periodNotWhole"));
        }
    }
}
