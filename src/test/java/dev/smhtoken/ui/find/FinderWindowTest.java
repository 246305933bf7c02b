package dev.smhtoken.ui.find;

import static dev.smhtoken.testing.FxTesting.closeWindow;
import static dev.smhtoken.testing.FxTesting.onFx;
import static dev.smhtoken.testing.FxTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.app.AppRoot;
import dev.smhtoken.emulator.SmhEmulator;
import dev.smhtoken.smh.SmhClientSettings;
import dev.smhtoken.testing.MutableClock;
import dev.smhtoken.testing.TestKdf;
import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenRef;
import dev.smhtoken.token.VaultGate;
import dev.smhtoken.token.VaultStore;
import dev.smhtoken.vault.ProcessKeychain;
import dev.smhtoken.vault.VaultOpenerGate;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
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

/**
 * The quick finder in the real window, from the keyboard alone: Ctrl+K or a letter typed on the
 * list, a query, the arrows, Enter or Shift+Enter, and the clipboard; against the project's SMH
 * emulator on 127.0.0.1 and a real vault file.
 */
@ExtendWith(ApplicationExtension.class)
class FinderWindowTest {
    private static final Duration DAY = Duration.ofHours(24);
    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");
    private static final String MARKETING = "smhmkt01";
    private static final String PHOTOS = "smhpho01";

    @TempDir
    Path dataDir;
    private final MutableClock clock = new MutableClock(START);
    private final ProcessKeychain keychain = new ProcessKeychain();
    private final Map<TokenRef, String> values = new HashMap<>();
    private SmhEmulator emulator;
    private AppRoot app;
    private Stage stage;

    @BeforeEach
    void seedThreeTokens() {
        emulator = SmhEmulator.start(clock);
        emulator.addLibrary(MARKETING, "marketing-library-secret");
        emulator.addLibrary(PHOTOS, "photos-library-secret");
        seed(MARKETING, "Marketing assets", Map.of("default", Duration.ofHours(3), "uploader", Duration.ofHours(5)));
        seed(PHOTOS, "Product photos", Map.of("default", Duration.ofMinutes(12)));
    }

    @AfterEach
    void closeEverything() throws Exception {
        if (app != null) {
            closeWindow(app, stage);
        }
        emulator.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void ctrlKAQueryDownAndShiftEnterCopyThatTokenAsItIs(FxRobot robot) throws Exception {
        openApp();
        Bounds rowsBefore = onFx(() -> table(robot).localToScene(table(robot).getBoundsInLocal()));

        robot.press(KeyCode.CONTROL).press(KeyCode.K).release(KeyCode.K).release(KeyCode.CONTROL);
        waitUntil(() -> finderOpen(robot) && onFx(() -> field(robot).isFocused()));
        assertEquals(rowsBefore, onFx(() -> table(robot).localToScene(table(robot).getBoundsInLocal())),
                "the finder lies over the list and moves no row");

        robot.type(KeyCode.M, KeyCode.K, KeyCode.T);
        waitUntil(() -> results(robot).size() == 2);
        List<TokenRef> found = results(robot);
        assertTrue(found.stream().allMatch(ref -> ref.libraryId().equals(MARKETING)), found.toString());
        assertEquals(0, shownChoice(robot), "the best match is chosen, and shown so");
        robot.type(KeyCode.DOWN);
        assertEquals(1, shownChoice(robot));
        robot.press(KeyCode.SHIFT).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.SHIFT);

        String second = values.get(found.get(1));
        waitUntil(() -> second.equals(onFx(() -> Clipboard.getSystemClipboard().getString())));
        assertNotEquals(values.get(found.get(0)), second);
        assertEquals(0, emulator.renewCount(second), "as it is: no renew");
        waitUntil(() -> !finderOpen(robot));
        assertTrue(onFx(() -> table(robot).isFocused()), "the keyboard is back on the list");
        assertEquals(found.get(1), onFx(() -> app.model().details().selectedProperty().get() instanceof
                dev.smhtoken.ui.main.TokenEntry entry ? entry.ref() : null), "on the token copied");
    }

    @Test
    void enterCopiesTheTokenAfterSmhRenewedIt(FxRobot robot) throws Exception {
        openApp();
        String photos = values.get(new TokenRef(PHOTOS, "default"));

        robot.press(KeyCode.CONTROL).press(KeyCode.K).release(KeyCode.K).release(KeyCode.CONTROL);
        waitUntil(() -> finderOpen(robot));
        robot.type(KeyCode.P, KeyCode.H, KeyCode.O, KeyCode.T, KeyCode.O);
        waitUntil(() -> List.of(new TokenRef(PHOTOS, "default")).equals(results(robot)));
        robot.type(KeyCode.ENTER);

        waitUntil(() -> photos.equals(onFx(() -> Clipboard.getSystemClipboard().getString())));
        assertEquals(1, emulator.renewCount(photos), "renewed once before the copy");
        assertEquals(START.plus(DAY), store().load().token(new TokenRef(PHOTOS, "default")).orElseThrow().expiresAt(),
                "the copy has its whole period ahead");
        assertTrue(onFx(() -> table(robot).isFocused()));
    }

