package dev.smhtoken.ui.settings;

import dev.smhtoken.ui.common.DialogButtons;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.common.TaskExecutor;
import dev.smhtoken.ui.common.UserMessages;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for a new master password twice and hands it to {@code change} on a worker (Argon2id takes
 * about half a second). The password travels as {@code char[]}, which {@code change} wipes; the
 * fields are emptied at once. The dialog closes only once the vault is saved under it.
 */
final class PasswordChangeDialog {
    private final Messages messages;
    private final TaskExecutor tasks;
    private final Consumer<char[]> change;

    PasswordChangeDialog(Messages messages, TaskExecutor tasks, Consumer<char[]> change) {
        this.messages = messages;
        this.tasks = tasks;
        this.change = change;
    }

    /** True once the password was changed; false when cancelled. */
    boolean show(Window owner) {
        PasswordField password = field("newPasswordField");
        PasswordField confirm = field("confirmPasswordField");
        Label text = new Label(messages.get("password.text"));
        text.setWrapText(true);
        Label error = new Label();
        error.setId("passwordChangeError");
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.setVisible(false);
        busy.managedProperty().bind(busy.visibleProperty());
        VBox form = new VBox(8, text, label("password.new", password), password, label("password.confirm", confirm),
                confirm, error, busy);
        form.getStyleClass().add("form");
        form.setPrefWidth(460);

        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("password.title"));
        dialog.getDialogPane().setContent(form);
        ButtonType changeButton = DialogButtons.action(messages.get("password.change"));
        dialog.getDialogPane().getButtonTypes().addAll(changeButton, DialogButtons.cancel(messages));
        dialog.getDialogPane().getStyleClass().add("form-dialog");
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        boolean[] changed = new boolean[1];
        Button ok = (Button) dialog.getDialogPane().lookupButton(changeButton);
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            char[] chosen = take(password);
            char[] again = take(confirm);
            boolean same = Arrays.equals(chosen, again);
            Arrays.fill(again, '\0');
            if (!same) {
                Arrays.fill(chosen, '\0');
                show(error, messages.get("unlock.passwordsDiffer"));
                return;
            }
            show(error, null);
            busy.setVisible(true);
            form.setDisable(true);
            ok.setDisable(true);
            tasks.run(() -> {
                change.accept(chosen);
                return Boolean.TRUE;
            }, done -> {
                changed[0] = true;
                dialog.setResult(Boolean.TRUE);
                dialog.close();
            }, failure -> {
                busy.setVisible(false);
                form.setDisable(false);
                ok.setDisable(false);
                show(error, UserMessages.of(failure, messages));
            });
        });
        dialog.setResultConverter(button -> changed[0]);
        dialog.setOnShown(e -> password.requestFocus());
        return dialog.showAndWait().orElse(false);
    }

    private static PasswordField field(String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        return field;
    }

    private Label label(String key, PasswordField field) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        return label;
    }

    private static void show(Label error, String sentence) {
        error.setText(sentence);
        error.setVisible(sentence != null);
        error.setManaged(sentence != null);
    }

    /** The field's text as characters, and the field emptied. */
    private static char[] take(PasswordField field) {
        char[] chars = field.getText().toCharArray();
        field.clear();
        return chars;
    }
}
