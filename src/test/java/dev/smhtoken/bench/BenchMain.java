package dev.smhtoken.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import dev.smhtoken.vault.OsKeychain;
import dev.smhtoken.vault.ProcessKeychain;
import javafx.application.Platform;

/**
 * The benchmark harness behind {@code bench/run}: measures every budget of the design on a real
 * window, prints one table and writes it to the results file. Exits 1 when a budget is missed.
 *
 * <p>Options: {@code --out FILE} (default bench/results.md), {@code --work DIR} (default
 * target/bench), {@code --no-jmh} (skip the micro-benchmarks).
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        Path out = Path.of(option(options, "--out", "bench/results.md"));
        Path work = Path.of(option(options, "--work", "target/bench")).toAbsolutePath();
        Files.createDirectories(work);
        BenchConfig config = BenchConfig.full(work, !options.contains("--no-jmh"));

        Instant now = Instant.now();
        progress("writing vaults of %,d and %,d tokens", config.startTokens(), config.bigTokens());
        OsKeychain keychain = new OsKeychain();
        if (!keychain.isAvailable()) {
            throw new IllegalStateException("No OS keychain (Secret Service on D-Bus) answers: run this through"
                    + " bench/run, which starts one, so that the app opens its vault without a password.");
        }
        // The started apps open these with the OS keychain, as on a user's desktop.
        Path small = BenchVaults.write(work, "vault-" + config.startTokens(), config.startTokens(), now, keychain);
        Path big = BenchVaults.write(work, "vault-" + config.bigTokens(), config.bigTokens(), now, keychain);
        // One data folder takes one window: the app hidden in the tray gets a vault of its own beside the shown one.
        Path smallHidden = BenchVaults.write(work, "vault-" + config.startTokens() + "-hidden", config.startTokens(), now,
                keychain);
        // The tick benchmark opens its window in this JVM, with the key held here.
        ProcessKeychain inProcess = new ProcessKeychain();
        Path bigHere = BenchVaults.write(work, "vault-" + config.bigTokens() + "-here", config.bigTokens(), now,
                inProcess);

        // --only start,second,idle,memory,tick,renew measures a part (while working on one budget).
        List<String> all = List.of("start", "second", "idle", "memory", "tick", "renew");
        List<String> only = List.of(option(options, "--only", String.join(",", all)).split(","));
        if (only.contains("idle") && !TrayHost.available()) {
            throw new IllegalStateException("trayer and xwininfo are needed for the idle row hidden in the tray"
                    + " (Debian: apt-get install trayer x11-utils)");
        }
        StartupBench.Result start = null;
        SecondLaunchBench.Result second = null;
        IdleCpuBench.Result idle = null;
        HiddenIdleBench.Result hidden = null;
        MemoryBench.Result memory = null;
        TickBench.Result tick = null;
        RenewAllBench.Result renew = null;
        if (only.contains("start")) {
            progress("start to first frame: %d cold starts each of the bare window and the app%s",
                    config.startRuns(), config.cds() ? ", then the app with CDS" : "");
            start = new StartupBench(config).run(small);
        }
        if (only.contains("second")) {
            progress("second launch while the app runs: %d launches", config.startRuns());
            second = new SecondLaunchBench(config).run(small);
        }
        if (only.contains("idle")) {
            progress("idle CPU over %d s", config.idleSeconds());
            idle = new IdleCpuBench(config).run(small);
            progress("idle CPU hidden in the tray vs shown, over %d s", config.idleSeconds());
            hidden = new HiddenIdleBench(config).run(smallHidden, small);
        }
        if (only.contains("memory")) {
            progress("resident memory with %,d tokens", config.bigTokens());
            memory = new MemoryBench(config).run(big);
        }
        if (only.contains("tick")) {
            progress("FX-thread time of %d clock ticks with %,d tokens", config.ticks(), config.bigTokens());
            tick = new TickBench(config).run(bigHere, inProcess);
        }
        if (only.contains("renew")) {
            progress("renew all of %,d tokens against the emulator", config.renewTokens());
            // This JVM may still hold the tick benchmark's 10,000-token window as garbage; an app
            // renewing its tokens would not, so it is collected before, not during, the run.
            System.gc();
            renew = new RenewAllBench(config).run();
        }
        Platform.exit();

        BudgetTable table = BudgetTable.of(config, start, second, tick, idle, hidden, memory, renew);
        String micro = "";
        if (config.jmh()) {
            progress("JMH micro-benchmarks");
            micro = MicroBenchmarks.run();
        }
        System.out.println();
        System.out.println(table.markdown());
        if (only.containsAll(all)) {
            Files.writeString(out, report(table, micro));
            progress("written to %s", out);
        }
        System.exit(table.allPass() ? 0 : 1);
    }

    private static String report(BudgetTable table, String micro) throws Exception {
        String date = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(Instant.now().atOffset(ZoneOffset.UTC)
                .withNano(0)) + " UTC";
        StringBuilder text = new StringBuilder("# Benchmark results\n\n")
                .append("Measured by `bench/run` on ").append(date).append(".\n\n")
                .append(Machine.describe()).append('\n')
                .append(table.markdown()).append('\n')
                .append(Files.readString(Path.of("bench/method.md")));
        if (!micro.isEmpty()) {
            text.append("\n## Micro-benchmarks (JMH 1.37, 1 fork, 3 x 1 s warm-up, 5 x 1 s measured)\n\n").append(micro);
        }
        return text.toString();
    }

    private static String option(List<String> options, String name, String fallback) {
        int at = options.indexOf(name);
        return at >= 0 && at + 1 < options.size() ? options.get(at + 1) : fallback;
    }

    private static void progress(String format, Object... args) {
        System.err.println("[bench] " + String.format(format, args));
    }
}
