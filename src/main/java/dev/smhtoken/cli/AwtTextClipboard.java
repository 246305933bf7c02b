package dev.smhtoken.cli;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.Toolkit;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.StringSelection;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.IOException;
import java.util.Optional;

/**
 * The system clipboard through AWT, which needs no JavaFX toolkit. On X11 the content lives in this
 * process, which is why {@code copy} waits in the foreground until it clears it.
 */
public final class AwtTextClipboard implements TextClipboard {
    private static final Transferable NOTHING = new Transferable() {
        @Override
        public DataFlavor[] getTransferDataFlavors() {
            return new DataFlavor[0];
        }

        @Override
        public boolean isDataFlavorSupported(DataFlavor flavor) {
            return false;
        }

        @Override
        public Object getTransferData(DataFlavor flavor) throws UnsupportedFlavorException {
            throw new UnsupportedFlavorException(flavor);
        }
    };

    private final Clipboard clipboard;

    private AwtTextClipboard(Clipboard clipboard) {
        this.clipboard = clipboard;
    }

    /** The system clipboard, or empty when there is no display (headless, SSH without X forwarding). */
    public static Optional<TextClipboard> system() {
        if (GraphicsEnvironment.isHeadless()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AwtTextClipboard(Toolkit.getDefaultToolkit().getSystemClipboard()));
        } catch (HeadlessException | AWTError e) {
            // An unreachable X server surfaces as an AWTError: there is no clipboard to use.
            return Optional.empty();
        }
    }

    @Override
    public void put(String text) {
        StringSelection selection = new StringSelection(text);
        clipboard.setContents(selection, selection);
    }

    @Override
    public String current() {
        try {
            return (String) clipboard.getData(DataFlavor.stringFlavor);
        } catch (UnsupportedFlavorException | IOException | IllegalStateException e) {
            return null;
        }
    }

    @Override
    public void clear() {
        clipboard.setContents(NOTHING, null);
    }
}
