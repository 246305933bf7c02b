package dev.smhtoken.ui.tray;

/** Opens the window's way to find a token by name (the tray's "Find token"); FX thread. */
@FunctionalInterface
public interface TokenFinder {
    void open();
}
