package dev.smhtoken.ui.main;

import atlantafx.base.controls.CustomTextField;
import dev.smhtoken.token.RenewMany;
import dev.smhtoken.ui.common.DialogService;
import dev.smhtoken.ui.common.Fxml;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.common.TaskExecutor;
import dev.smhtoken.ui.common.TooltipOnHover;
import dev.smhtoken.ui.common.Visible;
import dev.smhtoken.ui.edit.LibraryDialog;
import dev.smhtoken.ui.edit.TokenDialog;
import dev.smhtoken.ui.help.Shortcut;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The main window's content: the toolbar, and the parts laid out around it (warnings and
 * renew-many above the token list, the details beside it, the status bar below), each a view of
 * its own over its own view model. Forwards the toolbar's actions; the dialogs they open over the
 * rows are {@link RowDialogs}'.
 */
public final class MainView {
    private final MainViewModel model;
    private final ObservableValue<Instant> now;
    private final Messages messages;
    private final RowDialogs rowDialogs;
    private final WindowActions actions;
    private final BorderPane root;
    private TokenListView list;
    private RenewManyView renewMany;
    private DetailsView details;
    private StatusBarView statusBar;

    @FXML private VBox top;
    @FXML private StackPane center;
    @FXML private VBox startView;
    @FXML private Label demoBadge;
    @FXML private Button addTokenButton;
    @FXML private Button editButton;
    @FXML private Button removeButton;
    @FXML private Button tryDemoButton;
    @FXML private Button renewAllButton;
    @FXML private Button renewExpiringButton;
    @FXML private ToggleButton detailsToggle;
    @FXML private CustomTextField filterField;
    @FXML private ComboBox<TreeOrder> sortChoice;
    @FXML private Button lockButton;
    @FXML private Button settingsButton;
    @FXML private Button helpButton;
    @FXML private Button aboutButton;

    public MainView(Fxml fxml, MainViewModel model, ObservableValue<Instant> now, TaskExecutor tasks,
                    DialogService dialogs, LibraryDialog libraryDialog, TokenDialog tokenDialog, WindowActions actions) {
        this.model = model;
        this.now = now;
        this.messages = fxml.messages();
        this.rowDialogs = new RowDialogs(model, dialogs, libraryDialog, tokenDialog);
        this.actions = actions;
        this.root = fxml.load("main.fxml", this);
        // The parts, each loaded from its own file with the same texts.
        WarningsView warnings = new WarningsView(fxml, model.warnings(), now);
        renewMany = new RenewManyView(fxml, model.renewMany(), dialogs, tasks);
        list = new TokenListView(fxml, model.list(), model.actions(), model.settingsProperty(), now,
                tasks::onUiThread, model.renewMany().running(),
                rowDialogs.requests());
        details = new DetailsView(fxml, model.details());
        statusBar = new StatusBarView(fxml, model.status(), model.settingsProperty());
        // The banners keep their room while the pointer rests on the list, so no row moves under it.
        top.getChildren().add(new BannerRoom(new VBox(warnings.root(), renewMany.root()), list.pointerHeld()));
        center.getChildren().add(0, list.root());
        // Copy fresh asks through this view's dialogs; a double click on a token's line is copy fresh.
        model.actions().askWith(new NewTokenDialogs(dialogs));
        CopyFreshGestures.install(list.root(), list::selectedToken, model.actions()::copyFresh);
        root.setRight(details.root());
        root.setBottom(statusBar.root());
        layOut();
    }

    public Parent root() {
        return root;
    }

    private void layOut() {
        TokenListViewModel rows = model.list();
        startView.visibleProperty().bind(rows.loadedProperty().and(Bindings.isEmpty(rows.libraries())));
        list.root().visibleProperty().bind(startView.visibleProperty().not());
        demoBadge.visibleProperty().bind(model.demoProperty());
        tryDemoButton.disableProperty().bind(model.demoProperty());
        var nothingSelected = list.selectedItemProperty().isNull();
        addTokenButton.disableProperty().bind(nothingSelected);
        editButton.disableProperty().bind(nothingSelected);
        removeButton.disableProperty().bind(nothingSelected);
        var running = model.renewMany().running();
        renewAllButton.disableProperty().bind(running.or(rows.loadedProperty().not()));
        renewExpiringButton.disableProperty().bind(running.or(rows.loadedProperty().not()));
        model.details().selectedProperty().bind(Bindings.createObjectBinding(() -> {
            var item = list.selectedItemProperty().get();
            return item == null ? null : item.getValue();
        }, list.selectedItemProperty()));
        Visible.when(details.root(), detailsToggle.selectedProperty().and(list.root().visibleProperty()));
        bindFilterAndOrder(rows);
        TooltipOnHover.install(filterField, messages.get("main.filterTip"));
        TooltipOnHover.install(sortChoice, messages.get("main.sortBy"));
        TooltipOnHover.install(lockButton, messages.get("shortcut.lock"));
        TooltipOnHover.install(settingsButton, messages.get("main.settingsTip"));
        TooltipOnHover.install(helpButton, messages.get("main.helpTip"));
        TooltipOnHover.install(aboutButton, messages.get("main.about"));
    }

