package dev.smhtoken.ui.main;

import static dev.smhtoken.testing.FxTesting.closeWindow;
import static dev.smhtoken.testing.FxTesting.onFx;
import static dev.smhtoken.testing.FxTesting.text;
import static dev.smhtoken.testing.FxTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.app.AppRoot;
import dev.smhtoken.emulator.Fault;
import dev.smhtoken.emulator.SmhEmulator;
import dev.smhtoken.smh.SmhClientSettings;
import dev.smhtoken.testing.MutableClock;
import dev.smhtoken.testing.TestKdf;
import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.GenerateOptions;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.LibrarySecret;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenEvent;
import dev.smhtoken.token.TokenRef;
import dev.smhtoken.token.VaultGate;
import dev.smhtoken.token.VaultStore;
import dev.smhtoken.vault.ProcessKeychain;
import dev.smhtoken.vault.VaultOpenerGate;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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
 * Copy fresh (renew, then copy the value SMH answered) and Generate new where Renew was, driven like
 * a user would, against the project's SMH emulator on 127.0.0.1 and a real vault file.
 */
@ExtendWith(ApplicationExtension.class)
class CopyFreshWindowTest {
    private static final Duration DAY = Duration.ofHours(24);
    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");
    private static final String LIBRARY = "smhfresh1";
    private static final String SECRET = "test-library-secret";
    /** What the user had on the clipboard before: a copy that copies nothing must leave it. */
    private static final String USERS_OWN = "something the user copied earlier";

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
        emulator.addLibrary(LIBRARY, SECRET);
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

    @Test
    void copyFreshPutsTheValueSmhAnsweredOnTheClipboardOnceTheRenewIsSaved(FxRobot robot) throws Exception {
        String old = seedToken("default", Duration.ofMinutes(5));
        openApp();
        copyToClipboard(USERS_OWN);
        // SMH answers this renew with another value than the one sent: the new one is what must be pasted.
        emulator.faults().next(Fault.json("{\"accessToken\":\"acctk-renewed-fresh-value\",\"expiresIn\":86400}"));

        robot.clickOn(".copy-fresh-button");

        waitUntil(() -> "acctk-renewed-fresh-value".equals(clipboardText()));
        assertNotEquals(old, clipboardText());
        assertEquals("acctk-renewed-fresh-value", savedToken("default").value().reveal(), "saved before it was copied");
        assertEquals(START.plus(DAY), savedToken("default").expiresAt());
        assertTrue(robot.lookup(".clipboard-box").query().isVisible(), "the clipboard timer runs");
        assertEquals("Renewed " + LIBRARY + "/default and copied the value SMH answered to the clipboard.",
                text(robot, "#statusLabel"));
        waitUntil(() -> "1d 00h 00m 00s".equals(text(robot, ".time-left")));
        waitUntil(() -> savedToken("default").history().stream().anyMatch(e -> e.kind() == TokenEvent.Kind.COPIED));
    }

