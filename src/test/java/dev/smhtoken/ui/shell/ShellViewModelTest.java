package dev.smhtoken.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.emulator.SmhEmulator;
import dev.smhtoken.smh.HttpSmhGateway;
import dev.smhtoken.smh.SmhClientSettings;
import dev.smhtoken.testing.MutableClock;
import dev.smhtoken.testing.NoKeychain;
import dev.smhtoken.testing.TestKdf;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.TokenUseCases;
import dev.smhtoken.token.VaultGate;
import dev.smhtoken.ui.common.CurrentThreadTaskExecutor;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.common.TokenClipboard;
import dev.smhtoken.ui.main.MainViewModel;
import dev.smhtoken.vault.KeychainAccess;
import dev.smhtoken.vault.PlainVaultStore;
import dev.smhtoken.vault.ProcessKeychain;
import dev.smhtoken.vault.VaultOpenerGate;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The screen flow without the toolkit: a real vault folder (with and without a keychain), the
 * current-thread executor, the main view model behind it.
 */
class ShellViewModelTest {
    private static final String PASSWORD = "correct horse battery staple";
    @TempDir
    Path dataDir;
    @TempDir
    Path demoDir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T10:00:00Z"));
    private final SmhEmulator emulator = SmhEmulator.start(clock);
    private final HttpSmhGateway smh = new HttpSmhGateway(SmhClientSettings.defaults(clock).withMaxAttempts(1));
    private final ObjectProperty<Messages> language = new SimpleObjectProperty<>(Messages.forLocale(Locale.ENGLISH));
    private final MainViewModel main = new MainViewModel(new CurrentThreadTaskExecutor(), new NoClipboard(),
            new SimpleObjectProperty<>(clock.instant()), language, (title, body) -> { }, () -> false, ZoneOffset.UTC);
    private final TestWorkspaces workspaces = new TestWorkspaces();
    private ShellViewModel shell;

    @AfterEach
    void close() {
        if (shell != null) {
            shell.close();
        }
        smh.close();
        emulator.close();
    }

    private ShellViewModel shell(KeychainAccess keychain) {
        shell = new ShellViewModel(gate(keychain), new CurrentThreadTaskExecutor(), workspaces, main, language,
                Locale.ENGLISH);
        return shell;
    }

    private VaultOpenerGate gate(KeychainAccess keychain) {
        return new VaultOpenerGate(dataDir, keychain, TestKdf.FAST, clock);
    }

    @Test
    void aVaultTheKeychainOpensShowsItsTokensWithoutAQuestion() {
        ProcessKeychain keychain = new ProcessKeychain();
        gate(keychain).create(null).update(vault -> vault.withLibrary(Library.of("smhshell1", "Shell test", null)));
        ShellViewModel shell = shell(keychain);
        assertEquals(ShellViewModel.Screen.LOADING, shell.screenProperty().get());

        shell.enter();

        assertEquals(ShellViewModel.Screen.TOKENS, shell.screenProperty().get());
        assertEquals("Shell test", main.list().libraries().get(0).library().name());
        assertFalse(main.demoProperty().get());
        shell.lock();
        assertEquals(ShellViewModel.Screen.TOKENS, shell.screenProperty().get(), "no password: nothing to lock");
    }

    @Test
    void aPasswordVaultAsksUnlocksAndLocksAgain() {
        gate(NO_KEYCHAIN).create(PASSWORD.toCharArray())
                .update(vault -> vault.withLibrary(Library.of("smhshell1", "Shell test", null)));
        ShellViewModel shell = shell(NO_KEYCHAIN);

        shell.enter();
        assertEquals(ShellViewModel.Screen.UNLOCK, shell.screenProperty().get());
        shell.unlock().unlock(PASSWORD.toCharArray());
        assertEquals(ShellViewModel.Screen.TOKENS, shell.screenProperty().get());
        assertEquals(1, main.list().libraries().size());

        shell.lock();

        assertEquals(ShellViewModel.Screen.UNLOCK, shell.screenProperty().get());
        assertTrue(main.list().libraries().isEmpty(), "the rows (and their tokens) are gone from memory");
        assertNull(main.useCases());
        assertEquals("Locked.", main.status().statusProperty().get());
        assertEquals(1, workspaces.locked);
    }

