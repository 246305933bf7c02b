package dev.smhtoken.app;

import dev.smhtoken.cli.AwtTextClipboard;
import dev.smhtoken.cli.Cli;
import dev.smhtoken.cli.CliBackend;
import dev.smhtoken.cli.OpenedVault;
import dev.smhtoken.cli.PasswordSource;
import dev.smhtoken.cli.Terminal;
import dev.smhtoken.cli.TextClipboard;
import dev.smhtoken.desktop.DesktopJobs;
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
import dev.smhtoken.token.Vault;
import dev.smhtoken.token.VaultException;
import dev.smhtoken.token.VaultGate;
import dev.smhtoken.vault.Argon2Params;
import dev.smhtoken.vault.DataDirectory;
import dev.smhtoken.vault.OsKeychain;
import dev.smhtoken.vault.VaultOpenerGate;
import java.util.function.UnaryOperator;
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
     * The one place that decides how the command line opens a vault: the encrypted vault, through
     * the OS keychain when it holds the key, else with the master password, asked for only then.
     * A folder without a vault gets one on the first save only, so that {@code list} on an empty folder creates nothing.
     */
    private VaultStore openStore(Path folder, PasswordSource password) {
        VaultGate gate = new VaultOpenerGate(folder, new OsKeychain(), Argon2Params.RECOMMENDED, clock);
        VaultGate.Status status = gate.status();
        return switch (status.state()) {
            case UNREADABLE -> throw new VaultException(status.problem());
            case OPENS_BY_ITSELF -> gate.open(null);
            case NEEDS_PASSWORD -> gate.open(password.password());
            case NEW -> new CreatedOnFirstSave(gate, () -> status.newVaultNeedsPassword() ? password.newPassword() : null);
        };
    }

    /** A vault not made yet: empty to read; the first save creates it (or opens one made meanwhile). */
    private static final class CreatedOnFirstSave implements VaultStore {
        private final VaultGate gate;
        private final java.util.function.Supplier<char[]> password;
        private VaultStore created;

        CreatedOnFirstSave(VaultGate gate, java.util.function.Supplier<char[]> password) {
            this.gate = gate;
            this.password = password;
        }

        @Override
        public synchronized Vault load() {
            return created == null ? Vault.EMPTY : created.load();
        }

        @Override
        public synchronized Vault update(UnaryOperator<Vault> change) {
            if (created == null) {
                // The window may have made the vault since: then it is opened, not made twice.
                VaultGate.Status now = gate.status();
                created = now.state() == VaultGate.State.NEW ? gate.create(password.get()) : gate.open(
                        now.state() == VaultGate.State.OPENS_BY_ITSELF ? null : password.get());
            }
            return created.update(change);
        }
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Path dataFolder(String dataDir) {
        return DataDirectory.ofThisMachine().resolveAndCreate(dataDir);
    }

    @Override
    public Optional<Path> chosenDataFolder(String dataDir) {
        boolean chosen = (dataDir != null && !dataDir.isBlank())
                || !System.getenv().getOrDefault(DataDirectory.HOME_VARIABLE, "").isBlank();
        return chosen ? Optional.of(DataDirectory.ofThisMachine().resolve(dataDir).toAbsolutePath()) : Optional.empty();
    }

    @Override
    public VaultGate.Status vaultStatus(String dataDir) {
        return new VaultOpenerGate(dataFolder(dataDir), new OsKeychain(), Argon2Params.RECOMMENDED, clock).status();
    }

    @Override
    public DesktopJobs desktopJobs() {
        return DesktopJobs.ofThisMachine(clock);
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
