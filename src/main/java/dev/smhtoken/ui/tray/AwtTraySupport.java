package dev.smhtoken.ui.tray;

import dev.smhtoken.ui.common.Messages;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tray of the JDK's {@code java.awt.SystemTray}: the XEmbed system tray on X11 desktops, the
 * notification area on Windows, the menu bar on macOS. This class names no AWT type itself, so
 * loading it loads no AWT: the toolkit starts only when {@link #available()} or {@link #install} is
 * first called, and only the background setting (or a start with {@code --background}) calls them.
 */
public final class AwtTraySupport implements TraySupport {
    private static final Logger LOG = LoggerFactory.getLogger(AwtTraySupport.class);
    private Boolean available;

    @Override
    public synchronized boolean available() {
        if (available == null) {
            try {
                available = AwtTray.supported();
            } catch (RuntimeException | LinkageError e) {
                // Headless, no display, or a toolkit that cannot start: there is no tray to use.
                LOG.debug("no system tray ({})", e.getClass().getSimpleName());
                available = false;
            }
        }
        return available;
    }

    @Override
    public Optional<TrayHost> install(TrayCommands commands, Executor fxThread, Messages messages) {
        if (!available()) {
            return Optional.empty();
        }
        try {
            return Optional.of(AwtTray.install(commands, fxThread, messages));
        } catch (Exception | LinkageError e) {
            LOG.warn("the tray refused the icon ({}); closing the window quits", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
