package dev.smhtoken.ui.help;

import dev.smhtoken.ui.common.DialogService;
import dev.smhtoken.ui.common.Messages;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The keyboard shortcuts of the window (F1), built from the very shortcuts the window installed. */
public final class ShortcutsSheet {
    private final DialogService dialogs;
    private final Messages messages;

    public ShortcutsSheet(DialogService dialogs) {
        this.dialogs = dialogs;
        this.messages = dialogs.messages();
    }

    public void show(List<Shortcut> shortcuts) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints());
        int row = 0;
        for (Shortcut shortcut : shortcuts) {
            Label keys = new Label(keysText(shortcut.keys()));
            keys.getStyleClass().add("shortcut-key");
            Label action = new Label(messages.get(shortcut.descriptionKey()));
            action.getStyleClass().add("shortcut-action");
            action.setWrapText(true);
            keys.setAccessibleText(keys.getText() + ": " + action.getText());
            grid.addRow(row++, keys, action);
        }
        Label navigation = new Label(messages.get("shortcut.navigation"));
        navigation.getStyleClass().add("form-hint");
        navigation.setWrapText(true);
        navigation.setMaxWidth(460);
        VBox content = new VBox(14, grid, navigation);
        content.getStyleClass().add("shortcuts-sheet");

        Dialog<ButtonType> dialog = dialogs.prepare(new Dialog<>(), messages.get("shortcut.title"));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(dialogs.close());
        dialog.getDialogPane().getStyleClass().add("shortcuts-dialog");
        dialog.show();
    }

    /**
     * How the keys read: a key alone by its name (Enter, not the toolkit's arrow sign, which a
     * screen reader would not say), the others as the toolkit writes them (Ctrl+Shift+R).
     */
    static String keysText(KeyCombination keys) {
        if (keys instanceof KeyCodeCombination code && keys.equals(new KeyCodeCombination(code.getCode()))) {
            return code.getCode().getName();
        }
        return keys.getDisplayText();
    }
}
