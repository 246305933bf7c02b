package dev.smhtoken.vault;

import dev.smhtoken.token.Library;
import dev.smhtoken.token.Vault;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Child process: opens the vault (password from the environment, never the command line) and saves
 * state 1, 2, 3... in a loop, printing each number only after its save returned, until killed.
 */
public final class CrashSaveLoopChild {
    static final String PASSWORD_VARIABLE = "VAULT_TEST_PASSWORD";

    private CrashSaveLoopChild() {
    }

    public static void main(String[] args) {
        InMemoryKeychain none = new InMemoryKeychain();
        none.setAvailable(false);
        EncryptedVaultStore store = new VaultOpener(Path.of(args[0]), none, VaultFixtures.WEAK, Clock.systemUTC())
                .open(System.getenv(PASSWORD_VARIABLE).toCharArray());
        while (true) {
            Vault saved = store.update(v -> withState(v, state(v) + 1));
            System.out.println(state(saved));
            System.out.flush();
        }
    }

    static int state(Vault vault) {
        return vault.library("state").map(l -> Integer.parseInt(l.name().substring("state ".length()))).orElse(0);
    }

    static Vault withState(Vault vault, int n) {
        // some bulk, so that a save takes a few writes and a kill can land in the middle of one
        Vault bigger = vault.withLibrary(Library.of("state", "state " + n, null));
        return n == 1 ? bigger.withLibrary(VaultSamples.numbered("bulk", 1)).withLibrary(VaultSamples.numbered("bulk", 2))
                : bigger;
    }
}
