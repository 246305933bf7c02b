package dev.smhtoken.ui.main;

import dev.smhtoken.token.RenewMany;
import dev.smhtoken.ui.common.DialogButtons;
import dev.smhtoken.ui.common.Messages;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ListView;
import javafx.stage.Window;

/** After a renew-many with failures: which tokens failed and why, one line each. */
final class FailureReport {
    private FailureReport() {
    }

    static void show(Window owner, Messages messages, RenewMany.Report report, List<String> stylesheets) {
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
        Alert alert = new Alert(Alert.AlertType.WARNING, null, DialogButtons.close(messages));
        alert.initOwner(owner);
        alert.setTitle(messages.get("report.title"));
        alert.setHeaderText(messages.format("report.header", report.failures().size(), report.total(),
                report.renewed()));
        alert.getDialogPane().setContent(lines);
        alert.getDialogPane().getStyleClass().add("failure-report");
        alert.getDialogPane().getStylesheets().setAll(stylesheets);
        alert.setResizable(true);
        alert.show();
    }
}