    @Test
    void theUsersVaultTakesANewPasswordAndTheDemoOffersNone() {
        gate(NO_KEYCHAIN).create(PASSWORD.toCharArray())
                .update(vault -> vault.withLibrary(Library.of("smhshell1", "Shell test", null)));
        ShellViewModel shell = shell(NO_KEYCHAIN);
        shell.enter();
        shell.unlock().unlock(PASSWORD.toCharArray());

        shell.passwordChangeOrNull().accept("a new and longer password".toCharArray());
        shell.lock();
        shell.unlock().unlock(PASSWORD.toCharArray());
        assertEquals(ShellViewModel.Screen.UNLOCK, shell.screenProperty().get(), "the old password opens nothing");
        shell.unlock().unlock("a new and longer password".toCharArray());
        assertEquals(ShellViewModel.Screen.TOKENS, shell.screenProperty().get());
        assertEquals(1, main.list().libraries().size());

        shell.startDemo();
        assertNull(shell.passwordChangeOrNull(), "the demo has no password to change");
    }

    @Test
    void aSecondWindowOnTheSameFolderIsRefused() throws Exception {
        try (AutoCloseable first = gate(new ProcessKeychain()).claimForWindow()) {
            ShellViewModel shell = shell(new ProcessKeychain());
            shell.enter();

            assertEquals(ShellViewModel.Screen.REFUSAL, shell.screenProperty().get());
            assertFalse(shell.refusalProperty().get().isBlank());
        }
    }

    @Test
    void theDemoTakesTheWindowAndTheLanguageChanges() {
        ShellViewModel shell = shell(new ProcessKeychain());
        shell.startDemo();
        assertEquals(ShellViewModel.Screen.TOKENS, shell.screenProperty().get());
        assertTrue(main.demoProperty().get());
        assertEquals(1, workspaces.left);

        shell.useLanguage(Locale.SIMPLIFIED_CHINESE);
        assertEquals(Locale.SIMPLIFIED_CHINESE, shell.locale());
        assertEquals(Messages.forLocale(Locale.SIMPLIFIED_CHINESE).get("status.locked"),
                shell.languageProperty().get().get("status.locked"));
    }

    /** The window's vaults as the composition root makes them, renews on the calling thread. */
    private final class TestWorkspaces implements Workspaces {
        private VaultGate.OpenVault open;
        int locked;
        int left;

        @Override
        public TokenUseCases open(VaultGate.OpenVault vault) {
            open = vault;
            return TokenUseCases.of(smh, vault, clock);
        }

        @Override
        public TokenUseCases demo() {
            return TokenUseCases.of(smh, new PlainVaultStore(demoDir), clock);
        }

        @Override
        public boolean lock() {
            if (open == null || !open.hasPassword()) {
                return false;
            }
            open.lock();
            open = null;
            locked++;
            return true;
        }

        @Override
        public void changePassword(char[] newPassword) {
            open.changePassword(newPassword);
        }

        @Override
        public void leave() {
            open = null;
            left++;
        }
    }

    private static final class NoClipboard implements TokenClipboard {
        private final ReadOnlyObjectWrapper<Instant> clearsAt = new ReadOnlyObjectWrapper<>();

        @Override
        public void copy(dev.smhtoken.token.AccessToken token, Instant expiresAt) {
            throw new AssertionError("nothing is copied here");
        }

        @Override
        public ReadOnlyObjectProperty<Instant> clearsAtProperty() {
            return clearsAt.getReadOnlyProperty();
        }

        @Override
        public void clearNow() {
        }
    }

    private static final KeychainAccess NO_KEYCHAIN = NoKeychain.INSTANCE;
}
