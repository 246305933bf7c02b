package dev.smhtoken.vault;

import java.nio.file.Path;

/** Child process: adds {@code count} libraries named {@code prefix-i}, one update each. */
public final class PlainStoreWriterChild {
    private PlainStoreWriterChild() {
    }

    public static void main(String[] args) {
        PlainVaultStore store = new PlainVaultStore(Path.of(args[0]));
        String prefix = args[1];
        int count = Integer.parseInt(args[2]);
        for (int i = 0; i < count; i++) {
            int n = i;
            store.update(vault -> vault.withLibrary(VaultSamples.numbered(prefix, n)));
        }
        System.out.println("done");
    }
}
