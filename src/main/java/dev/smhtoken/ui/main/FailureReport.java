package dev.smhtoken.ui.main;

import dev.smhtoken.token.RenewMany;
import dev.smhtoken.ui.common.DialogService;
import dev.smhtoken.ui.common.Messages;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ListView;

/** After a renew-many with failures: which tokens failed and why, one line each. */
final class FailureReport {
    /**
     * What the first report would otherwise load on the FX thread, at the end of a renew-many while
     * rows still update: the dialog, its button bar and the converters that scale its icon (about
     * 110 classes, found with a class-load recording of the renew-all window test). Opening the first
     * report is the most FX work of that run; loading these ahead took its pulse from about 240 ms
     * of FX-thread CPU time to about 130 (typical runs on a loaded 2-core machine).
     */
    private static final List<String> FIRST_SHOW_CLASSES = List.of(
            "javafx.scene.control.Alert", "javafx.scene.control.Alert$AlertType", "javafx.scene.control.HeavyweightDialog",
            "javafx.scene.control.DialogPane", "javafx.scene.control.DialogPane$StyleableProperties",
            "javafx.scene.control.ButtonBar", "javafx.scene.control.ButtonType", "javafx.scene.control.skin.ButtonBarSkin",
            "javafx.scene.layout.ColumnConstraints", "javafx.stage.Modality", "javafx.beans.binding.Bindings",
            "com.sun.javafx.binding.ContentBinding", "javafx.scene.image.ImageView",
            "javafx.scene.image.ImageView$StyleableProperties", "com.sun.javafx.image.impl.ByteBgra$ToIntArgbSameConv",
            "com.sun.javafx.iio.common.SmoothMinifier", "com.sun.javafx.tk.quantum.PixelUtils");

    private FailureReport() {
    }

    /**
     * Loads and initialises the classes the first report needs, on the calling thread: call it on a
     * worker when a renew-many starts. Class loading is thread-safe and a class is loaded once, so
     * this only moves work off the FX thread; a name another JavaFX version lacks is skipped.
     */
    static void loadClassesAhead() {
        ClassLoader loader = FailureReport.class.getClassLoader();
        for (String name : FIRST_SHOW_CLASSES) {
            try {
                Class.forName(name, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // The report then loads it itself, as it would without this.
            }
        }
    }

    static void show(DialogService dialogs, RenewMany.Report report) {
        Messages messages = dialogs.messages();
        ListView<String> lines = new ListView<>();
        lines.getStyleClass().add("report-list");
        report.failures().forEach(f -> lines.getItems().add(f.ref() + " — " + messages.sentence(f.reason())));
        lines.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        Alert alert = dialogs.prepare(new Alert(Alert.AlertType.WARNING, null, dialogs.close()),
                messages.get("report.title"));
        alert.setHeaderText(messages.format("report.header", report.failures().size(), report.total(),
                report.renewed()));
        alert.getDialogPane().setContent(lines);
        alert.getDialogPane().getStyleClass().add("failure-report");
        alert.setResizable(true);
        alert.show();
    }
}
