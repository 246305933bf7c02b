package dev.smhtoken.ui.tray;

import dev.smhtoken.token.TokenRef;

/** Copies a fresh value of one token (renew, then copy what SMH answered): the tray's "Copy fresh"; FX thread. */
@FunctionalInterface
public interface FreshCopy {
    void copyFresh(TokenRef ref);
}
