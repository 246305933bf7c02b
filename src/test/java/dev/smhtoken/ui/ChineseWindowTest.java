package dev.smhtoken.ui;

import static dev.smhtoken.testing.FxTesting.closeWindow;
import static dev.smhtoken.testing.FxTesting.onFx;
import static dev.smhtoken.testing.FxTesting.text;
import static dev.smhtoken.testing.FxTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.app.AppRoot;
import dev.smhtoken.emulator.Fault;
import dev.smhtoken.emulator.SmhEmulator;
import dev.smhtoken.smh.SmhClientSettings;
import dev.smhtoken.testing.MutableClock;
import dev.smhtoken.testing.TestKdf;
import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.VaultGate;
import dev.smhtoken.token.VaultStore;
import dev.smhtoken.vault.ProcessKeychain;
import dev.smhtoken.vault.VaultOpenerGate;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
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
 * A window that starts in English and is switched to Simplified Chinese while it runs speaks
 * Chinese everywhere, also where the words come from below the window: a failed renew (SMH's code
 * kept in front of the Chinese sentence, also one shown before the switch), the renew-all report,
 * a form's validation error, and the buttons of every kind of dialog (JavaFX names its own OK and
 * Cancel in the JVM's language).
 */
@ExtendWith(ApplicationExtension.class)
class ChineseWindowTest {
    private static final Duration DAY = Duration.ofHours(24);
    private static final Instant START = Instant.parse("2026-01-05T10:00:00Z");
    private static final String LIBRARY = "smhchinese1";

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
        emulator.addLibrary(LIBRARY, "chinese-library-secret");
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
    void aFailedRenewSaysWhyInChineseAfterTheSwitch(FxRobot robot) throws Exception {
        seed("web");
        openAppInEnglishThenSwitchToChinese(robot);
        emulator.faults().next(Fault.error(401, "InvalidAccessToken", "token expired"));

        robot.clickOn(".renew-button");
        waitUntil(() -> text(robot, ".failure-text") != null && !text(robot, ".failure-text").isEmpty());

        String failure = text(robot, ".failure-text");
        assertTrue(failure.startsWith("InvalidAccessToken: 令牌无效、已过期、已被吊销或属于其他媒体库；请生成新令牌"), failure);
        assertTrue(failure.contains("（HTTP 401，请求 "), failure);
        assertTrue(onFx(() -> app.model().status().statusProperty().get()).contains("InvalidAccessToken: 令牌无效"));
    }

    @Test
    void aFailureShownBeforeTheSwitchIsSaidAgainInChinese(FxRobot robot) throws Exception {
        seed("web");
        openAppInEnglish(robot);
        emulator.faults().next(Fault.error(401, "InvalidAccessToken", "token expired"));
        robot.clickOn(".renew-button");
        waitUntil(() -> String.valueOf(text(robot, ".failure-text")).startsWith("InvalidAccessToken: the token is invalid"));

        switchToChinese(robot);

        waitUntil(() -> String.valueOf(text(robot, ".failure-text")).startsWith("InvalidAccessToken: 令牌无效"));
    }

