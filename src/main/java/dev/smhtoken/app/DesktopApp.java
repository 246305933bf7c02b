package dev.smhtoken.app;

import dev.smhtoken.smh.SmhClientSettings;
import dev.smhtoken.vault.Argon2Params;
import dev.smhtoken.vault.DataDirectory;
import dev.smhtoken.vault.OsKeychain;
import dev.smhtoken.vault.VaultOpenerGate;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: reads the launch options, builds the root, shows the window. */
public final class DesktopApp extends Application {
    private AppRoot root;

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        var dataDir = DataDirectory.ofThisMachine()
                .resolveAndCreate(options.dataDir() == null ? null : options.dataDir().toString());
        Clock clock = Clock.systemUTC();
        var gate = new VaultOpenerGate(dataDir, new OsKeychain(), Argon2Params.RECOMMENDED, clock);
        root = new AppRoot(gate, clock, Locale.getDefault(), SmhClientSettings.defaults(clock));
        root.show(stage, options.demo());
    }

    @Override
    public void stop() {
        if (root != null) {
            root.close();
        }
    }
}
