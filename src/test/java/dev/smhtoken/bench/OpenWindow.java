package dev.smhtoken.bench;

import dev.smhtoken.app.AppRoot;
import dev.smhtoken.smh.SmhClientSettings;
import dev.smhtoken.vault.KeychainAccess;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.stage.Stage;

/** The app's real window in the harness's JVM, built by its composition root, with a vault loaded. */
final class OpenWindow implements AutoCloseable {
    final AppRoot app;
    final Stage stage;

    private OpenWindow(AppRoot app, Stage stage) {
        this.app = app;
        this.stage = stage;
    }

    /**
     * Builds the root on the FX thread, lets {@code beforeShow} hook into it before any cell exists,
     * shows it and waits until the vault is loaded and laid out.
     */
    static OpenWindow open(Path dataDir, KeychainAccess keychain, Clock clock, Consumer<AppRoot> beforeShow)
            throws Exception {
        FxRuntime.start();
        OpenWindow window = FxRuntime.call(() -> {
            AppRoot app = new AppRoot(BenchVaults.gate(dataDir, keychain), clock, Locale.ENGLISH, SmhClientSettings.defaults(clock));
            beforeShow.accept(app);
            Stage stage = new Stage();
            app.show(stage, false);
            return new OpenWindow(app, stage);
        });
        FxRuntime.await(() -> window.app.model().list().loadedProperty().get(), 60_000);
        Thread.sleep(500); // a few pulses: rows laid out, first CSS pass done
        return window;
    }

    @Override
    public void close() throws Exception {
        FxRuntime.run(() -> {
            stage.close();
            app.close();
        });
    }
}
