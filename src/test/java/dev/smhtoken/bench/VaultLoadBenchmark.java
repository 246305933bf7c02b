package dev.smhtoken.bench;

import dev.smhtoken.token.Vault;
import dev.smhtoken.token.VaultStore;
import dev.smhtoken.vault.ProcessKeychain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** Reading the whole vault: what the window's first load, and every renew's read, costs. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class VaultLoadBenchmark {
    @Param({"1000", "10000"})
    public int tokens;
    private Path folder;
    private VaultStore store;

    @Setup
    public void writeVault() throws Exception {
        folder = Files.createTempDirectory("smh-bench-vault");
        // The encrypted vault, its key held in this process: the decryption counts, the keychain does not.
        ProcessKeychain keychain = new ProcessKeychain();
        store = BenchVaults.store(BenchVaults.write(folder, "vault", tokens, Instant.now(), keychain), keychain);
    }

    @Benchmark
    public Vault load() {
        return store.load();
    }

    @TearDown
    public void deleteVault() throws Exception {
        BenchVaults.deleteRecursively(folder);
    }
}
