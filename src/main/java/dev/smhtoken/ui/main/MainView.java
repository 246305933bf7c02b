package dev.smhtoken.ui.main;

import dev.smhtoken.token.Settings;
import dev.smhtoken.token.RenewMany;
import javafx.beans.value.ChangeListener;
import dev.smhtoken.ui.common.DialogButtons;
import dev.smhtoken.token.LibrarySecret;
import dev.smhtoken.token.InvalidInputException;
import dev.smhtoken.ui.common.Fxml;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.common.SecretClipboard;
import dev.smhtoken.ui.common.TooltipOnHover;
import dev.smhtoken.ui.edit.LibraryDialog;
import dev.smhtoken.ui.edit.TokenDialog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import atlantafx.base.controls.CustomTextField;
import dev.smhtoken.ui.help.Shortcut;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The main window's content: binds the view model to the token tree and forwards the user's actions. */
public final class MainView {
    private final MainViewModel model;
    private final ObservableValue<Instant> now;
    private final Messages messages;
    private final SecretClipboard clipboard;
    private final LibraryDialog libraryDialog;
    private final TokenDialog tokenDialog;
    private final ViewOptions options;
    private final WindowActions actions;
    private final BorderPane root;
    private TreeSync tree;
    /** Whether the failure report's classes were loaded ahead, on a worker (once is enough). */
    private boolean reportClassesLoaded;

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
    @FXML private Button renewAllButton;
    @FXML private Button renewExpiringButton;
    @FXML private javafx.scene.control.ToggleButton detailsToggle;
    @FXML private HBox clockBanner;
    @FXML private Label clockBannerText;
    @FXML private HBox warningBanner;
    @FXML private Label warningBannerText;
    @FXML private HBox progressBanner;
    @FXML private javafx.scene.control.ProgressBar renewManyBar;
    @FXML private Label renewManyText;
    @FXML private VBox detailPane;
    @FXML private Label detailEmpty;
    @FXML private javafx.scene.layout.GridPane detailGrid;
    @FXML private javafx.scene.control.ListView<String> historyList;
    @FXML private javafx.scene.control.CheckBox autoRenewDefaultBox;
    private TokenDetails details;
    private WarningSentence warningSentence;
    /** Listeners this view puts on the model, removed again in {@link #dispose()}. */
    private final ChangeListener<RenewMany.Report> showReport = (obs, was, report) -> showReport(report);
    private final ChangeListener<Settings> showSettings = (obs, was, settings) -> {
        details.setAutoRenewDefault(settings.autoRenewByDefault());
        autoRenewDefaultBox.setSelected(settings.autoRenewByDefault());
    };
    @FXML private CustomTextField filterField;
    @FXML private ComboBox<TreeOrder> sortChoice;
    @FXML private Label placeholderLabel;
    @FXML private Button lockButton;
    @FXML private Button settingsButton;
    @FXML private Button helpButton;
    @FXML private Button aboutButton;

