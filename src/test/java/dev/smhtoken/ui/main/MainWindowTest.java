package dev.smhtoken.ui.main;

import static dev.smhtoken.testing.FxTesting.closeWindow;
import static dev.smhtoken.testing.FxTesting.onFx;
import static dev.smhtoken.testing.FxTesting.text;
import static dev.smhtoken.testing.FxTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.app.AppRoot;
import dev.smhtoken.emulator.SmhEmulator;
import dev.smhtoken.smh.SmhClientSettings;
import dev.smhtoken.testing.MutableClock;
import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.GenerateOptions;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.LibrarySecret;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenRef;
import dev.smhtoken.token.Vault;
import dev.smhtoken.token.VaultGate;
import dev.smhtoken.token.VaultStore;
import dev.smhtoken.testing.TestKdf;
import dev.smhtoken.vault.ProcessKeychain;
import dev.smhtoken.vault.VaultOpenerGate;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.Callable;
import javafx.scene.control.ProgressBar;
import javafx.scene.Node;
import javafx.scene.input.PickResult;
import javafx.scene.input.ContextMenuEvent;
import javafx.geometry.Bounds;
import javafx.event.Event;
import javafx.scene.control.Button;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.MouseButton;
import javafx.scene.control.Labeled;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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
 * The main window, driven like a user would, against the project's SMH emulator on 127.0.0.1 and
 * a real vault file.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final Duration DAY = Duration.ofHours(24);
    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");
    private static final String LIBRARY = "smhtest1";

    @TempDir
    Path dataDir;
    private final MutableClock clock = new MutableClock(START);
    private final ProcessKeychain keychain = new ProcessKeychain();
    private SmhEmulator emulator;
    private AppRoot app;
    private Stage stage;

    @BeforeEach
    void startEmulator() {
        emulator = SmhEmulator.start(clock);
        emulator.addLibrary(LIBRARY, "test-library-secret");
    }

    @AfterEach
    void closeEverything() throws TimeoutException {
        if (app != null) {
            closeApp();
        }
        emulator.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void renewSendsOneRequestAndTheCountdownReturnsToFull(FxRobot robot) throws Exception {
        String token = seedToken(Duration.ofMinutes(5));
        openApp();
        assertEquals("5m 00s", text(robot, ".time-left"));

        robot.clickOn(".renew-button");
        waitUntil(() -> "1d 00h 00m 00s".equals(text(robot, ".time-left")));

        assertEquals(1, emulator.renewCount(token));
        Token saved = savedToken();
        assertEquals(START.plus(DAY), saved.expiresAt());
        assertEquals(DAY, saved.period());
    }

    @Test
    void aFailingRenewShowsTheReasonAndKeepsTheOldToken(FxRobot robot) throws Exception {
        String token = seedToken(Duration.ofMinutes(5));
        clock.advance(Duration.ofMinutes(6)); // expired at SMH and here
        openApp();
        assertTrue(robot.lookup(".generate-new-button").query().isVisible(), "Generate new is where Renew was");

        // Renew stays on Ctrl+R and the row menu for an expired row.
        robot.clickOn(".token-value");
        robot.press(KeyCode.CONTROL).press(KeyCode.R).release(KeyCode.R).release(KeyCode.CONTROL);
        waitUntil(() -> text(robot, ".failure-text") != null && !text(robot, ".failure-text").isEmpty());

        assertTrue(text(robot, ".failure-text").startsWith("InvalidAccessToken"), text(robot, ".failure-text"));
        assertEquals("Failed", text(robot, ".state-badge"));
        assertEquals(token, savedToken().value().reveal());
        assertEquals(START.plus(Duration.ofMinutes(5)), savedToken().expiresAt());
    }

    @Test
    void copyPutsExactlyTheTokenOnTheClipboard(FxRobot robot) throws Exception {
        String token = seedToken(Duration.ofHours(3));
        openApp();

        robot.clickOn(".copy-button");

        assertEquals(token, onFx(() -> Clipboard.getSystemClipboard().getString()));
        assertTrue(robot.lookup(".clipboard-box").query().isVisible());
    }

    @Test
    void theRowMenuOpensOnARightClickAndActsOnThatRow(FxRobot robot) throws Exception {
        String token = seedToken(Duration.ofHours(3));
        openApp();
        assertNull(onFx(() -> robot.lookup(".token-table").queryAs(TreeTableView.class).getContextMenu()),
                "the menu is made when first asked for");
        robot.clickOn(".token-value"); // a right click selects the row as it presses

        openMenuOn(robot.lookup(".token-value").query());
        robot.clickOn(menuItem(robot, "Copy"), MouseButton.PRIMARY);
        assertEquals(token, onFx(() -> Clipboard.getSystemClipboard().getString()));

        openMenuOn(robot.lookup(".token-value").query());
        robot.clickOn(menuItem(robot, "Renew"), MouseButton.PRIMARY);
        waitUntil(() -> emulator.renewCount(token) == 1);
    }

    /**
     * Asks for the context menu over {@code node} as a right click does once it has selected the row:
     * the desktop toolkit turns the click into this event, the headless one the tests run on does
     * not, so the test sends it.
     */
    private static void openMenuOn(Node node) throws Exception {
        onFx(() -> {
            Bounds bounds = node.localToScreen(node.getBoundsInLocal());
            Event.fireEvent(node, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 2, 2,
                    bounds.getMinX() + 2, bounds.getMinY() + 2, false, new PickResult(node, 2, 2)));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The open context menu's item of that text (the row has buttons of the same names). */
    private static Node menuItem(FxRobot robot, String text) {
        return robot.from(robot.lookup(".context-menu").queryAll()).lookup(".menu-item")
                .match((Node item) -> item.lookup(".label") instanceof Labeled label && text.equals(label.getText()))
                .query();
    }

    @Test
    void aButtonGetsItsTooltipWhenThePointerComesToIt(FxRobot robot) throws Exception {
        seedToken(Duration.ofHours(3));
        openApp();
        Button copy = robot.lookup(".copy-button").queryButton();
        assertNull(onFx(copy::getTooltip), "no tooltip is made before anyone hovers");

        robot.moveTo(copy);

        waitUntil(() -> onFx(copy::getTooltip) != null);
        assertEquals("Copy the token to the clipboard; it is cleared again after the clipboard timeout (Ctrl+C)",
                onFx(() -> copy.getTooltip().getText()));
    }

    @Test
    void shortcutsCopyAndRenewTheSelectedToken(FxRobot robot) throws Exception {
        String token = seedToken(Duration.ofHours(3));
        openApp();
        robot.clickOn(".token-value");

        robot.press(KeyCode.CONTROL).press(KeyCode.C).release(KeyCode.C).release(KeyCode.CONTROL);
        assertEquals(token, onFx(() -> Clipboard.getSystemClipboard().getString()));

        robot.press(KeyCode.CONTROL).press(KeyCode.R).release(KeyCode.R).release(KeyCode.CONTROL);
        waitUntil(() -> emulator.renewCount(token) == 1);
        waitUntil(() -> "1d 00h 00m 00s".equals(text(robot, ".time-left")));
    }

    @Test
    void aLibraryAddedByPasteAppearsAndSurvivesARestart(FxRobot robot) throws Exception {
        openApp();
        String pasted = emulator.issueToken(LIBRARY, DAY, START.plus(Duration.ofHours(2)));
        waitUntil(() -> robot.lookup(".start-view").query().isVisible());

        robot.clickOn("#startAddLibraryButton");
        robot.clickOn("#libraryIdField").write(LIBRARY);
        robot.clickOn("#nameField").write("Test photos");
        robot.clickOn("#hostField").write(emulator.baseUri().toString());
        robot.clickOn("OK");
        waitUntil(() -> robot.lookup(".library-name").tryQuery().isPresent());

        robot.clickOn(".add-token-button");
        copyToClipboard(pasted);
        robot.clickOn("#tokenField").press(KeyCode.CONTROL).press(KeyCode.V).release(KeyCode.V).release(KeyCode.CONTROL);
        robot.clickOn("OK");
        waitUntil(() -> "1d 00h 00m 00s".equals(text(robot, ".time-left")));
        assertEquals(1, emulator.renewCount(pasted));

        closeApp();
        openApp();
        assertEquals("Test photos", text(robot, ".library-name"));
        assertEquals("1d 00h 00m 00s", text(robot, ".time-left"));
        assertEquals(pasted, savedToken().value().reveal());
    }

    @Test
    void aPastedTokenThatSmhRejectsIsNotSavedAndTheDialogSaysWhy(FxRobot robot) throws Exception {
        seedLibrary(List.of());
        openApp();

        robot.clickOn(".add-token-button");
        robot.clickOn("#tokenField").write("acctk-not-a-real-token");
        robot.clickOn("OK");
        waitUntil(() -> robot.lookup(".form-error").queryLabeled().isVisible());

        assertTrue(robot.lookup(".form-error").queryLabeled().getText().startsWith("InvalidAccessToken"));
        assertTrue(store().load().library(LIBRARY).orElseThrow().tokens().isEmpty());
        robot.clickOn("Cancel");
    }

    @Test
    void aTokenGeneratedWithTheLibrarySecretIsSavedWithItsOptions(FxRobot robot) throws Exception {
        seedLibrary(List.of());
        openApp();

        robot.clickOn(".add-token-button");
        robot.clickOn("#labelField").eraseText(Token.DEFAULT_LABEL.length()).write("ci");
        robot.clickOn("#generateMode");
        copyToClipboard("test-library-secret");
        robot.clickOn("#secretField").press(KeyCode.CONTROL).press(KeyCode.V).release(KeyCode.V).release(KeyCode.CONTROL);
        robot.clickOn("#periodField").write("3600");
        robot.clickOn("#grantField").write("upload_file");
        robot.clickOn("OK");

        waitUntil(() -> "1h 00m 00s".equals(text(robot, ".time-left")));
        Token saved = store().load().token(new TokenRef(LIBRARY, "ci")).orElseThrow();
        assertEquals(Duration.ofHours(1), saved.period());
        assertEquals("upload_file", saved.origin().grant());
        assertEquals("upload_file", emulator.token(saved.value().reveal()).orElseThrow().grant());
    }

    @Test
    void anExpiredTokenIsReplacedByOneGeneratedTheSameWay(FxRobot robot) throws Exception {
        String dead = emulator.issueToken(LIBRARY, DAY, START.minus(Duration.ofHours(1)));
        GenerateOptions origin = new GenerateOptions(DAY, "upload_file", "u1", null, null);
        seedLibrary(List.of(new Token("default", AccessToken.of(dead), START.minus(Duration.ofHours(1)),
                START.minus(DAY).minus(Duration.ofHours(1)), DAY, origin, null)));
        openApp();

        robot.clickOn(".token-value");
        robot.press(KeyCode.CONTROL).press(KeyCode.G).release(KeyCode.G).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#replaceSecretField").tryQuery().isPresent());
        copyToClipboard("test-library-secret");
        robot.clickOn("#replaceSecretField").press(KeyCode.CONTROL).press(KeyCode.V).release(KeyCode.V).release(KeyCode.CONTROL);
        robot.clickOn("OK");

        waitUntil(() -> "1d 00h 00m 00s".equals(text(robot, ".time-left")));
        Token saved = savedToken();
        assertNotEquals(dead, saved.value().reveal());
        assertEquals("upload_file", emulator.token(saved.value().reveal()).orElseThrow().grant());
        assertEquals("u1", emulator.token(saved.value().reveal()).orElseThrow().userId());
    }

    @Test
    void aSecretRememberedInTheLibraryDialogReplacesAnExpiredTokenWithoutAskingUntilItIsForgotten(FxRobot robot)
            throws Exception {
        String dead = emulator.issueToken(LIBRARY, DAY, START.minus(Duration.ofHours(1)));
        seedLibrary(List.of(new Token("default", AccessToken.of(dead), START.minus(Duration.ofHours(1)),
                START.minus(DAY).minus(Duration.ofHours(1)), DAY,
                new GenerateOptions(DAY, "upload_file", "u1", null, null), null)));
        openApp();

        robot.clickOn(".library-name");
        robot.clickOn("#editButton");
        robot.clickOn("#rememberSecretBox");
        robot.clickOn("OK");
        waitUntil(() -> robot.lookup(".form-error").queryLabeled().isVisible());
        assertTrue(robot.lookup(".form-error").queryLabeled().getText().startsWith("Type the library secret to remember"));
        copyToClipboard("test-library-secret");
        robot.clickOn("#rememberedSecretField").press(KeyCode.CONTROL).press(KeyCode.V).release(KeyCode.V).release(KeyCode.CONTROL);
        robot.clickOn("OK");
        waitUntil(() -> store().load().library(LIBRARY).orElseThrow().remembersSecret());

        robot.clickOn(".token-value");
        robot.press(KeyCode.CONTROL).press(KeyCode.G).release(KeyCode.G).release(KeyCode.CONTROL);
        waitUntil(() -> "1d 00h 00m 00s".equals(text(robot, ".time-left")));
        assertTrue(robot.lookup("#replaceSecretField").tryQuery().isEmpty(), "the secret was asked for");
        Token replaced = savedToken();
        assertNotEquals(dead, replaced.value().reveal());
        assertEquals("u1", emulator.token(replaced.value().reveal()).orElseThrow().userId());

        robot.clickOn(".library-name");
        robot.clickOn("#editButton");
        assertTrue(robot.lookup("#rememberSecretBox").queryAs(javafx.scene.control.CheckBox.class).isSelected());
        assertEquals("", robot.lookup("#rememberedSecretField").queryTextInputControl().getText(),
                "the remembered secret is never shown");
        robot.clickOn("#rememberSecretBox");
        robot.clickOn("OK");
        waitUntil(() -> !store().load().library(LIBRARY).orElseThrow().remembersSecret());

        clock.advance(DAY.plusMinutes(1));
        app.ticker().tickNow();
        waitUntil(() -> "Expired".equals(text(robot, ".state-badge")));
        robot.clickOn(".token-value");
        robot.press(KeyCode.CONTROL).press(KeyCode.G).release(KeyCode.G).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#replaceSecretField").tryQuery().isPresent());
        robot.clickOn("Cancel");
        assertEquals(replaced.value(), savedToken().value());
    }

    @Test
    void aWrongRememberedSecretIsNamedWithHowToUpdateIt(FxRobot robot) throws Exception {
        String dead = emulator.issueToken(LIBRARY, DAY, START.minus(Duration.ofHours(1)));
        seedLibrary(List.of(new Token("default", AccessToken.of(dead), START.minus(Duration.ofHours(1)),
                START.minus(DAY).minus(Duration.ofHours(1)), DAY, null, null)));
        store().update(vault -> vault.withLibrary(vault.library(LIBRARY).orElseThrow()
                .withRememberedSecret(LibrarySecret.wrap("stale-remembered-secret".toCharArray()))));
        openApp();

        robot.clickOn(".token-value");
        robot.press(KeyCode.CONTROL).press(KeyCode.G).release(KeyCode.G).release(KeyCode.CONTROL);
        waitUntil(() -> text(robot, ".failure-text") != null && text(robot, ".failure-text").contains("remembered"));

        String failure = text(robot, ".failure-text");
        assertTrue(failure.startsWith("WrongLibraryIdOrSecret: SMH refused the library secret remembered in the vault"
                + " for Test photos (HTTP 404)."), failure);
        assertTrue(failure.contains("under Edit library"), failure);
        assertEquals(LIBRARY + "/default: " + failure, text(robot, "#statusLabel"), "no dialog showed it, so the status line does");
        assertEquals(dead, savedToken().value().reveal(), "the dead token stays until a new one is made");
    }

    @Test
    void addTokenGeneratesWithTheRememberedSecretWhenNoneIsTyped(FxRobot robot) throws Exception {
        seedLibrary(List.of());
        store().update(vault -> vault.withLibrary(vault.library(LIBRARY).orElseThrow()
                .withRememberedSecret(LibrarySecret.wrap("test-library-secret".toCharArray()))));
        openApp();

        robot.clickOn(".add-token-button");
        assertTrue(robot.lookup("#generateMode").queryAs(javafx.scene.control.RadioButton.class).isSelected(),
                "generating is preselected for a library that remembers its secret");
        robot.clickOn("#periodField").write("3600");
        robot.clickOn("OK");

        waitUntil(() -> "1h 00m 00s".equals(text(robot, ".time-left")));
        Token saved = savedToken();
        assertEquals(LIBRARY, emulator.token(saved.value().reveal()).orElseThrow().libraryId());
    }

    @Test
    void editingALibraryKeepsItsTokensAndRemovingItAsksFirst(FxRobot robot) throws Exception {
        seedToken(Duration.ofHours(3));
        openApp();
        robot.clickOn(".library-name");

        robot.clickOn("#editButton");
        robot.clickOn("#nameField").eraseText("Test photos".length()).write("Renamed");
        robot.clickOn("OK");
        waitUntil(() -> "Renamed".equals(text(robot, ".library-name")));
        assertEquals(1, store().load().tokenCount());

        robot.clickOn(".library-name");
        robot.type(KeyCode.DELETE);
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Remove"))
                .queryButton());
        waitUntil(() -> store().load().libraries().isEmpty());
        waitUntil(() -> robot.lookup(".start-view").query().isVisible());
    }

    @Test
    void deleteRemovesTheSelectedTokenAfterConfirmation(FxRobot robot) throws Exception {
        seedToken(Duration.ofHours(3));
        openApp();
        robot.clickOn(".token-value");

        robot.type(KeyCode.DELETE);
        robot.clickOn("Cancel");
        assertEquals(1, store().load().tokenCount());

        robot.type(KeyCode.DELETE);
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Remove"))
                .queryButton());
        waitUntil(() -> store().load().tokenCount() == 0);
    }

    @Test
    void theClockMovesTheCountdownAndTheStateWithoutAnyUserAction(FxRobot robot) throws Exception {
        seedToken(Duration.ofMinutes(2));
        openApp();
        assertEquals("Expiring", text(robot, ".state-badge"));

        clock.advance(Duration.ofSeconds(30));
        app.ticker().tickNow();
        waitUntil(() -> "1m 30s".equals(text(robot, ".time-left")));

        clock.advance(Duration.ofMinutes(2));
        app.ticker().tickNow();
        waitUntil(() -> "Expired".equals(text(robot, ".state-badge")));
        assertTrue(robot.lookup(".tree-table-row-cell:expired").tryQuery().isPresent());
    }

    @Test
    void theBarMovesOnlyWhenItsFillGainsOrLosesAPixel(FxRobot robot) throws Exception {
        seedToken(Duration.ofHours(12)); // half of a day's period left
        openApp();
        ProgressBar bar = robot.lookup(".time-bar").queryAs(ProgressBar.class);
        waitUntil(() -> bar.getWidth() > 0);
        app.ticker().tickNow();
        double shown = onFx(bar::getProgress);
        assertEquals(0.5, shown, 1.0 / bar.getWidth());

        clock.advance(Duration.ofSeconds(1));
        app.ticker().tickNow();
        waitUntil(() -> text(robot, ".time-left").endsWith("59s"));
        assertEquals(shown, onFx(bar::getProgress), "a second of a day is far less than a pixel: no repaint");

        clock.advance(Duration.ofHours(6));
        app.ticker().tickNow();
        waitUntil(() -> Math.abs(onFx(bar::getProgress) - 0.25) <= 1.0 / bar.getWidth());
    }

    @Test
    void anEmptyVaultShowsTheStartViewAndTheDemoFillsIt(FxRobot robot) throws Exception {
        openApp();
        waitUntil(() -> robot.lookup(".start-view").query().isVisible());
        assertEquals(5, stage.getIcons().size(), "the window carries the app's icon in every size");

        robot.clickOn("#tryDemoButton");
        waitUntil(() -> robot.lookup(".library-name").queryAll().size() >= 4);

        assertTrue(stage.getTitle().contains("DEMO"));
        assertTrue(store().load().libraries().isEmpty(), "the demo never writes to the user's vault");
    }

    private String seedToken(Duration left) {
        String token = emulator.issueToken(LIBRARY, DAY, START.plus(left));
        seedLibrary(List.of(new Token("default", AccessToken.of(token), START.plus(left), START.minus(DAY).plus(left),
                DAY, null, null)));
        return token;
    }

    private void seedLibrary(List<Token> tokens) {
        store().update(vault -> vault.withLibrary(new Library(
                LibraryAddress.of(LIBRARY, emulator.baseUri().toString()), "Test photos", tokens)));
    }

    /** The vault as the app sees it, opened through the same keychain. */
    private VaultStore store() {
        VaultOpenerGate gate = gate();
        return gate.status().state() == VaultGate.State.NEW ? gate.create(null) : gate.open(null);
    }

    private VaultOpenerGate gate() {
        return new VaultOpenerGate(dataDir, keychain, TestKdf.FAST, clock);
    }

    private Token savedToken() {
        Vault vault = store().load();
        return vault.token(new TokenRef(LIBRARY, "default")).orElseThrow();
    }

    private void openApp() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        SmhClientSettings settings = SmhClientSettings.defaults(clock)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3))
                .withMaxAttempts(1);
        app = onFx(() -> {
            AppRoot root = new AppRoot(gate(), clock, Locale.ENGLISH, settings);
            root.show(stage, false);
            return root;
        });
        waitUntil(() -> onFx(() -> app.model().list().loadedProperty().get()));
    }

    private void closeApp() throws TimeoutException {
        AppRoot closing = app;
        app = null;
        try {
            closeWindow(closing, stage);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the user copied elsewhere, about to be pasted. */
    private static void copyToClipboard(String text) throws Exception {
        onFx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            return Clipboard.getSystemClipboard().setContent(content);
        });
    }
}
