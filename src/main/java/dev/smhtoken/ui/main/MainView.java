package dev.smhtoken.ui.main;

import dev.smhtoken.ui.common.Fxml;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.common.SecretClipboard;
import dev.smhtoken.ui.edit.LibraryDialog;
import dev.smhtoken.ui.edit.TokenDialog;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The main window's content: binds the view model to the token tree and forwards the user's actions. */
public final class MainView {
    private final MainViewModel model;
    private final ObservableValue<Instant> now;
    private final Messages messages;
    private final SecretClipboard clipboard;
    private final LibraryDialog libraryDialog;
    private final TokenDialog tokenDialog;
    private final Runnable startDemo;
    private final BorderPane root;
    private TreeSync tree;

    @FXML private TreeTableView<TreeEntry> table;
    @FXML private TreeTableColumn<TreeEntry, TreeEntry> nameColumn;
    @FXML private TreeTableColumn<TreeEntry, TreeEntry> libraryIdColumn;
    @FXML private TreeTableColumn<TreeEntry, TreeEntry> tokenColumn;
    @FXML private TreeTableColumn<TreeEntry, TreeEntry> timeLeftColumn;
    @FXML private TreeTableColumn<TreeEntry, TreeEntry> stateColumn;
    @FXML private TreeTableColumn<TreeEntry, TreeEntry> actionsColumn;
    @FXML private VBox startView;
    @FXML private Label demoBadge;
    @FXML private Label statusLabel;
    @FXML private HBox clipboardBox;
    @FXML private Label clipboardLabel;
    @FXML private Button addTokenButton;
    @FXML private Button editButton;
    @FXML private Button removeButton;
    @FXML private Button tryDemoButton;

    public MainView(Fxml fxml, MainViewModel model, ObservableValue<Instant> now, SecretClipboard clipboard,
                    LibraryDialog libraryDialog, TokenDialog tokenDialog, Runnable startDemo) {
        this.model = model;
        this.now = now;
        this.messages = fxml.messages();
        this.clipboard = clipboard;
        this.libraryDialog = libraryDialog;
        this.tokenDialog = tokenDialog;
        this.startDemo = startDemo;
        this.root = fxml.load("main.fxml", this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        tree = new TreeSync(model.libraries());
        table.setRoot(tree.root());
        table.setRowFactory(t -> new TokenRow(now));
        cells(nameColumn, NameCell::new);
        cells(libraryIdColumn, LibraryIdCell::new);
        cells(tokenColumn, n -> new TokenValueCell(n, messages));
        cells(timeLeftColumn, n -> new TimeLeftCell(n, messages));
        cells(stateColumn, n -> new StateCell(n, messages));
        cells(actionsColumn, n -> new ActionsCell(n, messages, model, this::addTokenTo));
        table.getColumns().forEach(c -> c.setSortable(false));
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        startView.visibleProperty().bind(model.loadedProperty().and(Bindings.isEmpty(model.libraries())));
        table.visibleProperty().bind(startView.visibleProperty().not());
        demoBadge.visibleProperty().bind(model.demoProperty());
        tryDemoButton.disableProperty().bind(model.demoProperty());
        statusLabel.textProperty().bind(model.statusProperty());
        var nothingSelected = table.getSelectionModel().selectedItemProperty().isNull();
        addTokenButton.disableProperty().bind(nothingSelected);
        editButton.disableProperty().bind(nothingSelected);
        removeButton.disableProperty().bind(nothingSelected);
        bindClipboardCountdown();
    }

    /** Installs the window's keyboard shortcuts on the scene the view will be shown in. */
    public void installShortcuts(Scene scene) {
        var accelerators = scene.getAccelerators();
        accelerators.put(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN),
                () -> selectedToken().ifPresent(model::copy));
        accelerators.put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN),
                () -> selectedToken().ifPresent(model::renew));
        accelerators.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::onAddLibrary);
        accelerators.put(new KeyCodeCombination(KeyCode.DELETE), this::onRemove);
    }

    @FXML
    private void onAddLibrary() {
        libraryDialog.show(window(), null).ifPresent(library -> {
            model.reload();
            model.setStatus(messages.format("status.addedLibrary", library.name()));
        });
    }

    @FXML
    private void onAddToken() {
        selected().map(TreeEntry::owner).ifPresent(this::addTokenTo);
    }

    @FXML
    private void onEdit() {
        selected().map(TreeEntry::owner).ifPresent(entry -> libraryDialog.show(window(), entry.library())
                .ifPresent(library -> model.reload()));
    }

    @FXML
    private void onRemove() {
        Optional<TreeEntry> selection = selected();
        if (selection.isEmpty()) {
            return;
        }
        TreeEntry entry = selection.get();
        String question = entry instanceof TokenEntry token
                ? messages.format("remove.tokenQuestion", token.ref())
                : messages.format("remove.libraryQuestion", ((LibraryEntry) entry).library().name(),
                        ((LibraryEntry) entry).tokens().size());
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(window());
        confirm.setTitle(messages.get("remove.title"));
        confirm.setHeaderText(null);
        confirm.getDialogPane().getStylesheets().setAll(root.getScene().getStylesheets());
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.OK)).setText(messages.get("main.remove"));
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.OK)).setDefaultButton(false);
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        if (confirm.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
            if (entry instanceof TokenEntry token) {
                model.removeToken(token);
            } else {
                model.removeLibrary((LibraryEntry) entry);
            }
        }
    }

    @FXML
    private void onTryDemo() {
        startDemo.run();
    }

    @FXML
    private void onClearClipboard() {
        clipboard.clearNow();
    }

    private void addTokenTo(LibraryEntry library) {
        tokenDialog.show(window(), library.library()).ifPresent(token -> {
            model.reload();
            model.setStatus(messages.format("status.addedToken", library.libraryId() + "/" + token.label()));
        });
    }

    private void bindClipboardCountdown() {
        var clearsAt = clipboard.clearsAtProperty();
        clipboardBox.visibleProperty().bind(clearsAt.isNotNull());
        clipboardBox.managedProperty().bind(clipboardBox.visibleProperty());
        clipboardLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            Instant deadline = clearsAt.get();
            if (deadline == null) {
                return "";
            }
            long seconds = Math.max(0, Duration.between(now.getValue(), deadline).toSeconds());
            return messages.format("clipboard.clearsIn", seconds);
        }, clearsAt, now));
    }

    private Optional<TreeEntry> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem()).map(TreeItem::getValue);
    }

    private Optional<TokenEntry> selectedToken() {
        return selected().filter(TokenEntry.class::isInstance).map(TokenEntry.class::cast);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void cells(TreeTableColumn<TreeEntry, TreeEntry> column,
                       Function<ObservableValue<Instant>, EntryCell> factory) {
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().getValue()));
        column.setCellFactory(c -> factory.apply(now));
    }

    /** Selects a library's line or a token's line (for the tests and after an add). */
    void select(TreeEntry entry) {
        TreeItem<TreeEntry> item = tree.itemOf(entry);
        if (item != null) {
            table.getSelectionModel().select(item);
        }
    }
}
