package dev.smhtoken.ui.tray;

import dev.smhtoken.token.TokenRef;

/** What the tray menu asks the app to do; called on the FX thread. */
public interface TrayCommands {
    void show();

    void findToken();

    void copyFresh(TokenRef ref);

    void renewExpiring();

    void lock();

    void quit();
}
