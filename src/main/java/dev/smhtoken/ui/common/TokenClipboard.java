package dev.smhtoken.ui.common;

import dev.smhtoken.token.AccessToken;
import java.time.Instant;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * Where a copied token goes, and for how long (the window's is {@link SecretClipboard}). What the
 * view models see of the clipboard, so they run without the toolkit's system clipboard.
 */
public interface TokenClipboard {
    /** Copies {@code token}; {@code expiresAt} (may be null) caps how long it stays. */
    void copy(AccessToken token, Instant expiresAt);

    /** When the copied token will be taken off the clipboard, or null when nothing is pending. */
    ReadOnlyObjectProperty<Instant> clearsAtProperty();

    /** Takes our token off the clipboard now. */
    void clearNow();
}
