package dev.smhtoken.ui.common;

import dev.smhtoken.token.AccessToken;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;

/**
 * Puts a token on the system clipboard and takes it off again after a timeout, the way password
 * managers do: cleared only if the clipboard still holds what we put there, never later than the
 * token's own expiry, and on exit. Driven by the window's one clock, so there is no extra timer and
 * tests can move time. FX thread only.
 */
public final class SecretClipboard implements TokenClipboard {
    /** KDE's clipboard history skips entries carrying this hint. */
    private static final String KDE_HINT = "x-kde-passwordManagerHint";
    /** macOS clipboard managers skip entries of this type. */
    private static final String MAC_CONCEALED = "org.nspasteboard.ConcealedType";

    private final Clipboard clipboard;
    private final ObservableValue<Instant> now;
    private final ReadOnlyObjectWrapper<Instant> clearsAt = new ReadOnlyObjectWrapper<>(this, "clearsAt");
    private final ChangeListener<Instant> onTick = (obs, old, time) -> clearWhenDue(time);
    private Duration timeout;
    private String copied;

    public SecretClipboard(Clipboard clipboard, ObservableValue<Instant> now, Duration timeout) {
        this.clipboard = clipboard;
        this.now = now;
        this.timeout = timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public ReadOnlyObjectProperty<Instant> clearsAtProperty() {
        return clearsAt.getReadOnlyProperty();
    }

    @Override
    public void copy(AccessToken token, Instant expiresAt) {
        FxThread.check();
        Map<DataFormat, Object> content = new HashMap<>();
        content.put(DataFormat.PLAIN_TEXT, token.reveal());
        content.put(format(KDE_HINT), ByteBuffer.wrap("secret".getBytes(StandardCharsets.US_ASCII)));
        content.put(format(MAC_CONCEALED), ByteBuffer.wrap(new byte[0]));
        clipboard.setContent(content);
        copied = token.reveal();
        Instant deadline = now.getValue().plus(timeout);
        if (expiresAt != null && expiresAt.isBefore(deadline)) {
            deadline = expiresAt;
        }
        if (clearsAt.get() == null) {
            now.addListener(onTick);
        }
        clearsAt.set(deadline);
    }

    /** Clears now, if the clipboard still holds our token ("Clear now", and on exit). */
    @Override
    public void clearNow() {
        FxThread.check();
        if (copied != null && copied.equals(clipboard.getString())) {
            clipboard.clear();
        }
        copied = null;
        clearsAt.set(null);
        now.removeListener(onTick);
    }

    private void clearWhenDue(Instant time) {
        Instant deadline = clearsAt.get();
        if (deadline != null && !time.isBefore(deadline)) {
            clearNow();
        }
    }

    private static DataFormat format(String mimeType) {
        DataFormat known = DataFormat.lookupMimeType(mimeType);
        return known != null ? known : new DataFormat(mimeType);
    }
}
