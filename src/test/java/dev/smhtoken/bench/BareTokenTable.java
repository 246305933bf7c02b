package dev.smhtoken.bench;

import atlantafx.base.theme.PrimerLight;
import dev.smhtoken.app.FirstFrameReport;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The floor under the start-up budget: the least a JavaFX window can do to list the tokens the way
 * the app does. A toolbar, then a tree table of libraries grouped as in the benchmark vaults, in six
 * columns of plain text, in the app's theme and size; no vault, no view model, no FXML, no clock.
 * What this costs over the bare window, every window that shows the tokens in a JavaFX table pays.
 */
public final class BareTokenTable extends Application {
    private static final String[] COLUMNS = {"Name", "Token", "Library", "Expires", "Time left", "Auto-renew"};

    @Override
    public void start(Stage stage) {
        int tokens = Integer.parseInt(getParameters().getRaw().get(0));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
        TreeTableView<String[]> table = new TreeTableView<>(libraries(tokens));
        table.setShowRoot(false);
        for (int i = 0; i < COLUMNS.length; i++) {
            int column = i;
            TreeTableColumn<String[], String> tableColumn = new TreeTableColumn<>(COLUMNS[i]);
            tableColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().getValue()[column]));
            tableColumn.setPrefWidth(190);
            table.getColumns().add(tableColumn);
        }
        ToolBar toolbar = new ToolBar(new Button("Add library"), new Button("Add token"), new Button("Renew all"),
                new TextField(), new Button("Lock"), new Button("Settings"));
        Scene scene = new Scene(new BorderPane(table, toolbar, null, new Label("Ready"), null), 1260, 680);
        stage.setScene(scene);
        stage.setTitle("Bare token table");
        FirstFrameReport.installIfRequested(scene, new SimpleBooleanProperty(true));
        stage.show();
    }

    private static TreeItem<String[]> libraries(int tokens) {
        TreeItem<String[]> root = new TreeItem<>();
        TreeItem<String[]> library = null;
        for (int i = 0; i < tokens; i++) {
            if (i % BenchVaults.TOKENS_PER_LIBRARY == 0) {
                String name = "library " + (i / BenchVaults.TOKENS_PER_LIBRARY);
                library = new TreeItem<>(new String[] {name, "", "", "", "", ""});
                library.setExpanded(true);
                root.getChildren().add(library);
            }
            library.getChildren().add(new TreeItem<>(new String[] {
                "token " + i, "a1b2…" + i, library.getValue()[0], "2026-11-27 09:00", "23:59:59", "on"}));
        }
        return root;
    }

    /** A main class apart from the Application, launched like the app's own {@code Main}. */
    public static final class Launcher {
        private Launcher() {
        }

        public static void main(String[] args) {
            Application.launch(BareTokenTable.class, args);
        }
    }
}