    @Test
    void aLetterTypedOnTheListOpensTheFinderWithItAndEscapeCloses(FxRobot robot) throws Exception {
        openApp();
        // Into the list from the keyboard: Ctrl+F to the filter (a filter typed there), Down to the rows.
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        robot.type(KeyCode.O);
        robot.type(KeyCode.DOWN);
        waitUntil(() -> onFx(() -> table(robot).isFocused()));

        robot.type(KeyCode.P);

        waitUntil(() -> finderOpen(robot));
        assertEquals("p", onFx(() -> field(robot).getText()));
        assertTrue(onFx(() -> field(robot).isFocused()));
        robot.type(KeyCode.H);
        assertEquals("ph", onFx(() -> field(robot).getText()), "the next letters go into the search box");

        robot.type(KeyCode.ESCAPE);

        waitUntil(() -> !finderOpen(robot));
        assertTrue(onFx(() -> table(robot).isFocused()), "the keyboard is back on the list");
        assertEquals("o", onFx(() -> robot.lookup(".filter-field").queryAs(TextField.class).getText()),
                "Escape closed the finder only: the list's filter was left alone");
    }

    @Test
    void lettersTypedIntoTheFilterStayThere(FxRobot robot) throws Exception {
        openApp();
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);

        robot.type(KeyCode.P);

        assertEquals("p", onFx(() -> robot.lookup(".filter-field").queryAs(TextField.class).getText()));
        assertFalse(finderOpen(robot));
    }

    @Test
    void anEmptyQueryOffersTheTokenCopiedLastFirst(FxRobot robot) throws Exception {
        openApp();
        TokenRef uploader = new TokenRef(MARKETING, "uploader");
        onFx(() -> {
            app.model().actions().copy(app.model().list().libraries().stream().flatMap(l -> l.tokens().stream())
                    .filter(t -> t.ref().equals(uploader)).findFirst().orElseThrow());
            return null;
        });

        robot.press(KeyCode.CONTROL).press(KeyCode.K).release(KeyCode.K).release(KeyCode.CONTROL);
        waitUntil(() -> finderOpen(robot) && results(robot).size() == 3);

        assertEquals(uploader, results(robot).get(0));
        assertTrue(robot.from(robot.lookup(".finder-results").<Node>query()).lookup(".finder-lately")
                .queryAll().stream().anyMatch(Node::isVisible), "marked as copied lately");
    }

    @Test
    void aClickChoosesAResultAndADoubleClickCopiesItFresh(FxRobot robot) throws Exception {
        openApp();
        robot.press(KeyCode.CONTROL).press(KeyCode.K).release(KeyCode.K).release(KeyCode.CONTROL);
        robot.type(KeyCode.D, KeyCode.E, KeyCode.F);
        waitUntil(() -> results(robot).size() == 2);
        TokenRef secondShown = results(robot).get(1);
        Node secondRow = robot.from(robot.lookup(".finder-results").<Node>query()).lookup(".list-cell")
                .match((javafx.scene.control.ListCell<?> cell) -> cell.getIndex() == 1).query();

        robot.clickOn(secondRow);
        assertEquals(1, shownChoice(robot));
        assertTrue(finderOpen(robot), "a click in the results keeps the finder open");

        robot.doubleClickOn(secondRow);
        String value = values.get(secondShown);
        waitUntil(() -> value.equals(onFx(() -> Clipboard.getSystemClipboard().getString())));
        assertEquals(1, emulator.renewCount(value));
        assertFalse(finderOpen(robot));
    }

    private boolean finderOpen(FxRobot robot) throws Exception {
        return onFx(() -> robot.lookup(".finder").tryQuery().map(Node::isVisible).orElse(false));
    }

    private static TextField field(FxRobot robot) {
        return robot.lookup(".finder-field").queryAs(TextField.class);
    }

    @SuppressWarnings("unchecked")
    private static List<TokenRef> results(FxRobot robot) throws Exception {
        return onFx(() -> ((ListView<FinderResult>) robot.lookup(".finder-results").queryAs(ListView.class))
                .getItems().stream().map(result -> result.entry().ref()).toList());
    }

    /** The result the finder's list shows chosen. */
    private static int shownChoice(FxRobot robot) throws Exception {
        return onFx(() -> robot.lookup(".finder-results").queryAs(ListView.class).getSelectionModel().getSelectedIndex());
    }

    private static TreeTableView<?> table(FxRobot robot) {
        return robot.lookup(".token-table").queryAs(TreeTableView.class);
    }

    private void seed(String libraryId, String name, Map<String, Duration> left) {
        List<Token> tokens = left.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> {
            String value = emulator.issueToken(libraryId, DAY, START.plus(e.getValue()));
            values.put(new TokenRef(libraryId, e.getKey()), value);
            return new Token(e.getKey(), AccessToken.of(value), START.plus(e.getValue()),
                    START.minus(DAY).plus(e.getValue()), DAY, null, null);
        }).toList();
        store().update(vault -> vault.withLibrary(new Library(
                LibraryAddress.of(libraryId, emulator.baseUri().toString()), name, tokens)));
    }

    private VaultStore store() {
        VaultOpenerGate gate = gate();
        return gate.status().state() == VaultGate.State.NEW ? gate.create(null) : gate.open(null);
    }

    private VaultOpenerGate gate() {
        return new VaultOpenerGate(dataDir, keychain, TestKdf.FAST, clock);
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
}
