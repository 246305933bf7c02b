package dev.smhtoken.app;

import dev.smhtoken.desktop.Autostart;
import dev.smhtoken.ui.settings.DesktopColorScheme;
import dev.smhtoken.ui.tray.TraySupport;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the window takes from the desktop around it.
 *
 * @param dataDir     the data folder, shown in About (may be null when unknown)
 * @param openLink    opens an address in the browser (the Application's HostServices)
 * @param colorScheme tells whether the desktop prefers dark windows
 * @param autostart   the login item of this desktop, made when first asked for (on a worker)
 * @param tray        the desktop's system tray, started only when the app is to keep running in it
 */
public record DesktopIntegration(Path dataDir, Consumer<String> openLink, DesktopColorScheme colorScheme,
                                 Supplier<Autostart> autostart, TraySupport tray) {
    /** A desktop without a tray. */
    public DesktopIntegration(Path dataDir, Consumer<String> openLink, DesktopColorScheme colorScheme,
                              Supplier<Autostart> autostart) {
        this(dataDir, openLink, colorScheme, autostart, TraySupport.NONE);
    }

    /** No browser and a light desktop: for tests and embedding. */
    public static DesktopIntegration none() {
        return new DesktopIntegration(null, url -> { },
                new DesktopColorScheme("none", Map.of(), command -> Optional.empty()), () -> Autostart.UNSUPPORTED);
    }
}
