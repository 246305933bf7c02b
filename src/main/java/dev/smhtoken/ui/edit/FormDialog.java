package dev.smhtoken.ui.edit;

import dev.smhtoken.ui.common.DialogService;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.common.TaskExecutor;
import dev.smhtoken.ui.common.UserMessages;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.Window;

/**
 * A dialog whose OK runs blocking work (a save, a call to SMH) on a worker. While it runs, the
 * form is disabled and a spinner shows; a failure stays in the dialog as a sentence, with the
 * user's input untouched, so they can correct it and try again.
 */
final class FormDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType ok;
    private final ButtonType cancel;
    private final Messages messages;
    private final TaskExecutor tasks;
    private final Label error;
    private final ProgressIndicator busy;
    private final Parent form;

    FormDialog(DialogService dialogs, String title, Parent form, Label error, ProgressIndicator busy,
               TaskExecutor tasks) {
        this.messages = dialogs.messages();
        this.ok = dialogs.ok();
        this.cancel = dialogs.cancel();
        this.tasks = tasks;
        this.error = error;
        this.busy = busy;
        this.form = form;
        dialogs.prepare(dialog, title);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.getDialogPane().getStyleClass().add("form-dialog");
        showError(null);
        busy.setVisible(false);
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }

    /** Shows the dialog until it closes; true when it closed through OK (the work succeeded). */
    boolean showAndWait() {
        return dialog.showAndWait().filter(ok::equals).isPresent();
    }

    Button okButton() {
        return (Button) dialog.getDialogPane().lookupButton(ok);
    }

    /**
     * Runs {@code check} on the FX thread and then {@code work} on a worker when OK is pressed;
     * closes the dialog and hands the result to {@code done} on success.
     */
    <T> void onSubmit(Callable<Callable<T>> check, Consumer<T> done) {
        okButton().addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            Callable<T> work;
            try {
                work = check.call();
            } catch (Exception e) {
                showError(UserMessages.of(e, messages));
                return;
            }
            setWorking(true);
            tasks.run(work, result -> {
                setWorking(false);
                done.accept(result);
                dialog.setResult(ok);
                dialog.close();
            }, failure -> {
                setWorking(false);
                showError(UserMessages.of(failure, messages));
            });
        });
    }

    void showError(String sentence) {
        error.setText(sentence);
        error.setVisible(sentence != null);
        error.setManaged(sentence != null);
        growToContent();
    }

    /**
     * Makes the window tall enough for its content at its present width, so that a long error
     * sentence is not cut off and does not squeeze the hints. ({@code sizeToScene} would measure
     * the wrapping texts as single lines and shrink the window instead.)
     */
    void growToContent() {
        DialogPane pane = dialog.getDialogPane();
        Scene scene = pane.getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            return;
        }
        Window window = scene.getWindow();
        pane.applyCss();
        double frame = window.getHeight() - scene.getHeight();
        double needed = pane.prefHeight(pane.getWidth()) + frame;
        if (needed > window.getHeight()) {
            window.setHeight(Math.ceil(needed));
        }
    }

    private void setWorking(boolean working) {
        busy.setVisible(working);
        form.setDisable(working);
        okButton().setDisable(working);
        dialog.getDialogPane().lookupButton(cancel).setDisable(working);
    }
}
