package dev.smhtoken.ui;

import static dev.smhtoken.testing.FxTesting.closeWindow;
import static dev.smhtoken.testing.FxTesting.onFx;
import static dev.smhtoken.testing.FxTesting.text;
import static dev.smhtoken.testing.FxTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.app.AppRoot;
import dev.smhtoken.app.DesktopIntegration;
import dev.smhtoken.emulator.SmhEmulator;
import dev.smhtoken.desktop.AppCommand;
import dev.smhtoken.desktop.UserFolders;
import dev.smhtoken.desktop.XdgAutostartEntry;
import dev.smhtoken.smh.SmhClientSettings;
import dev.smhtoken.testing.MutableClock;
import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.Settings;
import dev.smhtoken.token.Token;
import dev.smhtoken.ui.main.LibraryEntry;
import dev.smhtoken.ui.main.TokenEntry;
import dev.smhtoken.ui.main.TreeEntry;
import dev.smhtoken.ui.main.TreeOrder;
import dev.smhtoken.ui.settings.LanguageChoice;
import dev.smhtoken.ui.settings.ThemeChoice;
import dev.smhtoken.testing.TestKdf;
import dev.smhtoken.token.VaultGate;
import dev.smhtoken.token.VaultStore;
import dev.smhtoken.vault.ProcessKeychain;
import dev.smhtoken.vault.VaultOpenerGate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desktop features of the main window, driven from the keyboard and mouse: filter, order,
 * shortcuts, settings, and switching theme and language while it runs.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopFeaturesTest {
    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);

    @TempDir
    Path dataDir;
    private final MutableClock clock = new MutableClock(START);
    private final ProcessKeychain keychain = new ProcessKeychain();
    private SmhEmulator emulator;
    private AppRoot app;
    private Stage stage;

    @BeforeEach
    void start() {
        emulator = SmhEmulator.start(clock);
    }

    @AfterEach
    void closeEverything() throws Exception {
        closeOpenDialogs();
        if (app != null) {
            closeApp();
        }
        emulator.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void theFilterShowsMatchingLibrariesAndTokensAndEscClearsIt(FxRobot robot) throws Exception {
        seed(library("smhphotos", "Product photos", token("web", Duration.ofHours(3)), token("print", Duration.ofHours(5))),
                library("smharchive", "Archive", token("default", Duration.ofHours(1))));
        openApp();
        assertEquals(List.of("Archive", "default", "Product photos", "web", "print"), shownRows(robot));

        press(robot, KeyCode.CONTROL, KeyCode.F);
        assertTrue(robot.lookup("#filterField").query().isFocused(), "Ctrl+F focuses the filter");
        robot.write("PRINT");
        waitUntil(() -> List.of("Product photos", "print").equals(shownRows(robot)));

        robot.eraseText(5).write("archive"); // the library matches: all its tokens show
        waitUntil(() -> List.of("Archive", "default").equals(shownRows(robot)));

        robot.eraseText(7).write("smhphotos"); // by LibraryId
        waitUntil(() -> List.of("Product photos", "web", "print").equals(shownRows(robot)));

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> shownRows(robot).size() == 5);
        assertEquals("", robot.lookup("#filterField").queryAs(TextField.class).getText());
    }

    @Test
    void timeLeftPutsExpiredFirstAndUnknownLastAndNameOrdersAlphabetically(FxRobot robot) throws Exception {
        String pasted = emulator.issueToken("smhone", DAY, START.plus(Duration.ofHours(9)));
        seed(library("smhone", "Beta", token("later", Duration.ofHours(8)), Token.pasted("pasted", AccessToken.of(pasted)),
                        token("gone", Duration.ofHours(-1))),
                library("smhtwo", "Alpha", token("soon", Duration.ofMinutes(20))));
        openApp();

        assertEquals(List.of("Beta", "gone", "later", "pasted", "Alpha", "soon"), shownRows(robot));

        choose(robot, "#sortChoice", TreeOrder.NAME);
        waitUntil(() -> List.of("Alpha", "soon", "Beta", "gone", "later", "pasted").equals(shownRows(robot)));

        choose(robot, "#sortChoice", TreeOrder.STATE);
        // expired, then expiring, valid, unknown; libraries follow their most urgent token
        waitUntil(() -> List.of("Beta", "gone", "later", "pasted", "Alpha", "soon").equals(shownRows(robot)));
    }

    @Test
    void shortcutsOpenTheSheetTheSettingsAndTheAddDialog(FxRobot robot) throws Exception {
        seed(library("smhone", "Photos", token("default", Duration.ofHours(3))));
        openApp();

        robot.type(KeyCode.F1);
        DialogPane sheet = waitForDialog(robot, "Keyboard shortcuts");
        for (String action : List.of("Find a token and copy it (typing a letter on the list does too)",
                "Filter the list", "Add a library", "Copy the selected token",
                "Renew the selected token", "Open the settings", "Show these shortcuts")) {
            assertTrue(robot.from(sheet).lookup((Labeled l) -> action.equals(l.getText())).tryQuery().isPresent(), action);
        }
        closeDialog(robot, sheet, ButtonData.CANCEL_CLOSE);

        press(robot, KeyCode.CONTROL, KeyCode.COMMA);
        closeDialog(robot, waitForDialog(robot, "Settings"), ButtonData.CANCEL_CLOSE);

        press(robot, KeyCode.CONTROL, KeyCode.N);
        closeDialog(robot, waitForDialog(robot, "Add library"), ButtonData.CANCEL_CLOSE);
    }

    @Test
    void startAtLoginInTheSettingsWritesTheLoginEntryAndUntickingRemovesIt(FxRobot robot) throws Exception {
        seed(library("smhone", "Photos", token("default", Duration.ofHours(3))));
        UserFolders home = UserFolders.of(Map.of(), Files.createDirectories(dataDir.resolve("home")));
        Path entry = home.xdgAutostart().resolve("smh-token-manager.desktop");
        AppCommand launcher = new AppCommand(List.of("/opt/smh-token-manager/bin/smh-token-manager"), null);
        DesktopIntegration none = DesktopIntegration.none();
        openApp(new DesktopIntegration(null, none.openLink(), none.colorScheme(),
                () -> new XdgAutostartEntry(home, launcher)));

        for (boolean wanted : List.of(true, false)) {
            press(robot, KeyCode.CONTROL, KeyCode.COMMA);
            DialogPane settings = waitForDialog(robot, "Settings");
            CheckBox box = robot.from(settings).lookup("#startAtLoginCheck").queryAs(CheckBox.class);
            waitUntil(() -> !box.isDisabled()); // read on a worker
            assertEquals(!wanted, box.isSelected(), "the box shows whether the entry is there");
            robot.clickOn(box);
            closeDialog(robot, settings, ButtonData.OK_DONE);
            assertEquals(wanted, Files.isRegularFile(entry), "after saving with the box " + (wanted ? "ticked" : "unticked"));
        }
        assertTrue(Files.notExists(entry));
    }

    @Test
    void settingsAreValidatedSavedAppliedLiveAndLoadedAfterARestart(FxRobot robot) throws Exception {
        seed(library("smhone", "Photos", token("default", Duration.ofHours(3))));
        openApp();
        assertEquals("Add library", buttonText(robot, "#addLibraryButton"));
        assertFalse(app.appearance().darkProperty().get());

        press(robot, KeyCode.CONTROL, KeyCode.COMMA);
        DialogPane settings = waitForDialog(robot, "Settings");
        robot.clickOn("#clipboardTimeoutField").eraseText(2).write("2");
        clickButton(robot, settings, ButtonData.OK_DONE);
        waitUntil(() -> robot.lookup(".form-error").queryLabeled().isVisible());
        assertEquals("The clipboard timeout must be between 5 seconds and 10 minutes.",
                robot.lookup(".form-error").queryLabeled().getText());
        assertEquals(Settings.DEFAULTS, store().load().settings(), "nothing is saved while the input is wrong");

        robot.clickOn("#clipboardTimeoutField").eraseText(1).write("45");
        robot.clickOn("#lockAfterIdleField").eraseText(1).write("10");
        robot.clickOn("#autoRenewCheck");
        choose(robot, "#themeChoice", ThemeChoice.DARK);
        choose(robot, "#languageChoice", LanguageChoice.CHINESE);
        clickButton(robot, settings, ButtonData.OK_DONE);

        waitUntilExplained(() -> "添加媒体库".equals(buttonText(robot, "#addLibraryButton")),
                () -> "error: " + text(robot, ".form-error") + ", saved: " + store().load().settings());
        assertTrue(app.appearance().darkProperty().get());
        assertTrue(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("theme-dark.css")));
        assertTrue(Application.getUserAgentStylesheet().contains("primer-dark"), Application.getUserAgentStylesheet());
        assertEquals(List.of("Photos", "default"), shownRows(robot), "the rows survive the rebuild");
        Settings saved = store().load().settings();
        assertEquals(Duration.ofSeconds(45), saved.clipboardTimeout());
        assertEquals(Duration.ofMinutes(10), saved.lockAfterIdle());
        assertTrue(saved.autoRenewByDefault());
        assertEquals("dark", saved.theme());
        assertEquals("zh-CN", saved.language());

        closeApp();
        openApp();
        assertEquals("添加媒体库", buttonText(robot, "#addLibraryButton"));
        assertTrue(app.appearance().darkProperty().get());
        press(robot, KeyCode.CONTROL, KeyCode.COMMA);
        settings = waitForDialog(robot, "设置");
        assertEquals("45", robot.lookup("#clipboardTimeoutField").queryAs(TextField.class).getText());
        assertEquals("10", robot.lookup("#lockAfterIdleField").queryAs(TextField.class).getText());
        choose(robot, "#themeChoice", ThemeChoice.LIGHT);
        choose(robot, "#languageChoice", LanguageChoice.ENGLISH);
        clickButton(robot, settings, ButtonData.OK_DONE);

        waitUntil(() -> "Add library".equals(buttonText(robot, "#addLibraryButton")));
        assertFalse(app.appearance().darkProperty().get());
        assertTrue(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("theme-light.css")));
        assertTrue(Application.getUserAgentStylesheet().contains("primer-light"));
    }

    @Test
    void switchingLanguageKeepsTheSelectionAndTheFilter(FxRobot robot) throws Exception {
        seed(library("smhone", "Photos", token("web", Duration.ofHours(3)), token("print", Duration.ofHours(4))));
        openApp();
        press(robot, KeyCode.CONTROL, KeyCode.F);
        robot.write("print");
        waitUntil(() -> List.of("Photos", "print").equals(shownRows(robot)));
        robot.type(KeyCode.DOWN); // into the list
        robot.type(KeyCode.DOWN);
        waitUntil(() -> selectedLabel(robot).equals(Optional.of("print")));

        onFx(() -> {
            app.useLanguage(Locale.SIMPLIFIED_CHINESE);
            return null;
        });
        waitUntil(() -> "添加媒体库".equals(buttonText(robot, "#addLibraryButton")));
        assertEquals(List.of("Photos", "print"), shownRows(robot));
        assertEquals(Optional.of("print"), selectedLabel(robot));

        onFx(() -> {
            app.useLanguage(Locale.ENGLISH);
            return null;
        });
        waitUntil(() -> "Add library".equals(buttonText(robot, "#addLibraryButton")));
    }

    // ---- helpers ----

    private static Library library(String id, String name, Token... tokens) {
        return new Library(LibraryAddress.of(id, "http://127.0.0.1:1"), name, List.of(tokens));
    }

    private static Token token(String label, Duration left) {
        return new Token(label, AccessToken.of("acctk-" + label + "-0123456789abcdef"), START.plus(left),
                START.minus(DAY).plus(left), DAY, null, null);
    }

    private void seed(Library... libraries) {
        store().update(vault -> {
            var result = vault;
            for (Library library : libraries) {
                result = result.withLibrary(library);
            }
            return result;
        });
    }

    /** The vault as the app sees it, opened through the same keychain. */
    private VaultStore store() {
        VaultOpenerGate gate = gate();
        return gate.status().state() == VaultGate.State.NEW ? gate.create(null) : gate.open(null);
    }

    private VaultOpenerGate gate() {
        return new VaultOpenerGate(dataDir, keychain, TestKdf.FAST, clock);
    }

    /** What the tree shows, top to bottom: library names and token labels. */
    @SuppressWarnings("unchecked")
    private static List<String> shownRows(FxRobot robot) {
        TreeTableView<TreeEntry> table = robot.lookup(".token-table").queryAs(TreeTableView.class);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < table.getExpandedItemCount(); i++) {
            TreeItem<TreeEntry> item = table.getTreeItem(i);
            rows.add(item.getValue() instanceof LibraryEntry library ? library.library().name()
                    : ((TokenEntry) item.getValue()).label());
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static Optional<String> selectedLabel(FxRobot robot) {
        TreeTableView<TreeEntry> table = robot.lookup(".token-table").queryAs(TreeTableView.class);
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem()).map(TreeItem::getValue)
                .filter(TokenEntry.class::isInstance).map(e -> ((TokenEntry) e).label());
    }

    private static String buttonText(FxRobot robot, String query) {
        return text(robot, query);
    }

    /** The text of a labeled control, or null while it is not in the scene (yet). */
    private static void press(FxRobot robot, KeyCode modifier, KeyCode key) {
        robot.press(modifier).press(key).release(key).release(modifier);
    }

    @SuppressWarnings("unchecked")
    private static <T> void choose(FxRobot robot, String query, T value) {
        ComboBox<T> combo = robot.lookup(query).queryAs(ComboBox.class);
        robot.interact(() -> combo.setValue(value));
    }

    private static DialogPane waitForDialog(FxRobot robot, String title) throws TimeoutException {
        waitUntil(() -> dialogTitled(title).isPresent());
        return (DialogPane) dialogTitled(title).orElseThrow().getScene().getRoot();
    }

    private static Optional<Stage> dialogTitled(String title) {
        return Window.getWindows().stream().filter(Stage.class::isInstance).map(Stage.class::cast)
                .filter(w -> w.isShowing() && title.equals(w.getTitle()) && w.getScene().getRoot() instanceof DialogPane)
                .findFirst();
    }

    private static void clickButton(FxRobot robot, DialogPane pane, ButtonData data) {
        ButtonType type = pane.getButtonTypes().stream().filter(t -> t.getButtonData() == data).findFirst().orElseThrow();
        robot.clickOn((Button) pane.lookupButton(type));
    }

    private static void closeDialog(FxRobot robot, DialogPane pane, ButtonData type) throws TimeoutException {
        clickButton(robot, pane, type);
        waitUntil(() -> pane.getScene() == null || pane.getScene().getWindow() == null
                || !pane.getScene().getWindow().isShowing());
    }

    private static void closeOpenDialogs() throws Exception {
        onFx(() -> {
            new ArrayList<>(Window.getWindows()).stream()
                    .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                    .forEach(Window::hide);
            return null;
        });
    }

    private void openApp() throws Exception {
        openApp(DesktopIntegration.none());
    }

    private void openApp(DesktopIntegration desktop) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        SmhClientSettings settings = SmhClientSettings.defaults(clock)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3)).withMaxAttempts(1);
        app = onFx(() -> {
            AppRoot root = new AppRoot(gate(), clock, Locale.ENGLISH, settings, desktop);
            root.show(stage, false);
            return root;
        });
        // The first window of a test JVM parses the theme and loads fonts: give it time on a busy machine.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> app.model().list().loadedProperty().get() && stage.isShowing()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void closeApp() throws Exception {
        AppRoot closing = app;
        app = null;
        closeWindow(closing, stage);
    }

    private static void waitUntilExplained(Callable<Boolean> condition, Callable<String> explain) throws Exception {
        try {
            waitUntil(condition);
        } catch (TimeoutException e) {
            throw new AssertionError(explain.call(), e);
        }
    }
}
