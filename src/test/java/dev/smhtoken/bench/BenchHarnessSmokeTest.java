package dev.smhtoken.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.token.Library;
import dev.smhtoken.vault.ProcessKeychain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * Runs every measurement of the benchmark harness at toy sizes, headless, so the instrument cannot
 * rot: each must produce a sane number. No budget is checked here; {@code bench/run} does that on
 * a real window.
 */
class BenchHarnessSmokeTest {
    @TempDir
    static Path work;
    private static BenchConfig config;
    private static Path vault;
    /** Held by this JVM: the child JVMs find no key here and ask for a password, which the smoke run allows. */
    private static final ProcessKeychain KEYCHAIN = new ProcessKeychain();

    @BeforeAll
    static void writeVault() throws Exception {
        FxToolkit.registerPrimaryStage(); // the toolkit started the way the other UI tests start it
        config = BenchConfig.smoke(work);
        vault = BenchVaults.write(work, "vault", config.startTokens(), Instant.now(), KEYCHAIN);
    }

    @Test
    void theVaultIsWrittenByTheAppsOwnStore() {
        int tokens = BenchVaults.store(vault, KEYCHAIN).load().libraries().stream().mapToInt(l -> l.tokens().size()).sum();
        assertEquals(config.startTokens(), tokens);
        assertTrue(BenchVaults.store(vault, KEYCHAIN).load().libraries().stream().map(Library::host)
                .allMatch(host -> host.getHost().equals("127.0.0.1")));
    }

    @Test
    void startUpIdleCpuAndMemoryOfChildJvmsAreMeasured() throws Exception {
        StartupBench.Result start = new StartupBench(config).run(vault);
        assertSaneMillis(start.bare());
        assertSaneMillis(start.appFirstFrame());
        assertTrue(start.appWithTokens() >= start.appFirstFrame(), "the tokens cannot show before the first frame");
        assertSaneMillis(start.table());

        SecondLaunchBench.Result second = new SecondLaunchBench(config).run(vault);
        assertSaneMillis(second.inFront());
        assertSaneMillis(second.gone());

        IdleCpuBench.Result idle = new IdleCpuBench(config).run(vault);
        assertTrue(idle.app() >= 0 && idle.app() < 200, "app CPU " + idle.app());
        assertTrue(idle.bare() >= 0 && idle.bare() < 200, "bare CPU " + idle.bare());
        assertTrue(idle.firstApp() >= 0 && idle.firstApp() < 200, "app CPU, first window " + idle.firstApp());

        MemoryBench.Result memory = new MemoryBench(config).run(vault);
        assertTrue(memory.app() > 20 && memory.app() < 4096, "app RSS " + memory.app());
        assertTrue(memory.bare() > 20 && memory.bare() < 4096, "bare RSS " + memory.bare());
    }

    @Test
    void tickTimeAndRenewAllAreMeasuredOnTheRealWindow() throws Exception {
        TickBench.Result tick = new TickBench(config).run(vault, KEYCHAIN);
        assertEquals(config.ticks(), tick.ticks());
        assertTrue(tick.median() > 0 && tick.median() <= tick.max() && tick.max() < 10_000, tick.toString());

        RenewAllBench.Result renew = new RenewAllBench(config).run();
        assertEquals(config.renewTokens(), renew.renewed(), renew.toString());
        assertEquals(0, renew.failed());
        assertTrue(renew.seconds() > 0 && renew.appRps() > 0 && renew.bareRps() > 0, renew.toString());
        assertTrue(renew.longestGapMs() >= 0, renew.toString());

        BudgetTable table = BudgetTable.of(config,
                new StartupBench.Result(1, 1, 1, 1, Double.NaN, Double.NaN, Double.NaN, 1),
                new SecondLaunchBench.Result(1, 1, 1), tick,
                new IdleCpuBench.Result(1, 1, 1, 1, 1), null, new MemoryBench.Result(1, 1), renew);
        assertEquals(6, table.rows().size(), table.markdown());
    }

    /**
     * An installed image's launcher takes no JVM options on its command line: the harness hands them
     * over in JAVA_TOOL_OPTIONS. A script standing in for the launcher starts the bare window, which
     * reports its first frame only if the report's property arrived that way.
     */
    @Test
    void aLaunchersJvmGetsTheHarnessOptionsThroughTheEnvironment() throws Exception {
        Path launcher = work.resolve("launcher");
        Files.writeString(launcher, "#!/bin/sh\nexec '" + ChildJvm.javaCommand() + "' -cp '" + ChildJvm.classPath()
                + "' '" + Launches.BARE_MAIN + "' \"$@\"\n");
        assertTrue(launcher.toFile().setExecutable(true));
        try (ChildJvm child = ChildJvm.startLauncher(launcher, config.jvmOptions(), List.of(), work.resolve("launcher.log"))) {
            assertSaneMillis(StartupBench.millis(child.awaitMarker("FIRST_FRAME", StartupBench.TIMEOUT)));
        }
    }

    private static void assertSaneMillis(double millis) {
        assertTrue(millis > 0 && millis < 60_000, "millis " + millis);
    }
}
