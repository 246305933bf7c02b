package dev.smhtoken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.smhtoken.app.CliRoot;
import dev.smhtoken.desktop.DesktopJobs;
import dev.smhtoken.smh.SmhClientSettings;
import dev.smhtoken.token.SmhGateway;
import dev.smhtoken.token.TokenUseCases;
import dev.smhtoken.token.VaultGate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The command line run inside the test's JVM, over the real composition root ({@link CliRoot}: the
 * real vault, the real HTTP client), with the test's own streams. Cheaper than a JVM per command,
 * for the tests of hostile input that run many commands.
 */
final class InProcessCli implements AutoCloseable {
    /** What one command did. */
    record Result(int exit, String out, String err) {
        Result expect(int code) {
            assertEquals(code, exit, "exit code; stdout:\n" + out + "\nstderr:\n" + err);
            return this;
        }
    }

    private final Path dataDir;
    private final CliRoot root;
    private final SmhGateway gateway;

    InProcessCli(Path dataDir) {
        this(dataDir, null);
    }

    /**
     * @param gateway the SMH client the use cases get instead of the root's own (for a test that
     *                needs SMH to fail in a way no server can), or null for the root's
     */
    InProcessCli(Path dataDir, SmhGateway gateway) {
        this.dataDir = dataDir;
        this.root = new CliRoot(Clock.systemUTC(), settings());
        this.gateway = gateway;
    }

    /** Short timeouts and no retries, as the tests want them. */
    static SmhClientSettings settings() {
        return SmhClientSettings.defaults(Clock.systemUTC())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3))
                .withMaxAttempts(1);
    }

    /** {@code --data-dir DIR ARGS} with the test vaults' password in the environment. */
    Result run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(
                new ByteArrayInputStream((stdin == null ? "" : stdin).getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(PasswordSource.VARIABLE, TestVaults.PASSWORD), null);
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(Arrays.asList(args));
        int exit = new Cli(new Backend(), terminal, "test").execute(all.toArray(String[]::new));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        root.close();
    }

    /** The real root; with a gateway of the test's, the use cases are built over that one. */
    private final class Backend implements CliBackend {
        @Override
        public OpenedVault openVault(String folder, PasswordSource password) {
            OpenedVault real = root.openVault(folder, password);
            return gateway == null ? real
                    : new OpenedVault(real.store(), TokenUseCases.of(gateway, real.store(), root.clock()));
        }

        @Override
        public Clock clock() {
            return root.clock();
        }

        @Override
        public Path dataFolder(String folder) {
            return root.dataFolder(folder);
        }

        @Override
        public Optional<Path> chosenDataFolder(String folder) {
            return root.chosenDataFolder(folder);
        }

        @Override
        public VaultGate.Status vaultStatus(String folder) {
            return root.vaultStatus(folder);
        }

        @Override
        public DesktopJobs desktopJobs() {
            return root.desktopJobs();
        }

        @Override
        public Optional<TextClipboard> systemClipboard() {
            return Optional.empty();
        }
    }
}
