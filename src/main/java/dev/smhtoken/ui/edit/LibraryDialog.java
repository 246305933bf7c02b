package dev.smhtoken.ui.edit;

import dev.smhtoken.token.InvalidInputException;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.LibraryCatalog;
import dev.smhtoken.token.LibrarySecret;
import dev.smhtoken.token.UserText;
import dev.smhtoken.ui.common.DialogService;
import dev.smhtoken.ui.common.Fxml;
import dev.smhtoken.ui.common.TaskExecutor;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Adds a library, or edits the name and host of a saved one; either may keep the library secret in
 * the vault (off unless ticked). Editing never shows a remembered secret: the field stays empty,
 * a typed one replaces it, unticking forgets it.
 */
public final class LibraryDialog {
    private final Fxml fxml;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final Supplier<LibraryCatalog> catalog;

    @FXML private TextField libraryIdField;
    @FXML private TextField nameField;
    @FXML private TextField hostField;
    @FXML private CheckBox rememberSecretBox;
    @FXML private PasswordField rememberedSecretField;
    @FXML private Label rememberedSecretLabel;
    @FXML private Label errorLabel;
    @FXML private ProgressIndicator busy;

    /** {@code catalog} is asked at each use: the window may have switched to the demo vault. */
    public LibraryDialog(Fxml fxml, DialogService dialogs, TaskExecutor tasks, Supplier<LibraryCatalog> catalog) {
        this.fxml = fxml;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.catalog = catalog;
    }

    /** Shows the dialog; returns the saved library, or empty when cancelled. */
    public Optional<Library> show(Library existing) {
        VBox form = fxml.load("library-dialog.fxml", this);
        String title = fxml.messages().get(existing == null ? "library.addTitle" : "library.editTitle");
        FormDialog dialog = new FormDialog(dialogs, title, form, errorLabel, busy, tasks);
        hostField.setPromptText(fxml.messages().get("library.hostPrompt"));
        libraryIdField.textProperty().addListener((obs, old, id) -> hostField.setPromptText(defaultHostFor(id)));
        if (existing != null) {
            libraryIdField.setText(existing.id());
            libraryIdField.setDisable(true);
            nameField.setText(existing.name());
            hostField.setText(existing.host().toString());
        }
        boolean remembers = existing != null && existing.remembersSecret();
        rememberSecretBox.setSelected(remembers);
        rememberedSecretField.disableProperty().bind(rememberSecretBox.selectedProperty().not());
        rememberedSecretLabel.disableProperty().bind(rememberedSecretField.disableProperty());
        if (remembers) {
            rememberedSecretField.setPromptText(fxml.messages().get("library.secretKept"));
        }
        rememberSecretBox.selectedProperty().addListener((obs, was, on) -> {
            if (!on) {
                rememberedSecretField.clear();
            }
        });
        Library[] saved = new Library[1];
        dialog.onSubmit(() -> submit(existing), library -> saved[0] = library);
        dialog.dialog().setOnShown(e -> (existing == null ? libraryIdField : nameField).requestFocus());
        try {
            return dialog.showAndWait() ? Optional.ofNullable(saved[0]) : Optional.empty();
        } finally {
            rememberedSecretField.clear();
        }
    }

    private Callable<Library> submit(Library existing) {
        String id = libraryIdField.getText();
        String name = nameField.getText();
        String host = hostField.getText();
        LibraryAddress.of(id, host); // bad input is reported at once, before any file is touched
        boolean remember = rememberSecretBox.isSelected();
        boolean typed = remember && !rememberedSecretField.getText().isBlank();
        if (remember && !typed && (existing == null || !existing.remembersSecret())) {
            throw new InvalidInputException(UserText.of("error.form.secretToRemember"));
        }
        LibrarySecret secret = typed ? LibrarySecret.wrap(rememberedSecretField.getText().toCharArray()) : null;
        LibraryCatalog libraries = catalog.get();
        return () -> {
            // The catalog keeps its own copy; this one is wiped once saved (or refused).
            try (secret) {
                return existing == null
                        ? libraries.addLibrary(id, name, host, secret)
                        : libraries.editLibrary(existing.id(), name, host, remember, secret);
            }
        };
    }

    private String defaultHostFor(String libraryId) {
        try {
            return LibraryAddress.defaultHost(libraryId).toString();
        } catch (IllegalArgumentException e) {
            return fxml.messages().get("library.hostPrompt");
        }
    }
}
