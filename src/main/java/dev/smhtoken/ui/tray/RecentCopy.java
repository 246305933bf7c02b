package dev.smhtoken.ui.tray;

import dev.smhtoken.token.TokenRef;

/** A token the user copied lately, as the tray's "Copy fresh" names it: its reference and a name, never its value. */
public record RecentCopy(TokenRef ref, String name) {
}