    @Test
    void enterAndADoubleClickOnATokenLineCopyItFresh(FxRobot robot) throws Exception {
        String token = seedToken("default", Duration.ofMinutes(5));
        openApp();
        robot.clickOn(".token-value");
        copyToClipboard(USERS_OWN);

        robot.type(KeyCode.ENTER);
        waitUntil(() -> token.equals(clipboardText()));
        assertEquals(1, emulator.renewCount(token));

        copyToClipboard(USERS_OWN);
        robot.doubleClickOn(".time-left", MouseButton.PRIMARY);
        waitUntil(() -> token.equals(clipboardText()));
        assertEquals(2, emulator.renewCount(token));

        copyToClipboard(USERS_OWN);
        robot.doubleClickOn(".copy-button", MouseButton.PRIMARY);
        assertEquals(2, emulator.renewCount(token), "a double click on a row's own button is that button's");
        robot.type(KeyCode.F1);
        waitUntil(() -> robot.lookup(".shortcut-key").tryQuery().isPresent());
        List<String> listed = robot.lookup(".shortcut-key").queryAllAs(javafx.scene.control.Label.class).stream()
                .map(javafx.scene.control.Label::getAccessibleText).toList();
        assertTrue(listed.contains("Enter: Copy the selected token fresh: renew it, then copy the value SMH answered"),
                "the shortcuts sheet lists Enter: " + listed);
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aFailedRenewCopiesNothingAndTheRowSaysWhy(FxRobot robot) throws Exception {
        String token = seedToken("default", Duration.ofMinutes(5));
        openApp();
        copyToClipboard(USERS_OWN);
        emulator.faults().next(Fault.error(503, "ServerOverloaded", "try again later"));

        robot.clickOn(".copy-fresh-button");
        waitUntil(() -> text(robot, ".failure-text") != null && !text(robot, ".failure-text").isEmpty());

        assertTrue(text(robot, ".failure-text").startsWith("ServerOverloaded"), text(robot, ".failure-text"));
        waitUntil(() -> text(robot, "#statusLabel").startsWith(LIBRARY + "/default: nothing was copied."));
        assertEquals(USERS_OWN, clipboardText());
        assertFalse(robot.lookup(".clipboard-box").query().isVisible(), "no clipboard timer");
        assertEquals(token, savedToken("default").value().reveal());
    }

    @Test
    void aRejectedTokenWithARememberedSecretIsReplacedAfterAConfirmationAndTheNewOneCopied(FxRobot robot)
            throws Exception {
        String dead = seedToken("default", Duration.ofMinutes(5));
        rememberSecret();
        clock.advance(Duration.ofMinutes(6)); // expired at SMH: it answers InvalidAccessToken
        openApp();
        copyToClipboard(USERS_OWN);

        robot.clickOn(".copy-fresh-button");
        Button generate = dialogButton(robot, "Generate and copy");
        String question = robot.lookup(".dialog-pane .content").queryLabeled().getText();
        assertTrue(question.startsWith("InvalidAccessToken"), question);
        assertTrue(question.contains("the old value is dropped from the vault and not revoked at SMH"), question);
        assertEquals(USERS_OWN, clipboardText(), "nothing is copied before the user agrees");
        robot.clickOn(generate);

        waitUntil(() -> !dead.equals(savedToken("default").value().reveal()));
        String replacement = savedToken("default").value().reveal();
        waitUntil(() -> replacement.equals(clipboardText()));
        assertEquals(LIBRARY, emulator.token(replacement).orElseThrow().libraryId(), "SMH issued it");
        assertEquals("u1", emulator.token(replacement).orElseThrow().userId(), "made the same way");
        assertEquals("Generated a new token for " + LIBRARY + "/default and copied it to the clipboard.",
                text(robot, "#statusLabel"));
    }

    @Test
    void aRejectedTokenWithoutARememberedSecretCopiesNothingAndOffersGenerateNew(FxRobot robot) throws Exception {
        String dead = seedToken("default", Duration.ofMinutes(5));
        clock.advance(Duration.ofMinutes(6));
        openApp();
        copyToClipboard(USERS_OWN);

        robot.clickOn(".copy-fresh-button");
        Button offer = dialogButton(robot, "Generate new token…");
        assertEquals(USERS_OWN, clipboardText());
        String failure = text(robot, ".failure-text");
        assertTrue(failure.startsWith("InvalidAccessToken") && failure.contains("does not remember its secret"), failure);
        assertTrue(text(robot, "#statusLabel").startsWith(LIBRARY + "/default: nothing was copied. InvalidAccessToken"),
                text(robot, "#statusLabel"));
        assertTrue(robot.lookup(".generate-new-button").query().isVisible(), "the row offers Generate new too");
        assertFalse(robot.lookup(".renew-button").query().isVisible());

        robot.clickOn(offer);
        waitUntil(() -> robot.lookup("#replaceSecretField").tryQuery().isPresent());
        robot.clickOn("#replaceSecretField").write(SECRET);
        robot.clickOn("OK");

        waitUntil(() -> !dead.equals(savedToken("default").value().reveal()));
        String replacement = savedToken("default").value().reveal();
        waitUntil(() -> replacement.equals(clipboardText()));
        waitUntil(() -> robot.lookup(".renew-button").query().isVisible());
    }

    @Test
    void expiredRevokedAndRejectedRowsShowGenerateNewWhereRenewWas(FxRobot robot) throws Exception {
        String expired = emulator.issueToken(LIBRARY, DAY, START.minus(Duration.ofMinutes(1)));
        String live = emulator.issueToken(LIBRARY, DAY, START.plus(Duration.ofHours(3)));
        Instant earlier = START.minus(Duration.ofHours(2));
        seedLibrary(List.of(
                new Token("expired", AccessToken.of(expired), START.minus(Duration.ofMinutes(1)), earlier, DAY,
                        new GenerateOptions(DAY, null, "u1", null, null), null),
                new Token("revoked", AccessToken.of("acctk-revoked-earlier"), START.plus(Duration.ofHours(3)), earlier,
                        DAY, null, earlier),
                new Token("rejected", AccessToken.of("acctk-rejected-earlier"), START.plus(Duration.ofHours(3)), earlier,
                        DAY, null, null, null, List.of(new TokenEvent(earlier, TokenEvent.Kind.FAILED, null,
                        TokenEvent.INVALID_TOKEN_CODE))),
                new Token("live", AccessToken.of(live), START.plus(Duration.ofHours(3)), earlier, DAY, null, null)));
        rememberSecret();
        openApp();

        for (String label : List.of("expired", "revoked", "rejected")) {
            assertTrue(button(robot, label, ".generate-new-button").isVisible(), label);
            assertFalse(button(robot, label, ".renew-button").isVisible(), label);
        }
        assertTrue(button(robot, "live", ".renew-button").isVisible());
        assertFalse(button(robot, "live", ".generate-new-button").isVisible());
        copyToClipboard(USERS_OWN);

        robot.clickOn(button(robot, "expired", ".generate-new-button"));
        Button generate = dialogButton(robot, "Generate new token");
        assertTrue(robot.lookup(".dialog-pane .content").queryLabeled().getText()
                .startsWith("As far as this app knows, the token " + LIBRARY + "/expired has expired."));
        robot.clickOn(generate);

        waitUntil(() -> !expired.equals(savedToken("expired").value().reveal()));
        String replacement = savedToken("expired").value().reveal();
        assertEquals("u1", emulator.token(replacement).orElseThrow().userId());
        waitUntil(() -> button(robot, "expired", ".renew-button").isVisible());
        assertEquals(USERS_OWN, clipboardText(), "Generate new alone copies nothing");

        // A live token's expiry moves its row from Renew to Generate new with the clock, no click needed.
        clock.advance(Duration.ofHours(4));
        app.ticker().tickNow();
        waitUntil(() -> button(robot, "live", ".generate-new-button").isVisible());
    }

    // ---- helpers -----------------------------------------------------------------------------------

    /** The button of that style class on the line of the token labelled {@code label}. */
    private static Node button(FxRobot robot, String label, String styleClass) {
        Node row = robot.lookup(".tree-table-row-cell")
                .match((TreeTableRow<?> r) -> r.getItem() instanceof TokenEntry t && t.label().equals(label))
                .query();
        return robot.from(row).lookup(styleClass).query();
    }

    /** Waits for a dialog with a button of that text, and returns the button. */
    private static Button dialogButton(FxRobot robot, String text) throws TimeoutException {
        waitUntil(() -> robot.lookup(".dialog-pane .button").match((Button b) -> text.equals(b.getText())).tryQuery()
                .isPresent());
        return robot.lookup(".dialog-pane .button").match((Button b) -> text.equals(b.getText())).queryButton();
    }

    private String seedToken(String label, Duration left) {
        String token = emulator.issueToken(LIBRARY, DAY, START.plus(left));
        seedLibrary(List.of(new Token(label, AccessToken.of(token), START.plus(left), START.minus(DAY).plus(left),
                DAY, new GenerateOptions(DAY, null, "u1", null, null), null)));
        return token;
    }

    private void seedLibrary(List<Token> tokens) {
        store().update(vault -> vault.withLibrary(new Library(
                LibraryAddress.of(LIBRARY, emulator.baseUri().toString()), "Fresh photos", tokens)));
    }

    private void rememberSecret() {
        store().update(vault -> vault.withLibrary(vault.library(LIBRARY).orElseThrow()
                .withRememberedSecret(LibrarySecret.wrap(SECRET.toCharArray()))));
    }

    private VaultStore store() {
        VaultOpenerGate gate = gate();
        return gate.status().state() == VaultGate.State.NEW ? gate.create(null) : gate.open(null);
    }

    private VaultOpenerGate gate() {
        return new VaultOpenerGate(dataDir, keychain, TestKdf.FAST, clock);
    }

    private Token savedToken(String label) {
        return store().load().token(new TokenRef(LIBRARY, label)).orElseThrow();
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

    private static String clipboardText() throws Exception {
        return onFx(() -> Clipboard.getSystemClipboard().getString());
    }

    private static void copyToClipboard(String text) throws Exception {
        onFx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            return Clipboard.getSystemClipboard().setContent(content);
        });
    }
}
