package dev.smhtoken.ui.tray;

import dev.smhtoken.ui.common.Messages;
import java.util.Optional;
import java.util.concurrent.Executor;

/** Whether this desktop has a tray, and the icon in it. Both blocking (they start a toolkit): call on a worker. */
public interface TraySupport {
    /** No tray anywhere: for tests and for desktops without one. */
    TraySupport NONE = new TraySupport() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public Optional<TrayHost> install(TrayCommands commands, Executor fxThread, Messages messages) {
            return Optional.empty();
        }
    };

    boolean available();

    /**
     * Puts the app's icon in the tray; empty when there is none (or it refused the icon).
     *
     * @param fxThread where the menu's commands run (the FX thread)
     */
    Optional<TrayHost> install(TrayCommands commands, Executor fxThread, Messages messages);
}
