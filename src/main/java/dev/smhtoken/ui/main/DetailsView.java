package dev.smhtoken.ui.main;

import dev.smhtoken.ui.common.Fxml;
import dev.smhtoken.ui.common.Messages;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/** The detail pane: shows its view model's lines for the selected token and the token's history. */
final class DetailsView {
    private final DetailsViewModel model;
    private final Messages messages;
    private final Parent root;
    private final ListChangeListener<DetailsViewModel.Line> onLines = change -> showLines();

    @FXML private Label detailEmpty;
    @FXML private GridPane detailGrid;
    @FXML private ListView<String> historyList;

    DetailsView(Fxml fxml, DetailsViewModel model) {
        this.model = model;
        this.messages = fxml.messages();
        this.root = fxml.load("details.fxml", this);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        historyList.setPlaceholder(new Label(messages.get("detail.noHistory")));
        // Long lines wrap instead of hiding behind a horizontal scroll bar.
        historyList.setCellFactory(list -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(20));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        historyList.setItems(model.history());
        model.lines().addListener(onLines);
        showLines();
    }

    /** Stops following the view model, which outlives this view (a new language builds another). */
    void dispose() {
        model.lines().removeListener(onLines);
        historyList.setItems(FXCollections.observableArrayList());
    }

    private void showLines() {
        boolean has = !model.lines().isEmpty();
        detailEmpty.setVisible(!has);
        detailEmpty.setManaged(!has);
        detailGrid.getChildren().clear();
        int row = 0;
        for (DetailsViewModel.Line line : model.lines()) {
            Label name = new Label(line.name());
            name.getStyleClass().add("detail-key");
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label text = new Label(line.value());
            text.setWrapText(true);
            text.getStyleClass().add("detail-value");
            detailGrid.addRow(row++, name, text);
        }
    }
}