    @Test
    void theRenewAllReportIsChineseAndClosesWithAChineseButton(FxRobot robot) throws Exception {
        seed("web", "print");
        openAppInEnglishThenSwitchToChinese(robot);
        emulator.faults().next(Fault.error(401, "InvalidAccessToken", "gone"), Fault.error(401, "InvalidAccessToken", "gone"));

        robot.clickOn("#renewAllButton");
        waitUntil(() -> robot.lookup(".failure-report").tryQuery().isPresent(), 30);

        ListView<?> lines = robot.lookup(".failure-report .report-list").queryListView();
        List<String> shown = onFx(() -> lines.getItems().stream().map(Object::toString).toList());
        assertEquals(2, shown.size(), shown.toString());
        shown.forEach(line -> assertTrue(line.contains(" — InvalidAccessToken: 令牌无效"), line));
        assertEquals(Set.of("关闭"), dialogButtons(robot, ".failure-report"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup(".failure-report").tryQuery().isEmpty());
    }

    @Test
    void aFormDialogHasChineseButtonsAndAChineseValidationError(FxRobot robot) throws Exception {
        seed("web");
        openAppInEnglishThenSwitchToChinese(robot);

        robot.clickOn("#addLibraryButton");
        waitUntil(() -> robot.lookup("#libraryIdField").tryQuery().isPresent());
        assertEquals(Set.of("确定", "取消"), dialogButtons(robot, ".form-dialog"));
        robot.clickOn("#libraryIdField").write("has space");
        // Enter presses the default button (OK) wherever a resize moved it; a click could miss.
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".form-error").queryLabeled().isVisible());

        assertEquals("LibraryId“has space”包含空格或斜杠：请从 SMH 控制台准确复制。",
                robot.lookup(".form-error").queryLabeled().getText());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#libraryIdField").tryQuery().isEmpty());
    }

    @Test
    void aConfirmationNamesItsActionAndCancelInChinese(FxRobot robot) throws Exception {
        seed("web");
        openAppInEnglishThenSwitchToChinese(robot);

        robot.clickOn(".library-name");
        robot.type(KeyCode.DELETE);
        waitUntil(() -> robot.lookup(".dialog-pane .button").tryQuery().isPresent());

        assertEquals(Set.of("移除", "取消"), dialogButtons(robot, ".dialog-pane"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup(".dialog-pane .button").tryQuery().isEmpty());
        assertEquals(1, onFx(() -> app.model().list().libraries().size()));
    }

    private static Set<String> dialogButtons(FxRobot robot, String pane) {
        return robot.lookup(pane + " .button-bar .button").queryAll().stream()
                .filter(Node::isVisible)
                .map(node -> ((Button) node).getText())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private void seed(String... labels) {
        List<Token> tokens = java.util.Arrays.stream(labels).map(label -> {
            Instant expiresAt = START.plus(Duration.ofHours(3));
            String value = emulator.issueToken(LIBRARY, DAY, expiresAt);
            return new Token(label, AccessToken.of(value), expiresAt, expiresAt.minus(DAY), DAY, null, null);
        }).toList();
        store().update(vault -> vault.withLibrary(new Library(
                LibraryAddress.of(LIBRARY, emulator.baseUri().toString()), "Chinese test", tokens)));
    }

    private VaultStore store() {
        VaultOpenerGate gate = gate();
        return gate.status().state() == VaultGate.State.NEW ? gate.create(null) : gate.open(null);
    }

    private VaultOpenerGate gate() {
        return new VaultOpenerGate(dataDir, keychain, TestKdf.FAST, clock);
    }

    /** Starts in English, as on an English desktop, then switches the way the settings do. */
    private void openAppInEnglishThenSwitchToChinese(FxRobot robot) throws Exception {
        openAppInEnglish(robot);
        switchToChinese(robot);
    }

    private void openAppInEnglish(FxRobot robot) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        SmhClientSettings settings = SmhClientSettings.defaults(clock)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1))
                .withMaxAttempts(1)
                .withSleeper(wait -> { });
        app = onFx(() -> {
            AppRoot root = new AppRoot(gate(), clock, Locale.ENGLISH, settings, (title, body) -> { });
            root.show(stage, false);
            return root;
        });
        waitUntil(() -> onFx(() -> app.model().list().loadedProperty().get()));
        waitUntil(() -> "Add library".equals(text(robot, "#addLibraryButton")));
    }

    private void switchToChinese(FxRobot robot) throws Exception {
        onFx(() -> {
            app.useLanguage(Locale.SIMPLIFIED_CHINESE);
            return null;
        });
        waitUntil(() -> "添加媒体库".equals(text(robot, "#addLibraryButton")));
    }
}
