package dev.smhtoken.ui.edit;

import dev.smhtoken.token.LibrarySecret;
import dev.smhtoken.token.TokenRef;
import dev.smhtoken.ui.common.DialogService;
import dev.smhtoken.ui.common.Messages;
import java.util.Arrays;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/**
 * Asks for the library secret that generating a new token for a dead one needs (when the library
 * remembers none). The secret leaves the field as soon as the dialog closes.
 */
public final class NewTokenSecretDialog {
    private final DialogService dialogs;

    public NewTokenSecretDialog(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /**
     * Shows the dialog for {@code ref}; returns the typed secret (the caller closes it), or empty
     * when cancelled. A secret the domain refuses throws its {@code InvalidInputException}.
     */
    public Optional<LibrarySecret> ask(TokenRef ref) {
        Messages messages = dialogs.messages();
        PasswordField secret = new PasswordField();
        secret.setId("replaceSecretField");
        Label explanation = new Label(messages.format("replace.text", ref));
        explanation.setWrapText(true);
        explanation.setMaxWidth(420);
        Dialog<ButtonType> dialog = dialogs.prepare(new Dialog<>(), messages.get("action.generateNew"));
        dialog.getDialogPane().setContent(new VBox(10, explanation, new Label(messages.get("token.secret")), secret));
        ButtonType ok = dialogs.ok();
        dialog.getDialogPane().getButtonTypes().addAll(ok, dialogs.cancel());
        dialog.setOnShown(e -> secret.requestFocus());
        boolean confirmed = dialog.showAndWait().filter(ok::equals).isPresent();
        char[] chars = secret.getText().toCharArray();
        secret.clear();
        if (!confirmed) {
            Arrays.fill(chars, '\0');
            return Optional.empty();
        }
        return Optional.of(LibrarySecret.wrap(chars));
    }
}