    public MainView(Fxml fxml, MainViewModel model, ObservableValue<Instant> now, SecretClipboard clipboard,
                    LibraryDialog libraryDialog, TokenDialog tokenDialog, ViewOptions options, WindowActions actions) {
        this.model = model;
        this.now = now;
        this.messages = fxml.messages();
        this.clipboard = clipboard;
        this.libraryDialog = libraryDialog;
        this.tokenDialog = tokenDialog;
        this.options = options;
        this.actions = actions;
        this.root = fxml.load("main.fxml", this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        tree = new TreeSync(model.libraries(), now::getValue, Platform::runLater);
        table.setRoot(tree.root());
        tree.keepSelectionIn(table.getSelectionModel());
        bindFilterAndOrder();
        installToolbarTips();
        table.setRowFactory(t -> new TokenRow(now));
        cells(nameColumn, NameCell::new);
        cells(libraryIdColumn, LibraryIdCell::new);
        RowTips tips = new RowTips(messages);
        cells(tokenColumn, n -> new TokenValueCell(n, messages, tips));
        cells(timeLeftColumn, n -> new TimeLeftCell(n, messages));
        cells(stateColumn, n -> new StateCell(n, messages));
        cells(actionsColumn, n -> new ActionsCell(n, messages, tips, model, this::addTokenTo));
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
        bindBanners();
        bindDetails();
        // A menu is a popup window of its own: made when first asked for, not at start-up.
        table.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            if (table.getContextMenu() == null) {
                table.setContextMenu(new RowMenu(messages, model, this::selectedToken, this::confirmRevoke,
                        this::generateNewToken, now::getValue).menu());
            }
        });
        model.lastReportProperty().addListener(showReport);
        placeholderLabel.textProperty().bind(Bindings.when(model.loadedProperty())
                .then(messages.get("main.noMatch")).otherwise(messages.get("main.loading")));
    }

    private void installToolbarTips() {
        TooltipOnHover.install(filterField, messages.get("main.filterTip"));
        TooltipOnHover.install(sortChoice, messages.get("main.sortBy"));
        TooltipOnHover.install(lockButton, messages.get("shortcut.lock"));
        TooltipOnHover.install(settingsButton, messages.get("main.settingsTip"));
        TooltipOnHover.install(helpButton, messages.get("main.helpTip"));
        TooltipOnHover.install(aboutButton, messages.get("main.about"));
    }

    private void showReport(RenewMany.Report report) {
        if (report != null) {
            FailureReport.show(window(), messages, report, root.getScene().getStylesheets());
        }
    }

    private void bindBanners() {
        show(clockBanner, model.clockWarningProperty().isNotNull());
        clockBannerText.textProperty().bind(model.clockWarningProperty());
        show(warningBanner, Bindings.createBooleanBinding(() -> !model.warningsProperty().get().isEmpty(),
                model.warningsProperty()));
        warningSentence = new WarningSentence(model.warningsProperty(), now, messages);
        warningBannerText.textProperty().bind(warningSentence.textProperty());
        var running = model.renewManyRunProperty().isNotNull();
        // Rows stay put while many tokens are renewed, and are sorted once at the end.
        tree.holdOrder(running.get());
        running.addListener((obs, was, now) -> tree.holdOrder(now));
        show(progressBanner, running);
        renewManyText.textProperty().bind(model.renewManyProgressProperty());
        renewManyBar.progressProperty().bind(Bindings.createDoubleBinding(() -> {
            var run = model.renewManyRunProperty().get();
            return run == null || run.total() == 0 ? 0 : (double) run.completed() / run.total();
        }, model.renewManyProgressProperty(), model.renewManyRunProperty()));
        renewAllButton.disableProperty().bind(running.or(model.loadedProperty().not()));
        renewExpiringButton.disableProperty().bind(running.or(model.loadedProperty().not()));
    }

    private void bindDetails() {
        details = new TokenDetails(messages, detailGrid, historyList, detailEmpty);
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, item) ->
                details.show(item == null ? null : item.getValue()));
        model.settingsProperty().addListener(showSettings);
        autoRenewDefaultBox.selectedProperty().addListener((obs, was, on) -> model.setAutoRenewByDefault(on));
        show(detailPane, detailsToggle.selectedProperty().and(table.visibleProperty()));
    }

    private static void show(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue visible) {
        node.visibleProperty().bind(visible);
        node.managedProperty().bind(node.visibleProperty());
    }

    /**
     * Replaces the dead token with one generated the same way: at once with the secret its library
     * remembers, else after asking for the library secret.
     */
    private void generateNewToken(TokenEntry token) {
        if (token.owner().library().remembersSecret()) {
            model.replace(token, null);
        } else {
            askSecretForNewToken(token);
        }
    }

    private void askSecretForNewToken(TokenEntry token) {
        PasswordField secret = new PasswordField();
        secret.setId("replaceSecretField");
        Label explanation = new Label(messages.format("replace.text", token.ref()));
        explanation.setWrapText(true);
        explanation.setMaxWidth(420);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(window());
        dialog.setTitle(messages.get("action.generateNew"));
        dialog.getDialogPane().setContent(new VBox(10, explanation, new Label(messages.get("token.secret")), secret));
        ButtonType ok = DialogButtons.ok(messages);
        dialog.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel(messages));
        dialog.getDialogPane().getStylesheets().setAll(root.getScene().getStylesheets());
        dialog.setOnShown(e -> secret.requestFocus());
        boolean confirmed = dialog.showAndWait().filter(ok::equals).isPresent();
        char[] chars = secret.getText().toCharArray();
        secret.clear();
        if (!confirmed) {
            return;
        }
        try {
            model.replace(token, LibrarySecret.wrap(chars));
        } catch (InvalidInputException e) {
            model.setStatus(messages.sentence(e.userText()));
        }
    }

    private void confirmRevoke(TokenEntry token) {
        if (confirm(messages.get("revoke.title"), messages.format("revoke.question", token.ref()),
                messages.get("action.revoke"))) {
            model.revoke(token);
        }
    }

    /**
     * Asks before something that cannot be undone. The action's button is named for it, and Cancel
     * is the default, so Enter alone changes nothing.
     */
    private boolean confirm(String title, String question, String actionText) {
        ButtonType action = DialogButtons.action(actionText);
        ButtonType cancel = DialogButtons.cancel(messages);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, question, action, cancel);
        confirm.initOwner(window());
        confirm.setTitle(title);
        confirm.setHeaderText(null);
        confirm.getDialogPane().getStylesheets().setAll(root.getScene().getStylesheets());
        ((Button) confirm.getDialogPane().lookupButton(action)).setDefaultButton(false);
        ((Button) confirm.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return confirm.showAndWait().filter(action::equals).isPresent();
    }

    @FXML
    private void onRenewAll() {
        renewMany(dev.smhtoken.token.RenewMany.Scope.ALL);
    }

    @FXML
    private void onRenewExpiring() {
        renewMany(dev.smhtoken.token.RenewMany.Scope.EXPIRING);
    }

    /** Starts a renew-many; the first one also has the failure report's classes loaded on a worker meanwhile. */
    private void renewMany(dev.smhtoken.token.RenewMany.Scope scope) {
        if (!reportClassesLoaded) {
            reportClassesLoaded = true;
            model.perform(() -> {
                FailureReport.loadClassesAhead();
                return null;
            }, done -> { }, failure -> { });
        }
        model.renewMany(scope);
    }

    @FXML
    private void onCancelRenewMany() {
        model.cancelRenewMany();
    }

    @FXML
    private void onRenewWarned() {
        model.renewWarned();
    }

    @FXML
    private void onDismissWarnings() {
        model.dismissWarnings();
    }

    private void bindFilterAndOrder() {
        filterField.setText(options.filterProperty().get());
        filterField.textProperty().addListener((obs, old, text) -> {
            options.filterProperty().set(text);
            tree.setFilter(text);
        });
        tree.setFilter(filterField.getText());
        filterField.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                clearFilter();
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.ENTER) {
                focusTable();
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
        sortChoice.setValue(options.orderProperty().get());
        sortChoice.valueProperty().addListener((obs, old, order) -> {
            options.orderProperty().set(order);
            tree.setOrder(order);
        });
        tree.setOrder(sortChoice.getValue());
        sortChoice.setAccessibleText(messages.get("main.sortBy"));
    }

    /**
     * The window's shortcuts for what this view does; the composition root installs them with its
     * own and the shortcuts sheet lists them.
     */
    public List<Shortcut> shortcuts() {
        return List.of(
                new Shortcut(shortcut(KeyCode.F), "shortcut.filter", this::focusFilter),
                new Shortcut(new KeyCodeCombination(KeyCode.ESCAPE), "shortcut.clearFilter", this::clearFilter),
                new Shortcut(shortcut(KeyCode.N), "shortcut.addLibrary", this::onAddLibrary),
                new Shortcut(shortcut(KeyCode.T), "shortcut.addToken", this::onAddToken),
                new Shortcut(shortcut(KeyCode.E), "shortcut.editLibrary", this::onEdit),
                new Shortcut(new KeyCodeCombination(KeyCode.DELETE), "shortcut.remove", this::onRemove),
                new Shortcut(shortcut(KeyCode.C), "shortcut.copy", () -> selectedToken().ifPresent(model::copy)),
                new Shortcut(shortcut(KeyCode.R), "shortcut.renew", () -> selectedToken().ifPresent(model::renew)),
                new Shortcut(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        "shortcut.renewExpiring", this::onRenewExpiring),
                new Shortcut(shortcut(KeyCode.G), "shortcut.generateNew", () -> selectedToken()
                        .filter(t -> RowMenu.wantsNewToken(t, now.getValue())).ifPresent(this::generateNewToken)),
                new Shortcut(shortcut(KeyCode.H), "shortcut.reveal", () -> selectedToken()
                        .ifPresent(t -> t.revealedProperty().set(!t.revealedProperty().get()))),
                new Shortcut(new KeyCodeCombination(KeyCode.X, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        "shortcut.clearClipboard", this::onClearClipboard));
    }

    /** The entry on the selected line, if any (kept when the content is rebuilt). */
    public Optional<TreeEntry> selectedEntry() {
        return selected();
    }

    /** Stops following the view model before the content is replaced, so nothing keeps it alive. */
    public void dispose() {
        // The model outlives this view (a new language builds a new one): it must stop calling it.
        model.lastReportProperty().removeListener(showReport);
        model.settingsProperty().removeListener(showSettings);
        tree.dispose();
        table.setRoot(null);
        root.applyCss();
        root.layout();
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private void focusFilter() {
        filterField.requestFocus();
        filterField.selectAll();
    }

    private void clearFilter() {
        if (!filterField.getText().isEmpty()) {
            filterField.clear();
        }
        focusTable();
    }

    private void focusTable() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && table.getExpandedItemCount() > 0) {
            table.getSelectionModel().select(0);
        }
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
        if (confirm(messages.get("remove.title"), question, messages.get("main.remove"))) {
            if (entry instanceof TokenEntry token) {
                model.removeToken(token);
            } else {
                model.removeLibrary((LibraryEntry) entry);
            }
        }
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

    /** Selects a library's line or a token's line (after an add, and when the content is rebuilt). */
    public void select(TreeEntry entry) {
        TreeItem<TreeEntry> item = tree.itemOf(entry);
        if (item != null) {
            table.getSelectionModel().select(item);
        }
    }
}
