package dev.smhtoken.ui.main;

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
import dev.smhtoken.token.Vault;
import dev.smhtoken.token.VaultGate;
import dev.smhtoken.token.VaultStore;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.vault.ProcessKeychain;
import dev.smhtoken.vault.VaultOpenerGate;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TreeTableRow;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * Nothing moves under the pointer or the keyboard: the real window against the SMH emulator on
 * 127.0.0.1 and a real vault file, driven by the robot's pointer and keys. The list is sorted by
 * time left, so a renew would move its row; a change by another program (the command line) would
 * reload the rows; a banner would push the list down. None of that may happen while the pointer
 * rests on the list, and all of it happens in one step when it leaves.
 */
@ExtendWith(ApplicationExtension.class)
class RowsStayPutTest {
    private static final Duration DAY = Duration.ofHours(24);
    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");
    private static final String LIBRARY = "smhstay1";
    private static final Messages TEXTS = Messages.forLocale(Locale.ENGLISH);

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
        emulator.addLibrary(LIBRARY, "stay-library-secret");
    }

    @AfterEach
    void closeEverything() throws Exception {
        if (app != null) {
            AppRoot closing = app;
            app = null;
            closeWindow(closing, stage);
        }
        emulator.close();
        FxToolkit.cleanupStages();
    }

    /**
     * The issue's own case, in every order the window offers, with the warning banner showing: the
     * pointer clicks Renew, the hand moves to Copy where it was, and the clipboard holds the
     * token that was renewed, as SMH answered it.
     */
    @Test
    void renewThenCopyAtTheSamePointCopiesTheRenewedTokenInEveryOrder(FxRobot robot) throws Exception {
        Map<String, Duration> left = new LinkedHashMap<>();
        left.put("alpha", Duration.ofMinutes(10)); // the three first ones are warned about: the banner shows
        left.put("bravo", Duration.ofMinutes(12));
        left.put("charlie", Duration.ofMinutes(14));
        left.put("delta", Duration.ofHours(5));
        left.put("echo", Duration.ofHours(8));
        seed(left);
        openApp();
        Node banner = robot.lookup("#warningBanner").query();
        waitUntil(() -> onFx(banner::isVisible));

        // In each order, the token renewed is the one with the least time left: in time left and in
        // state order its renew sends it to the end of the list.
        Map<TreeOrder, String> renewed = new LinkedHashMap<>();
        renewed.put(TreeOrder.TIME_LEFT, "alpha");
        renewed.put(TreeOrder.NAME, "bravo");
        renewed.put(TreeOrder.STATE, "charlie");
        for (Map.Entry<TreeOrder, String> round : renewed.entrySet()) {
            String label = round.getValue();
            chooseOrder(robot, round.getKey());
            assertTrue(onFx(banner::isVisible), round.getKey() + ": the warning banner shows before the renew");
            Map<String, Double> before = rowTops();
            Node renew = buttonOf(label, ".renew-button");
            Point2D copyPoint = centreOf(buttonOf(label, ".copy-button"));

            robot.clickOn(renew);
            Instant renewedAt = clock.instant();
            waitUntil(() -> emulator.renewCount(valueOf(label)) == 1
                    && onFx(() -> !row(label).isRenewing() && row(label).token().expiresAt().equals(renewedAt.plus(DAY))));
            // The warnings are worked out again: one token fewer to warn about, none after the last round.
            clock.advance(Duration.ofSeconds(31));
            app.ticker().tickNow();
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(before, rowTops(), round.getKey() + ": no row moved while the pointer stayed on the list");

            robot.clickOn(copyPoint);
            String renewedValue = savedToken(label).value().reveal();
            assertEquals(renewedAt.plus(DAY), savedToken(label).expiresAt());
            assertEquals(renewedValue, onFx(() -> Clipboard.getSystemClipboard().getString()),
                    round.getKey() + ": Copy at the point of the renewed row copies the renewed token");

            robot.moveTo("#filterField"); // the pointer leaves the list: the rows take their order
            WaitForAsyncUtils.waitForFxEvents();
            if (round.getKey() != TreeOrder.NAME) {
                List<String> shown = new ArrayList<>(rowTops().keySet());
                assertEquals(label, shown.get(shown.size() - 1),
                        round.getKey() + ": once the pointer left, the renewed row went to its place at the end");
            }
        }
        assertFalse(onFx(banner::isVisible), "the banner left when the last warned token was renewed");
    }

    /**
     * Another program (the command line) changes the vault while the pointer rests on a row: a
     * token renewed elsewhere, one removed, one added, one about to expire (the banner arrives).
     * The window shows the new values in their rows, and moves nothing until the pointer leaves;
     * then everything shows in one step.
     */
    @Test
    void aChangeByTheCommandLineMovesNothingUnderThePointerAndShowsInOneStepWhenItLeaves(FxRobot robot)
            throws Exception {
        Map<String, Duration> left = new LinkedHashMap<>();
        left.put("alpha", Duration.ofHours(1));
        left.put("bravo", Duration.ofHours(2));
        left.put("charlie", Duration.ofHours(3));
        left.put("delta", Duration.ofHours(4));
        seed(left);
        openApp();
        Node banner = robot.lookup("#warningBanner").query();
        assertFalse(onFx(banner::isVisible));
        Node bannerRoom = banner.getParent().getParent().getParent(); // the room of all banners above the list
        double roomBefore = onFx(bannerRoom::getLayoutBounds).getHeight();
        robot.moveTo(rowNode("bravo"));
        Map<String, Double> before = rowTops();
        assertEquals(List.of(LIBRARY, "alpha", "bravo", "charlie", "delta"), new ArrayList<>(before.keySet()));

        // The command line's write: another store on the same file, as `smhtoken` does it.
        Instant alphaRenewed = START.plus(Duration.ofHours(20));
        Instant charlieSoon = START.plus(Duration.ofMinutes(10));
        String echo = emulator.issueToken(LIBRARY, DAY, START.plus(Duration.ofHours(6)));
        store().update(vault -> {
            Library library = vault.library(LIBRARY).orElseThrow();
            List<Token> tokens = new ArrayList<>();
            for (Token token : library.tokens()) {
                switch (token.label()) {
                    case "alpha" -> tokens.add(withExpiry(token, alphaRenewed));
                    case "charlie" -> tokens.add(withExpiry(token, charlieSoon));
                    case "delta" -> { } // removed
                    default -> tokens.add(token);
                }
            }
            tokens.add(new Token("echo", AccessToken.of(echo), START.plus(Duration.ofHours(6)),
                    START.minus(DAY).plus(Duration.ofHours(6)), DAY, null, null));
            return vault.withLibrary(new Library(library.address(), library.name(), tokens));
        });
        waitUntil(() -> onFx(() -> row("alpha").token().expiresAt().equals(alphaRenewed)), 20);
        clock.advance(Duration.ofSeconds(1));
        app.ticker().tickNow(); // the warnings look at the reloaded rows
        WaitForAsyncUtils.waitForFxEvents();

        Map<String, Double> held = rowTops();
        for (Map.Entry<String, Double> shown : before.entrySet()) {
            assertEquals(shown.getValue(), held.get(shown.getKey()), shown.getKey() + " stayed where it was");
        }
        assertEquals("19h 59m 59s", onFx(() -> timeLeftText("alpha")), "the new value shows in its row at once");
        assertTrue(onFx(() -> rowNode("delta").isDisabled()), "the removed row stays, greyed out, until the release");
        assertTrue(held.get("echo") > held.get("delta"), "the new token shows after the last row, pushing nothing");
        assertTrue(onFx(() -> app.model().warnings().warningsProperty().get().size() == 1),
                "the warning for charlie is known");
        assertEquals(roomBefore, onFx(bannerRoom::getLayoutBounds).getHeight(),
                "the banner arrived, but waits in a room of its old size until the pointer leaves the list");

        robot.moveTo("#filterField");
        WaitForAsyncUtils.waitForFxEvents();
        // No waiting: leaving the list showed all of it in one step.
        assertEquals(List.of(LIBRARY, "charlie", "bravo", "echo", "alpha"), new ArrayList<>(rowTops().keySet()));
        assertTrue(onFx(banner::isVisible), "the banner shows once the pointer left the list");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(bannerRoom::getLayoutBounds).getHeight() > roomBefore, "and takes its room");
    }

    /** An iconified window is not being clicked: it releases the rows, so the list comes back in order. */
    @Test
    void iconifyingTheWindowReleasesTheRowsWhileThePointerIsOnThem(FxRobot robot) throws Exception {
        Map<String, Duration> left = new LinkedHashMap<>();
        left.put("alpha", Duration.ofHours(1));
        left.put("bravo", Duration.ofHours(2));
        left.put("charlie", Duration.ofHours(3));
        seed(left);
        // A stage of its own: the toolkit's primary stage still tells earlier tests' windows it was restored.
        openApp(FxToolkit.registerStage(Stage::new));
        robot.moveTo(rowNode("bravo"));
        Instant alphaRenewed = START.plus(Duration.ofHours(20));
        store().update(vault -> {
            Library library = vault.library(LIBRARY).orElseThrow();
            List<Token> tokens = library.tokens().stream()
                    .map(t -> t.label().equals("alpha") ? withExpiry(t, alphaRenewed) : t).toList();
            return vault.withLibrary(new Library(library.address(), library.name(), tokens));
        });
        waitUntil(() -> onFx(() -> row("alpha").token().expiresAt().equals(alphaRenewed)), 20);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("alpha", "bravo", "charlie"), onFx(this::treeOrder), "held while the pointer rests");

        onFx(() -> {
            stage.setIconified(true);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("bravo", "charlie", "alpha"), onFx(this::treeOrder), "released by the iconified window");
        onFx(() -> {
            stage.setIconified(false); // the toolkit's primary stage serves the next tests too
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onFx(stage::isIconified));
    }

    /** The token labels in the order the tree holds them. */
    private List<String> treeOrder() {
        TreeTableView<?> table = (TreeTableView<?>) stage.getScene().getRoot().lookup(".token-table");
        return table.getRoot().getChildren().get(0).getChildren().stream()
                .map(item -> ((TokenEntry) item.getValue()).label()).toList();
    }

    /**
     * From the keyboard, with the pointer away from the list: a renew re-sorts the rows, the
     * selection stays on its token and its row stays at the same height on the screen (the rows
     * around it move instead).
     */
    @Test
    void aRenewFromTheKeyboardKeepsTheSelectionOnItsTokenAndItsRowInPlace(FxRobot robot) throws Exception {
        Map<String, Duration> left = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            left.put(String.format(Locale.ROOT, "t%02d", i), Duration.ofHours(i + 1));
        }
        seed(left);
        openApp();
        robot.moveTo("#filterField");
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        robot.type(KeyCode.DOWN); // into the list, on the library's line
        for (int i = 0; i <= 5; i++) {
            robot.type(KeyCode.DOWN);
        }
        TreeTableView<?> table = robot.lookup(".token-table").queryAs(TreeTableView.class);
        assertEquals(row("t05"), onFx(() -> table.getSelectionModel().getSelectedItem().getValue()));
        int indexBefore = onFx(() -> table.getSelectionModel().getSelectedIndex());
        double yBefore = onFx(() -> screenTop(rowNode("t05")));

        robot.press(KeyCode.CONTROL).press(KeyCode.R).release(KeyCode.R).release(KeyCode.CONTROL);
        waitUntil(() -> onFx(() -> !row("t05").isRenewing() && row("t05").token().expiresAt().equals(START.plus(DAY))));
        waitUntil(() -> onFx(() -> table.getSelectionModel().getSelectedIndex()) != indexBefore);

        assertEquals(row("t05"), onFx(() -> table.getSelectionModel().getSelectedItem().getValue()),
                "the selection follows its token");
        assertTrue(onFx(() -> table.getSelectionModel().getSelectedIndex()) > indexBefore + 10,
                "the renewed token went down the list");
        assertEquals(yBefore, onFx(() -> screenTop(rowNode("t05"))), 0.5, "its row stayed at its place on the screen");
        assertEquals(1, emulator.renewCount(valueOf("t05")));
    }

    private final Map<String, String> values = new LinkedHashMap<>();

    private String valueOf(String label) {
        return values.get(label);
    }

    private void seed(Map<String, Duration> left) {
        List<Token> tokens = new ArrayList<>();
        left.forEach((label, time) -> {
            String value = emulator.issueToken(LIBRARY, DAY, START.plus(time));
            values.put(label, value);
            tokens.add(new Token(label, AccessToken.of(value), START.plus(time), START.minus(DAY).plus(time), DAY,
                    null, null));
        });
        store().update(vault -> vault.withLibrary(new Library(
                LibraryAddress.of(LIBRARY, emulator.baseUri().toString()), "Stay photos", tokens)));
    }

    private static Token withExpiry(Token token, Instant expiresAt) {
        return new Token(token.label(), token.value(), expiresAt, expiresAt.minus(DAY), DAY, null, null);
    }

    /** Picks an order in the toolbar's choice, with the pointer, as the user does. */
    private void chooseOrder(FxRobot robot, TreeOrder order) {
        robot.clickOn(".sort-choice");
        Node choice = robot.lookup(".combo-box-popup .list-cell")
                .match((javafx.scene.control.ListCell<?> cell) -> TEXTS.get(order.messageKey()).equals(cell.getText()))
                .query();
        robot.clickOn(choice);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The top of every shown line on the screen, by library id or token label, from top to bottom. */
    private Map<String, Double> rowTops() throws Exception {
        return onFx(() -> {
            List<TreeTableRow<?>> rows = new ArrayList<>(shownRows());
            rows.sort((a, b) -> Double.compare(screenTop(a), screenTop(b)));
            Map<String, Double> tops = new LinkedHashMap<>();
            rows.forEach(r -> tops.put(nameOf((TreeEntry) r.getItem()), screenTop(r)));
            return tops;
        });
    }

    private List<TreeTableRow<?>> shownRows() {
        List<TreeTableRow<?>> rows = new ArrayList<>();
        for (Node node : stage.getScene().getRoot().lookupAll(".tree-table-row-cell")) {
            if (node instanceof TreeTableRow<?> r && r.isVisible() && !r.isEmpty() && r.getItem() != null) {
                rows.add(r);
            }
        }
        return rows;
    }

    private static String nameOf(TreeEntry entry) {
        return entry instanceof TokenEntry token ? token.label() : ((LibraryEntry) entry).libraryId();
    }

    private TreeTableRow<?> rowNode(String label) {
        return shownRows().stream().filter(r -> r.getItem() instanceof TokenEntry t && t.label().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no row shows " + label));
    }

    private Node buttonOf(String label, String query) throws Exception {
        return onFx(() -> rowNode(label).lookup(query));
    }

    private String timeLeftText(String label) {
        return ((javafx.scene.control.Labeled) rowNode(label).lookup(".time-left")).getText();
    }

    /** Where the row is on the screen: its origin (its bounds also hold what it draws outside itself, a focus ring). */
    private static double screenTop(Node node) {
        return node.localToScreen(0, 0).getY();
    }

    private static Point2D centreOf(Node node) throws Exception {
        return onFx(() -> {
            Bounds b = node.localToScreen(node.getBoundsInLocal());
            return new Point2D(b.getCenterX(), b.getCenterY());
        });
    }

    private TokenEntry row(String label) {
        return app.model().list().libraries().get(0).tokens().stream().filter(t -> t.label().equals(label))
                .findFirst().orElseThrow();
    }

    private VaultStore store() {
        VaultOpenerGate gate = gate();
        return gate.status().state() == VaultGate.State.NEW ? gate.create(null) : gate.open(null);
    }

    private VaultOpenerGate gate() {
        return new VaultOpenerGate(dataDir, keychain, TestKdf.FAST, clock);
    }

    private Token savedToken(String label) {
        Vault vault = store().load();
        return vault.token(new TokenRef(LIBRARY, label)).orElseThrow();
    }

    private void openApp() throws Exception {
        openApp(FxToolkit.registerPrimaryStage());
    }

    private void openApp(Stage on) throws Exception {
        stage = on;
        SmhClientSettings settings = SmhClientSettings.defaults(clock)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3))
                .withMaxAttempts(1);
        app = onFx(() -> {
            AppRoot root = new AppRoot(gate(), clock, Locale.ENGLISH, settings);
            root.show(stage, false);
            return root;
        });
        waitUntil(() -> onFx(() -> app.model().list().loadedProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
