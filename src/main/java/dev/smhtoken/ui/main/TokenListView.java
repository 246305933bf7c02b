package dev.smhtoken.ui.main;

import dev.smhtoken.token.Settings;
import dev.smhtoken.ui.common.Fxml;
import dev.smhtoken.ui.common.Messages;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.ContextMenuEvent;

/**
 * The token list: the tree of libraries and tokens, its cells, its context menu, and the filter and
 * order of its view model applied to it. Nothing moves under the pointer or the keyboard: the rows
 * stay put while the pointer rests on the list or {@code holdOrder} is true (a renew-many), and are
 * sorted once when both end; when rows do move, the selection stays on its token and that token's
 * row stays at its place in the viewport.
 */
final class TokenListView {
    private final TokenListViewModel model;
    private final RowActions actions;
    private final ObservableValue<Settings> settings;
    private final ObservableValue<Instant> now;
    private final Consumer<Runnable> later;
    private final ObservableBooleanValue holdOrder;
    private final RowRequests requests;
    private final Messages messages;
    private final ChangeListener<String> onFilter = (obs, was, text) -> tree().setFilter(text);
    private final ChangeListener<TreeOrder> onOrder = (obs, was, order) -> tree().setOrder(order);
    private final ChangeListener<Boolean> onHold = (obs, was, hold) -> tree().holdOrder(hold);
    private TreeSync tree;
    private HoldWhilePointedAt pointer;
    /** Held here: the listener on it lives as long as this view. */
    private ObservableBooleanValue rowsHeld;

    @FXML private TreeTableView<TreeEntry> table;
    @FXML private TreeTableColumn<TreeEntry, TreeEntry> nameColumn;
    @FXML private TreeTableColumn<TreeEntry, TreeEntry> libraryIdColumn;
    @FXML private TreeTableColumn<TreeEntry, TreeEntry> tokenColumn;
    @FXML private TreeTableColumn<TreeEntry, TreeEntry> timeLeftColumn;
    @FXML private TreeTableColumn<TreeEntry, TreeEntry> stateColumn;
    @FXML private TreeTableColumn<TreeEntry, TreeEntry> actionsColumn;
    @FXML private Label placeholderLabel;

    /** @param later runs a task after the current event, so that a burst of changes is sorted once */
    TokenListView(Fxml fxml, TokenListViewModel model, RowActions actions, ObservableValue<Settings> settings,
                  ObservableValue<Instant> now, Consumer<Runnable> later, ObservableBooleanValue holdOrder,
                  RowRequests requests) {
        this.model = model;
        this.actions = actions;
        this.settings = settings;
        this.now = now;
        this.later = later;
        this.holdOrder = holdOrder;
        this.requests = requests;
        this.messages = fxml.messages();
        fxml.load("token-list.fxml", this);
    }

    TreeTableView<TreeEntry> root() {
        return table;
    }

    @FXML
    private void initialize() {
        tree = new TreeSync(model.libraries(), now::getValue, later);
        table.setRoot(tree.root());
        tree.keepSelectionIn(table.getSelectionModel());
        tree.moveRowsWith(new SelectedRowPlace(table)::keepAround);
        tree.setOrder(model.orderProperty().get());
        tree.setFilter(model.filterProperty().get());
        // Rows stay put under the pointer and while many tokens are renewed, and are sorted once at the end.
        pointer = new HoldWhilePointedAt(table);
        rowsHeld = Bindings.or(holdOrder, pointer.held());
        tree.holdOrder(rowsHeld.get());
        model.filterProperty().addListener(onFilter);
        model.orderProperty().addListener(onOrder);
        rowsHeld.addListener(onHold);
        table.setRowFactory(t -> new TokenRow(now));
        cells(nameColumn, NameCell::new);
        cells(libraryIdColumn, LibraryIdCell::new);
        RowTips tips = new RowTips(messages);
        cells(tokenColumn, n -> new TokenValueCell(n, messages, tips));
        cells(timeLeftColumn, n -> new TimeLeftCell(n, messages));
        cells(stateColumn, n -> new StateCell(n, messages));
        cells(actionsColumn, n -> new ActionsCell(n, messages, tips, actions, requests.addTokenTo()));
        table.getColumns().forEach(c -> c.setSortable(false));
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // A menu is a popup window of its own: made when first asked for, not at start-up.
        table.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            if (table.getContextMenu() == null) {
                table.setContextMenu(new RowMenu(messages, actions, settings::getValue, this::selectedToken,
                        requests, now::getValue).menu());
            }
        });
        placeholderLabel.textProperty().bind(Bindings.when(model.loadedProperty())
                .then(messages.get("main.noMatch")).otherwise(messages.get("main.loading")));
    }

    /** True while the pointer rests on the list: what is around it (the banners) holds still too. */
    ObservableBooleanValue pointerHeld() {
        return pointer.held();
    }

    /** The line selected, as the tree shows it. */
    ReadOnlyObjectProperty<TreeItem<TreeEntry>> selectedItemProperty() {
        return table.getSelectionModel().selectedItemProperty();
    }

    /** The entry on the selected line, if any. */
    Optional<TreeEntry> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem()).map(TreeItem::getValue);
    }

    /** The token on the selected line; none on a line greyed out because its token was removed. */
    Optional<TokenEntry> selectedToken() {
        return selected().filter(TokenEntry.class::isInstance).map(TokenEntry.class::cast)
                .filter(token -> !token.goneProperty().get());
    }

    /** Selects a library's line or a token's line (after an add, and when the content is rebuilt). */
    void select(TreeEntry entry) {
        TreeItem<TreeEntry> item = tree.itemOf(entry);
        if (item != null) {
            table.getSelectionModel().select(item);
        }
    }

    /** Moves the keyboard into the list, on the first line when none is selected. */
    void focus() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && table.getExpandedItemCount() > 0) {
            table.getSelectionModel().select(0);
        }
    }

    /** Stops following the view model before the content is replaced, so nothing keeps this view alive. */
    void dispose() {
        model.filterProperty().removeListener(onFilter);
        model.orderProperty().removeListener(onOrder);
        rowsHeld.removeListener(onHold);
        tree.dispose();
        table.setRoot(null);
    }

    private TreeSync tree() {
        return tree;
    }

    private void cells(TreeTableColumn<TreeEntry, TreeEntry> column,
                       Function<ObservableValue<Instant>, EntryCell> factory) {
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().getValue()));
        column.setCellFactory(c -> factory.apply(now));
    }
}
