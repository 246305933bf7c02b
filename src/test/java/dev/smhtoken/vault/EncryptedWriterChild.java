package dev.smhtoken.vault;

import java.nio.file.Path;
import java.time.Clock;

/** Child process: opens the encrypted vault (password from the environment) and adds {@code count} libraries. */
public final class EncryptedWriterChild {
    private EncryptedWriterChild() {
    }

    public static void main(String[] args) {
        InMemoryKeychain none = new InMemoryKeychain();
        none.setAvailable(false);
        EncryptedVaultStore store = new VaultOpener(Path.of(args[0]), none, VaultFixtures.WEAK, Clock.systemUTC())
                .open(System.getenv(CrashSaveLoopChild.PASSWORD_VARIABLE).toCharArray());
        for (int i = 0; i < Integer.parseInt(args[2]); i++) {
            int n = i;
            store.update(vault -> vault.withLibrary(VaultSamples.numbered(args[1], n)));
        }
        System.out.println("done");
    }
}
