package dev.smhtoken.ui.unlock;

import static dev.smhtoken.testing.FxTesting.onFx;
import static dev.smhtoken.testing.FxTesting.text;
import static dev.smhtoken.testing.FxTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.smhtoken.app.AppRoot;
import dev.smhtoken.smh.SmhClientSettings;
import dev.smhtoken.testing.MutableClock;
import dev.smhtoken.testing.TestKdf;
import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.Settings;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.VaultGate;
import dev.smhtoken.vault.OsKeychain;
import dev.smhtoken.vault.PlainVaultStore;
import dev.smhtoken.vault.VaultOpenerGate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Labeled;
import javafx.scene.Node;
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
 * The way into an encrypted vault on a machine without an OS keychain (like this one and CI): a
 * fresh start asks for a new master password, a restart asks for it again, Ctrl+L locks, and a
 * second window on the same data folder is refused.
 */
@ExtendWith(ApplicationExtension.class)
class UnlockWindowTest {
    private static final String PASSWORD = "horse battery";
    private static final String TOKEN = "acctkunlocktestvalue0123456789abcdefghijklmnopq";
    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    @TempDir
    Path dataDir;
    private final MutableClock clock = new MutableClock(START);
    private final List<AppRoot> apps = new ArrayList<>();

    @BeforeEach
    void onlyWithoutAKeychain() {
        assumeFalse(new OsKeychain().isAvailable(),
                "an OS keychain is reachable here, so no password is asked; this test covers machines without one");
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AppRoot app : apps) {
            onFx(() -> {
                app.close();
                return null;
            });
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void aFreshStartAsksForANewPasswordAndTheFileHoldsNoReadableToken(FxRobot robot) throws Exception {
        open(FxToolkit.registerPrimaryStage());
        waitUntil(() -> robot.lookup("#confirmField").tryQuery().map(n -> n.isVisible()).orElse(false));
        assertEquals("Protect your vault with a master password", text(robot, ".unlock-title"));

        robot.clickOn("#passwordField").write(PASSWORD);
        robot.clickOn("#confirmField").write("something else");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> text(robot, ".form-error") != null && text(robot, ".form-error").startsWith("The two passwords differ"));

        robot.clickOn("#passwordField").write(PASSWORD);
        robot.clickOn("#confirmField").write(PASSWORD);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".start-view").tryQuery().map(n -> n.isVisible()).orElse(false));

        // The command line (here: a second opener with the password) adds a token; the window shows it.
        gate().open(PASSWORD.toCharArray()).update(vault -> vault.withLibrary(library()));
        waitUntil(() -> "Secret photos".equals(text(robot, ".library-name")));

        byte[] onDisk = Files.readAllBytes(dataDir.resolve("vault.smhv"));
        String raw = new String(onDisk, StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains(TOKEN), "the token is readable in the vault file");
        assertFalse(raw.contains("Secret photos"), "library names are readable in the vault file");
    }

    @Test
    void aRestartAsksForThePasswordAndRefusesAWrongOne(FxRobot robot) throws Exception {
        gate().create(PASSWORD.toCharArray()).update(vault -> vault.withLibrary(library()));
        open(FxToolkit.registerPrimaryStage());
        waitUntil(() -> "Unlock your vault".equals(text(robot, ".unlock-title")));

        robot.clickOn("#passwordField").write("wrong password");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> text(robot, ".form-error") != null && !text(robot, ".form-error").isEmpty());
        assertTrue(text(robot, ".form-error").toLowerCase(Locale.ROOT).contains("password"), text(robot, ".form-error"));

        robot.clickOn("#passwordField").write(PASSWORD);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "Secret photos".equals(text(robot, ".library-name")));
    }

    @Test
    void theMasterPasswordIsChangedInTheSettingsAndTheOldOneNoLongerOpensTheVault(FxRobot robot) throws Exception {
        String newPassword = "a longer new pass phrase";
        gate().create(PASSWORD.toCharArray()).update(vault -> vault.withLibrary(library()));
        open(FxToolkit.registerPrimaryStage());
        waitUntil(() -> "Unlock your vault".equals(text(robot, ".unlock-title")));
        robot.clickOn("#passwordField").write(PASSWORD);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "Secret photos".equals(text(robot, ".library-name")));

        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#changePasswordButton").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.clickOn("#changePasswordButton");
        waitUntil(() -> robot.lookup("#newPasswordField").tryQuery().isPresent());
        robot.clickOn("#newPasswordField").write(newPassword);
        robot.clickOn("#confirmPasswordField").write("not the same");
        robot.clickOn("Change password");
        // The password dialog's own error: the settings dialog behind it has a (hidden) one too.
        waitUntil(() -> text(robot, "#passwordChangeError") != null
                && text(robot, "#passwordChangeError").startsWith("The two passwords differ"));
        robot.clickOn("#newPasswordField").write(newPassword);
        robot.clickOn("#confirmPasswordField").write(newPassword);
        robot.clickOn("Change password");
        waitUntil(() -> robot.lookup("#passwordChangedLabel").tryQuery().map(n -> n.isVisible()).orElse(false));

        org.junit.jupiter.api.Assertions.assertThrows(dev.smhtoken.vault.WrongPasswordException.class,
                () -> gate().open(PASSWORD.toCharArray()));
        assertEquals(TOKEN, gate().open(newPassword.toCharArray()).load().libraries().get(0).tokens().get(0)
                .value().reveal());
    }

    @Test
    void askedToFindWhileLockedTheFinderOpensOnceUnlockedAndALockClosesIt(FxRobot robot) throws Exception {
        gate().create(PASSWORD.toCharArray()).update(vault -> vault.withLibrary(library()));
        AppRoot app = open(FxToolkit.registerPrimaryStage());
        waitUntil(() -> "Unlock your vault".equals(text(robot, ".unlock-title")));

        onFx(() -> {
            app.openFinder(); // as a second start with --find would, before the password is typed
            return null;
        });
        assertFalse(robot.lookup(".finder").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#passwordField").write(PASSWORD);
        robot.type(KeyCode.ENTER);

        waitUntil(() -> robot.lookup(".finder").tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup(".finder-field").query().isFocused());
        robot.type(KeyCode.S, KeyCode.E, KeyCode.C);
        waitUntil(() -> text(robot, ".finder-title") != null);
        assertEquals("Secret photos / default", text(robot, ".finder-title"));

        robot.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        waitUntil(() -> "Unlock your vault".equals(text(robot, ".unlock-title")));
        robot.clickOn("#passwordField").write(PASSWORD);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "Secret photos".equals(text(robot, ".library-name")));
        assertFalse(robot.lookup(".finder").query().isVisible(), "the lock closed the finder; unlocking does not reopen it");
    }

    @Test
    void ctrlLLocksAndDropsTheRows(FxRobot robot) throws Exception {
        gate().create(PASSWORD.toCharArray()).update(vault -> vault.withLibrary(library()));
        AppRoot app = open(FxToolkit.registerPrimaryStage());
        waitUntil(() -> "Unlock your vault".equals(text(robot, ".unlock-title")));
        robot.clickOn("#passwordField").write(PASSWORD);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "Secret photos".equals(text(robot, ".library-name")));

        robot.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);

        waitUntil(() -> "Unlock your vault".equals(text(robot, ".unlock-title")));
        assertTrue(onFx(() -> app.model().list().libraries().isEmpty()), "the rows (and their tokens) are still in memory");
    }

    @Test
    void theVaultLocksItselfAfterTheIdleTimeOfTheSettings(FxRobot robot) throws Exception {
        Settings tenMinutes = new Settings(Duration.ofSeconds(30), false, 10, Duration.ofMinutes(5),
                Duration.ofMinutes(15), "system", "system", Duration.ofMinutes(10));
        gate().create(PASSWORD.toCharArray()).update(vault -> vault.withLibrary(library()).withSettings(tenMinutes));
        AppRoot app = open(FxToolkit.registerPrimaryStage());
        waitUntil(() -> "Unlock your vault".equals(text(robot, ".unlock-title")));
        robot.clickOn("#passwordField").write(PASSWORD);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "Secret photos".equals(text(robot, ".library-name")));

        clock.advance(Duration.ofMinutes(9));
        app.ticker().tickNow();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Secret photos", text(robot, ".library-name"), "locked before the idle time was up");

        clock.advance(Duration.ofMinutes(2));
        app.ticker().tickNow();
        waitUntil(() -> "Unlock your vault".equals(text(robot, ".unlock-title")));
    }

    @Test
    void anUnreadableVaultIsLeftAloneAndTheNewestGoodBackupCanBeRestored(FxRobot robot) throws Exception {
        VaultGate.OpenVault vault = gate().create(PASSWORD.toCharArray());
        vault.update(v -> v.withLibrary(library()));
        vault.update(v -> v.withLibrary(library().withDetails(library().address(), "Renamed photos")));
        Path file = dataDir.resolve("vault.smhv");
        byte[] damaged = Files.readAllBytes(file);
        damaged[damaged.length - 5] ^= 0x01;
        Files.write(file, damaged);

        open(FxToolkit.registerPrimaryStage());
        waitUntil(() -> "Unlock your vault".equals(text(robot, ".unlock-title")));
        robot.clickOn("#passwordField").write(PASSWORD);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "The vault cannot be read".equals(text(robot, ".unlock-title")));
        assertTrue(java.util.Arrays.equals(damaged, Files.readAllBytes(file)), "the unreadable file was changed");

        robot.clickOn("#passwordField").write(PASSWORD);
        robot.clickOn("#restoreButton");
        waitUntil(() -> "Secret photos".equals(text(robot, ".library-name")));
    }

    @Test
    void aMissingVaultBesideItsBackupsShowsTheRepairViewNotANewVault(FxRobot robot) throws Exception {
        VaultGate.OpenVault vault = gate().create(PASSWORD.toCharArray());
        vault.update(v -> v.withLibrary(library()));
        vault.update(v -> v.withLibrary(library().withDetails(library().address(), "Renamed photos")));
        Files.move(dataDir.resolve("vault.smhv"), dataDir.resolve("moved-away.smhv"));

        open(FxToolkit.registerPrimaryStage());
        waitUntil(() -> "The vault cannot be read".equals(text(robot, ".unlock-title")));
        assertTrue(text(robot, ".unlock-text").contains("is missing, but what is left of a vault is still there"),
                text(robot, ".unlock-text"));
        assertFalse(robot.lookup("#confirmField").query().isVisible(), "a new master password was asked for");
        assertFalse(Files.exists(dataDir.resolve("vault.smhv")), "a new vault was made");

        robot.clickOn("#passwordField").write(PASSWORD);
        robot.clickOn("#restoreButton");
        waitUntil(() -> "Secret photos".equals(text(robot, ".library-name")));
    }

    @Test
    void aPlainVaultOfADevelopmentVersionIsNeverOpenedNorReplacedByANewVault(FxRobot robot) throws Exception {
        new PlainVaultStore(dataDir).update(vault -> vault.withLibrary(library()));
        byte[] planted = Files.readAllBytes(dataDir.resolve(PlainVaultStore.FILE_NAME));
        open(FxToolkit.registerPrimaryStage());

        waitUntil(() -> "The vault cannot be read".equals(text(robot, ".unlock-title")));
        assertTrue(text(robot, ".unlock-text").contains("an unencrypted vault of a development version"),
                text(robot, ".unlock-text"));
        assertFalse(robot.lookup("#confirmField").query().isVisible(), "a new master password was asked for");
        assertTrue(robot.lookup(".library-name").tryQuery().isEmpty(), "the plain vault's libraries were shown");
        assertTrue(java.util.Arrays.equals(planted, Files.readAllBytes(dataDir.resolve(PlainVaultStore.FILE_NAME))));
        assertFalse(Files.exists(dataDir.resolve("vault.smhv")), "a vault was made beside it");
    }

    @Test
    void aSecondWindowOnTheSameFolderIsRefused(FxRobot robot) throws Exception {
        open(FxToolkit.registerPrimaryStage());
        waitUntil(() -> robot.lookup("#confirmField").tryQuery().isPresent());

        Stage second = onFx(Stage::new);
        open(second);

        waitUntil(() -> robot.lookup(".refusal-text").tryQuery().isPresent());
        assertTrue(text(robot, ".refusal-text").contains("already open"), text(robot, ".refusal-text"));
    }

    private Library library() {
        Token token = new Token("default", AccessToken.of(TOKEN), START.plus(Duration.ofHours(3)), START,
                Duration.ofHours(24), null, null);
        return new Library(LibraryAddress.of("smhsecret1", null), "Secret photos", List.of(token));
    }

    private VaultOpenerGate gate() {
        return new VaultOpenerGate(dataDir, new OsKeychain(), TestKdf.FAST, clock);
    }

    private AppRoot open(Stage stage) throws Exception {
        AppRoot app = onFx(() -> {
            AppRoot root = new AppRoot(gate(), clock, Locale.ENGLISH, SmhClientSettings.defaults(clock));
            root.show(stage, false);
            return root;
        });
        apps.add(app);
        return app;
    }
}
