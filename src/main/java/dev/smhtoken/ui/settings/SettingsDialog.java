package dev.smhtoken.ui.settings;

import dev.smhtoken.desktop.Autostart;
import dev.smhtoken.desktop.DesktopException;
import dev.smhtoken.ui.common.DialogButtons;
import dev.smhtoken.ui.common.DialogService;
import dev.smhtoken.ui.common.TaskExecutor;
import dev.smhtoken.ui.common.UserMessages;
import dev.smhtoken.token.UserText;
import dev.smhtoken.token.InvalidInputException;
import dev.smhtoken.token.LibraryCatalog;
import dev.smhtoken.token.Settings;
import dev.smhtoken.ui.common.Fxml;
import dev.smhtoken.ui.common.Messages;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The settings: theme, language, renewing, clipboard and idle lock. OK checks the input (the
 * domain's {@link Settings} says what is wrong, in a sentence shown in the dialog) and saves it
 * in the vault on a worker; the dialog closes only once it is saved. "Start at login" is not kept
 * in the vault: the login item itself is the setting (so the command line's {@code autostart}
 * and the desktop's own settings agree with it); it is read and written on a worker too. "Keep
 * running in the background" is in the vault, and offered only where the desktop has a tray.
 */
public final class SettingsDialog {
    private final Fxml fxml;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final Supplier<LibraryCatalog> catalog;
    private final Consumer<char[]> passwordChange;
    private final Supplier<Autostart> autostart;
    private final BooleanSupplier trayAvailable;
    /** Whether a tray was found when the dialog opened: null until asked (the box stays disabled). */
    private Boolean trayFound;
    /** The login item as read when the dialog opened: null until read (the box stays disabled). */
    private Boolean startsAtLogin;

    @FXML private ComboBox<ThemeChoice> themeChoice;
    @FXML private ComboBox<LanguageChoice> languageChoice;
    @FXML private CheckBox autoRenewCheck;
    @FXML private CheckBox keepRunningCheck;
    @FXML private CheckBox startAtLoginCheck;
    @FXML private TextField renewAheadPercentField;
    @FXML private TextField renewAheadMinimumField;
    @FXML private TextField warningLeadField;
    @FXML private TextField clipboardTimeoutField;
    @FXML private TextField lockAfterIdleField;
    @FXML private Button changePasswordButton;
    @FXML private Label passwordChangedLabel;
    @FXML private Label errorLabel;
    @FXML private ProgressIndicator busy;

    /** {@code catalog} is asked at each use: the window may have switched to the demo vault. */
    public SettingsDialog(Fxml fxml, DialogService dialogs, TaskExecutor tasks, Supplier<LibraryCatalog> catalog) {
        this(fxml, dialogs, tasks, catalog, null, () -> Autostart.UNSUPPORTED, () -> false);
    }

    /**
     * @param passwordChangeOrNull changes the open vault's master password (taking the array over),
     *                             or null where there is none to change (the demo)
     * @param autostart            the login item of this desktop, made on a worker (finding the launcher reads the disk)
     * @param trayAvailable        whether the desktop has a system tray; asked on a worker (it may start a toolkit)
     */
    public SettingsDialog(Fxml fxml, DialogService dialogs, TaskExecutor tasks, Supplier<LibraryCatalog> catalog,
                          Consumer<char[]> passwordChangeOrNull, Supplier<Autostart> autostart,
                          BooleanSupplier trayAvailable) {
        this.fxml = fxml;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.catalog = catalog;
        this.passwordChange = passwordChangeOrNull;
        this.autostart = autostart;
        this.trayAvailable = trayAvailable;
    }

    /** Shows the dialog filled with {@code current}; returns the saved settings, or empty when cancelled. */
    public Optional<Settings> show(Settings current) {
        Messages messages = fxml.messages();
        VBox form = fxml.load("settings-dialog.fxml", this);
        Dialog<Settings> dialog = dialogs.prepare(new Dialog<>(), messages.get("settings.title"));
        dialog.getDialogPane().setContent(form);
        ButtonType save = DialogButtons.action(messages.get("settings.save"));
        ButtonType cancel = dialogs.cancel();
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        dialog.getDialogPane().getStyleClass().addAll("form-dialog", "settings-dialog");
        fill(messages, current);
        showError(null);
        changePasswordButton.setVisible(passwordChange != null);
        changePasswordButton.setManaged(passwordChange != null);
        changePasswordButton.setOnAction(event -> {
            boolean changed = new PasswordChangeDialog(messages, tasks, passwordChange)
                    .show(dialog.getDialogPane().getScene().getWindow());
            passwordChangedLabel.setVisible(changed);
            passwordChangedLabel.setManaged(changed);
        });

        Settings[] saved = new Settings[1];
        Button ok = (Button) dialog.getDialogPane().lookupButton(save);
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            Settings wanted;
            try {
                wanted = read(messages, current);
            } catch (InvalidInputException e) {
                showError(messages.sentence(e.userText()));
                return;
            }
            setWorking(dialog, true);
            LibraryCatalog target = catalog.get();
            Boolean loginWanted = startsAtLogin != null && startAtLoginCheck.isSelected() != startsAtLogin
                    ? startAtLoginCheck.isSelected() : null;
            tasks.run(() -> {
                if (loginWanted != null) {
                    changeLoginItem(loginWanted);
                }
                return target.updateSettings(wanted);
            }, result -> {
                setWorking(dialog, false);
                saved[0] = result;
                dialog.setResult(result);
                dialog.close();
            }, failure -> {
                setWorking(dialog, false);
                showError(UserMessages.of(failure, messages));
            });
        });
        dialog.setResultConverter(button -> button == save ? saved[0] : null);
        dialog.setOnShown(e -> themeChoice.requestFocus());
        return dialog.showAndWait();
    }

    /** The login item changed first, so a refusal leaves the vault's settings unsaved and the dialog open. */
    private void changeLoginItem(boolean on) {
        Autostart item = autostart.get();
        try {
            if (on) {
                item.enable();
            } else {
                item.disable();
            }
        } catch (DesktopException e) {
            throw new InvalidInputException(UserText.of("error.settings.startAtLogin", e.getMessage()));
        }
        startsAtLogin = on;
    }

    private void readLoginItem(Messages messages) {
        startAtLoginCheck.setDisable(true);
        tasks.run(() -> {
            Autostart item = autostart.get();
            return item.supported() ? item.isEnabled() : null;
        }, enabled -> {
            startsAtLogin = enabled;
            startAtLoginCheck.setSelected(Boolean.TRUE.equals(enabled));
            startAtLoginCheck.setDisable(enabled == null);
            // Like the background box: the hint as a tooltip, a refusal in the box's own words, so both fit one row each.
            startAtLoginCheck.setTooltip(new Tooltip(messages.get("settings.startAtLogin.note")));
            if (enabled == null) {
                startAtLoginCheck.setText(messages.get("settings.startAtLogin.unsupported"));
            }
        }, failure -> startAtLoginCheck.setText(UserMessages.of(failure, messages)));
    }

    /**
     * Where there is no tray the box is off and disabled and says why (closing quits); the saved
     * choice stays as it was, for a desktop that has one.
     */
    private void readTray(Messages messages) {
        keepRunningCheck.setDisable(true);
        boolean saved = keepRunningCheck.isSelected();
        tasks.run(trayAvailable::getAsBoolean, available -> {
            keepRunningCheck.setDisable(!available);
            keepRunningCheck.setSelected(available && saved);
            // One row, so the dialog is no taller: where there is no tray the box itself says why it is off.
            if (available) {
                keepRunningCheck.setTooltip(new Tooltip(messages.get("settings.keepRunning.note")));
            } else {
                keepRunningCheck.setText(messages.get("settings.keepRunning.unsupported"));
            }
            trayFound = available;
        }, failure -> keepRunningCheck.setText(UserMessages.of(failure, messages)));
    }

    private void fill(Messages messages, Settings current) {
        themeChoice.getItems().setAll(ThemeChoice.values());
        themeChoice.setConverter(converter(choice -> messages.get(choice.messageKey())));
        themeChoice.setValue(ThemeChoice.of(current.theme()));
        languageChoice.getItems().setAll(LanguageChoice.values());
        languageChoice.setConverter(converter(choice -> choice.displayName(messages.get("settings.language.system"))));
        languageChoice.setValue(LanguageChoice.of(current.language()));
        autoRenewCheck.setSelected(current.autoRenewByDefault());
        readLoginItem(messages);
        keepRunningCheck.setSelected(current.keepRunningInBackground());
        readTray(messages);
        renewAheadPercentField.setText(Integer.toString(current.renewAheadPercent()));
        renewAheadMinimumField.setText(Long.toString(current.renewAheadMinimum().toMinutes()));
        warningLeadField.setText(Long.toString(current.warningLead().toMinutes()));
        clipboardTimeoutField.setText(Long.toString(current.clipboardTimeout().toSeconds()));
        lockAfterIdleField.setText(Long.toString(current.lockAfterIdle().toMinutes()));
        for (TextField field : List.of(renewAheadPercentField, renewAheadMinimumField, warningLeadField,
                clipboardTimeoutField, lockAfterIdleField)) {
            field.setPrefColumnCount(6);
        }
    }

    /** The settings the form holds; throws with a sentence for the user when a value is wrong. */
    private Settings read(Messages messages, Settings current) {
        int percent = (int) number(messages, renewAheadPercentField, "settings.renewAheadPercent");
        Duration minimum = Duration.ofMinutes(number(messages, renewAheadMinimumField, "settings.renewAheadMinimum"));
        Duration warning = Duration.ofMinutes(number(messages, warningLeadField, "settings.warningLead"));
        Duration clipboard = Duration.ofSeconds(number(messages, clipboardTimeoutField, "settings.clipboardTimeout"));
        Duration lock = Duration.ofMinutes(number(messages, lockAfterIdleField, "settings.lockAfterIdle"));
        // Without a tray the box shows off, but the saved choice is kept for a desktop that has one.
        boolean keepRunning = Boolean.TRUE.equals(trayFound) ? keepRunningCheck.isSelected()
                : current.keepRunningInBackground();
        return new Settings(clipboard, autoRenewCheck.isSelected(), percent, minimum, warning,
                themeChoice.getValue().settingValue(), languageChoice.getValue().settingValue(), lock, keepRunning);
    }

    private static long number(Messages messages, TextField field, String labelKey) {
        String text = field.getText() == null ? "" : field.getText().strip();
        try {
            long value = Long.parseLong(text);
            if (value >= 0 && value <= 1_000_000) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the sentence below
        }
        field.requestFocus();
        throw new InvalidInputException(UserText.of("error.form.notANumber", messages.get(labelKey), text));
    }

    private void showError(String sentence) {
        errorLabel.setText(sentence);
        errorLabel.setVisible(sentence != null);
        errorLabel.setManaged(sentence != null);
    }

    private void setWorking(Dialog<Settings> dialog, boolean working) {
        busy.setVisible(working);
        dialog.getDialogPane().getContent().setDisable(working);
        dialog.getDialogPane().getButtonTypes()
                .forEach(type -> dialog.getDialogPane().lookupButton(type).setDisable(working));
    }

    private static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
