package dev.smhtoken.ui.unlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.testing.MutableClock;
import dev.smhtoken.testing.NoKeychain;
import dev.smhtoken.testing.TestKdf;
import dev.smhtoken.token.VaultGate;
import dev.smhtoken.ui.common.CurrentThreadTaskExecutor;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.vault.KeychainAccess;
import dev.smhtoken.vault.VaultOpenerGate;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The way into the vault as a view model, without the toolkit: a real vault folder and key
 * derivation (fast parameters), no OS keychain (so a password is asked), the current-thread executor.
 */
class UnlockViewModelTest {
    private static final String PASSWORD = "correct horse battery staple";
    @TempDir
    Path dataDir;
    private final List<VaultGate.OpenVault> opened = new ArrayList<>();

    private VaultOpenerGate gate() {
        return new VaultOpenerGate(dataDir, NO_KEYCHAIN, TestKdf.FAST, new MutableClock(Instant.parse("2026-01-05T10:00:00Z")));
    }

    private UnlockViewModel model(VaultGate gate) {
        return new UnlockViewModel(gate, new CurrentThreadTaskExecutor(), opened::add,
                () -> Messages.forLocale(Locale.ENGLISH));
    }

    @Test
    void creatingAsksForTheSamePasswordTwice() {
        VaultOpenerGate gate = gate();
        UnlockViewModel model = model(gate);
        model.ask(gate.status());
        assertEquals(UnlockViewModel.Mode.CREATE, model.modeProperty().get());

        model.create(PASSWORD.toCharArray(), "something else".toCharArray());
        assertTrue(model.errorProperty().get().startsWith("The two passwords differ"));
        assertTrue(opened.isEmpty());

        model.create(PASSWORD.toCharArray(), PASSWORD.toCharArray());
        assertNull(model.errorProperty().get());
        assertFalse(model.busyProperty().get());
        assertEquals(1, opened.size());
        assertTrue(opened.get(0).hasPassword());
    }

    @Test
    void aWrongPasswordIsRefusedWithASentenceAndTheRightOneOpens() {
        gate().create(PASSWORD.toCharArray());
        VaultOpenerGate gate = gate();
        UnlockViewModel model = model(gate);
        model.ask(gate.status());
        assertEquals(UnlockViewModel.Mode.UNLOCK, model.modeProperty().get());

        model.unlock("wrong password".toCharArray());
        assertNotNull(model.errorProperty().get());
        assertTrue(model.errorProperty().get().toLowerCase(Locale.ROOT).contains("password"), model.errorProperty().get());
        assertFalse(model.busyProperty().get(), "the form is usable again");
        assertTrue(opened.isEmpty());

        model.unlock(PASSWORD.toCharArray());
        assertEquals(1, opened.size());
    }

    @Test
    void repairIsOfferedWithWhatIsWrong() {
        UnlockViewModel model = model(gate());
        model.askToRepair("The vault file is damaged.");
        assertEquals(UnlockViewModel.Mode.REPAIR, model.modeProperty().get());
        assertEquals("The vault file is damaged.", model.problemProperty().get());
    }

    static final KeychainAccess NO_KEYCHAIN = NoKeychain.INSTANCE;
}
