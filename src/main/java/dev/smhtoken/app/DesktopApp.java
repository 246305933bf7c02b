package dev.smhtoken.app;

import dev.smhtoken.desktop.Autostart;
import dev.smhtoken.desktop.DesktopJobs;
import dev.smhtoken.smh.SmhClientSettings;
import dev.smhtoken.token.VaultGate;
import dev.smhtoken.ui.settings.DesktopColorScheme;
import dev.smhtoken.ui.tray.AwtTraySupport;
import dev.smhtoken.vault.Argon2Params;
import dev.smhtoken.vault.DataDirectory;
import dev.smhtoken.vault.OsKeychain;
import dev.smhtoken.vault.VaultOpenerGate;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: reads the launch options, builds the root, shows the window. */
public final class DesktopApp extends Application {
    /**
     * What {@link #launchWindow} began before the toolkit started. JavaFX makes the {@code Application}
     * itself, so this is the one way to hand it over.
     */
    private static volatile Begun begun;

    private record Begun(LaunchOptions options, Path dataDir, Clock clock, VaultGate gate, FrontWindow front) {
    }

    private AppRoot root;

    /**
     * Starts the window. The vault is read on its own thread while JavaFX starts.
     *
     * @throws IllegalArgumentException for an unknown option
     * @throws dev.smhtoken.token.VaultException when the data folder cannot be made
     */
    static void launchWindow(String[] args) {
        begun = begin(LaunchOptions.parse(List.of(args)));
        Application.launch(DesktopApp.class, args);
    }

    private static Begun begin(LaunchOptions options) {
        Path dataDir = DataDirectory.ofThisMachine()
                .resolveAndCreate(options.dataDir() == null ? null : options.dataDir().toString());
        Clock clock = Clock.systemUTC();
        // A later launch on this data folder hands over to this window instead of opening a second one.
        FrontWindow front = new FrontWindow();
        Supplier<VaultGate> gate = () -> new HandOverGate(
                new VaultOpenerGate(dataDir, new OsKeychain(), Argon2Params.RECOMMENDED, clock), dataDir, front);
        // The demo never opens the user's vault, so nothing is begun for it.
        return new Begun(options, dataDir, clock, options.demo() ? gate.get() : EarlyVaultEntry.begin(gate), front);
    }

    @Override
    public void start(Stage stage) {
        Begun launch = begun != null ? begun : begin(LaunchOptions.parse(getParameters().getRaw()));
        root = new AppRoot(launch.gate(), launch.clock(), Locale.getDefault(), SmhClientSettings.defaults(launch.clock()),
                new DesktopIntegration(launch.dataDir(), getHostServices()::showDocument,
                        DesktopColorScheme.ofThisMachine(), () -> loginItem(launch), new AwtTraySupport()));
        // Started at login: only the tray icon until Show (minimised where there is no tray).
        root.show(stage, launch.options().demo(), launch.options().background());
        launch.front().attach(stage, root::openFinder);
        if (launch.options().find()) {
            root.openFinder();
        }
    }

    /** The login item starts the app as it was started now, with the data folder the user chose. */
    private static Autostart loginItem(Begun launch) {
        boolean chosen = launch.options().dataDir() != null
                || !System.getenv().getOrDefault(DataDirectory.HOME_VARIABLE, "").isBlank();
        DesktopJobs jobs = DesktopJobs.ofThisMachine(launch.clock());
        return jobs.autostart(jobs.thisApp(chosen ? launch.dataDir() : null));
    }

    @Override
    public void stop() {
        if (root != null) {
            root.close();
        }
    }
}