    private void bindFilterAndOrder(TokenListViewModel rows) {
        filterField.textProperty().bindBidirectional(rows.filterProperty());
        filterField.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                clearFilter();
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.ENTER) {
                list.focus();
                event.consume();
            }
        });
        sortChoice.getItems().setAll(TreeOrder.values());
        sortChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(TreeOrder order) {
                return order == null ? "" : messages.get(order.messageKey());
            }

            @Override
            public TreeOrder fromString(String text) {
                return null;
            }
        });
        sortChoice.valueProperty().bindBidirectional(rows.orderProperty());
        sortChoice.setAccessibleText(messages.get("main.sortBy"));
    }

    /**
     * The window's shortcuts for what this view does; the shell installs them with its own and the
     * shortcuts sheet lists them.
     */
    public List<Shortcut> shortcuts() {
        RowActions rows = model.actions();
        return List.of(
                Shortcut.ctrl(KeyCode.F, "shortcut.filter", this::focusFilter),
                Shortcut.key(KeyCode.ESCAPE, "shortcut.clearFilter", this::clearFilter),
                Shortcut.ctrl(KeyCode.N, "shortcut.addLibrary", this::onAddLibrary),
                Shortcut.ctrl(KeyCode.T, "shortcut.addToken", this::onAddToken),
                Shortcut.ctrl(KeyCode.E, "shortcut.editLibrary", this::onEdit),
                Shortcut.key(KeyCode.DELETE, "shortcut.remove", this::onRemove),
                // Enter is the list's (CopyFreshGestures handles it there first); elsewhere it stays theirs.
                Shortcut.key(KeyCode.ENTER, "shortcut.copyFresh", () -> {
                    if (list.root().isFocused()) {
                        list.selectedToken().ifPresent(rows::copyFresh);
                    }
                }),
                Shortcut.ctrl(KeyCode.C, "shortcut.copy", () -> list.selectedToken().ifPresent(rows::copy)),
                Shortcut.ctrl(KeyCode.R, "shortcut.renew", () -> list.selectedToken().ifPresent(rows::renew)),
                Shortcut.ctrlShift(KeyCode.R, "shortcut.renewExpiring", this::onRenewExpiring),
                Shortcut.ctrl(KeyCode.G, "shortcut.generateNew", () -> list.selectedToken()
                        .filter(t -> RowMenu.wantsNewToken(t, now.getValue())).ifPresent(rowDialogs::generateNewToken)),
                Shortcut.ctrl(KeyCode.H, "shortcut.reveal", () -> list.selectedToken()
                        .ifPresent(t -> t.revealedProperty().set(!t.revealedProperty().get()))),
                Shortcut.ctrlShift(KeyCode.X, "shortcut.clearClipboard", () -> model.status().clearClipboard()));
    }

    /** Lays {@code node} over the token list, covering the rows without moving them (the finder). */
    public void overlay(Node node) {
        center.getChildren().add(node);
    }

    /** Gives the keyboard back to the list, onto {@code entry}'s line when there is one. */
    public void focusList(Optional<? extends TreeEntry> entry) {
        entry.ifPresent(list::select);
        list.focus();
    }

    /** The entry on the selected line, if any (kept when the content is rebuilt). */
    public Optional<TreeEntry> selectedEntry() {
        return list.selected();
    }

    /** Selects a library's line or a token's line (after an add, and when the content is rebuilt). */
    public void select(TreeEntry entry) {
        list.select(entry);
    }

    /** Stops following the view models before the content is replaced, so nothing keeps this view alive. */
    public void dispose() {
        // The models outlive this view (a new language builds a new one): they must stop calling it.
        filterField.textProperty().unbindBidirectional(model.list().filterProperty());
        sortChoice.valueProperty().unbindBidirectional(model.list().orderProperty());
        model.details().selectedProperty().unbind();
        list.dispose();
        renewMany.dispose();
        details.dispose();
        statusBar.dispose();
        root.applyCss();
        root.layout();
    }

    @FXML
    private void onRenewAll() {
        renewMany.start(RenewMany.Scope.ALL);
    }

    @FXML
    private void onRenewExpiring() {
        renewMany.start(RenewMany.Scope.EXPIRING);
    }

    /** Puts the keyboard in the filter field, its text selected (Ctrl+F). */
    private void focusFilter() {
        filterField.requestFocus();
        filterField.selectAll();
    }

    private void clearFilter() {
        if (!filterField.getText().isEmpty()) {
            filterField.clear();
        }
        list.focus();
    }

    @FXML
    private void onAddLibrary() {
        rowDialogs.addLibrary();
    }

    @FXML
    private void onAddToken() {
        list.selected().map(TreeEntry::owner).ifPresent(rowDialogs::addTokenTo);
    }

    @FXML
    private void onEdit() {
        list.selected().map(TreeEntry::owner).ifPresent(rowDialogs::editLibrary);
    }

    @FXML
    private void onRemove() {
        list.selected().ifPresent(rowDialogs::remove);
    }

    @FXML
    private void onTryDemo() {
        actions.startDemo().run();
    }

    @FXML
    private void onSettings() {
        actions.openSettings().run();
    }

    @FXML
    private void onHelp() {
        actions.openHelp().run();
    }

    @FXML
    private void onLock() {
        actions.lock().run();
    }

    @FXML
    private void onAbout() {
        actions.openAbout().run();
    }
}
