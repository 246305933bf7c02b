package dev.smhtoken.vault;

import dev.smhtoken.token.TokenRef;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Child process: opens the vault (password from the environment), notes a renew of
 * {@code args[1]}/default sent at {@code args[2]} in its journal, says "noted", then waits until
 * its standard input closes and ends at once, without settling it (as a killed app would).
 */
public final class JournalWriterChild {
    private JournalWriterChild() {
    }

    public static void main(String[] args) throws Exception {
        EncryptedVaultStore store = VaultFixtures.withoutKeychain(Path.of(args[0]))
                .open(System.getenv(CrashSaveLoopChild.PASSWORD_VARIABLE).toCharArray());
        store.renewJournal().sending(List.of(new TokenRef(args[1], "default")), Instant.parse(args[2]));
        System.out.println("noted");
        System.out.flush();
        System.in.readAllBytes();
        Runtime.getRuntime().halt(0);
    }
}
