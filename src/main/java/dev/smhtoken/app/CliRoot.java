package dev.smhtoken.app;

import dev.smhtoken.cli.AwtTextClipboard;
import dev.smhtoken.cli.Cli;
import dev.smhtoken.cli.CliBackend;
import dev.smhtoken.cli.OpenedVault;
import dev.smhtoken.cli.PasswordSource;
import dev.smhtoken.cli.Terminal;
import dev.smhtoken.cli.TextClipboard;
import dev.smhtoken.smh.HttpSmhGateway;
import dev.smhtoken.smh.SmhClientSettings;
import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.GenerateOptions;
import dev.smhtoken.token.IssuedToken;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.LibrarySecret;
import dev.smhtoken.token.SmhGateway;
import dev.smhtoken.token.TokenUseCases;
import dev.smhtoken.token.VaultStore;
import dev.smhtoken.vault.DataDirectory;
import dev.smhtoken.vault.PlainVaultStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The composition root of the command line: the same use cases, SMH client and vault as the
 * window's {@link AppRoot}, with no JavaFX anywhere (nothing here may load a JavaFX class).
 */
public final class CliRoot implements CliBackend, AutoCloseable {
    private final Clock clock;
    private final SmhClientSettings smhSettings;
    private HttpSmhGateway smh;

    public CliRoot(Clock clock, SmhClientSettings smhSettings) {
        this.clock = clock;
        this.smhSettings = smhSettings;
    }

    /** Runs one command line on this process's terminal and returns its exit code. */
    public static int run(String[] args) {
        Clock clock = Clock.systemUTC();
        try (CliRoot root = new CliRoot(clock, SmhClientSettings.defaults(clock))) {
            return new Cli(root, Terminal.system(), AppVersion.current()).execute(args);
        }
    }

    @Override
    public OpenedVault openVault(String dataDir, PasswordSource password) {
        Path folder = DataDirectory.ofThisMachine().resolveAndCreate(dataDir);
        VaultStore store = openStore(folder, password);
        // Read once now, so an unreadable vault fails before anything is asked of SMH.
        store.load();
        return new OpenedVault(store, TokenUseCases.of(new LazyGateway(), store, clock));
    }

    /**
     * The one place that decides how the command line opens a vault. The plain store for now; the
     * encrypted vault replaces it here, asking {@code password} only when the vault needs it.
     */
    private VaultStore openStore(Path folder, PasswordSource password) {
        return new PlainVaultStore(folder);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Optional<TextClipboard> systemClipboard() {
        return AwtTextClipboard.system();
    }

    @Override
    public synchronized void close() {
        if (smh != null) {
            smh.close();
        }
    }

    /** The HTTP client is built on the first SMH call only: {@code list} and {@code token} never need it. */
    private synchronized SmhGateway smh() {
        if (smh == null) {
            smh = new HttpSmhGateway(smhSettings);
        }
        return smh;
    }

    private final class LazyGateway implements SmhGateway {
        @Override
        public IssuedToken generate(LibraryAddress library, LibrarySecret secret, GenerateOptions options) {
            return smh().generate(library, secret, options);
        }

        @Override
        public IssuedToken renew(LibraryAddress library, AccessToken token) {
            return smh().renew(library, token);
        }

        @Override
        public void revoke(LibraryAddress library, AccessToken token) {
            smh().revoke(library, token);
        }
    }
}
