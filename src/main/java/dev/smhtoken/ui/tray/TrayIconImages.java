package dev.smhtoken.ui.tray;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The tray icon's images: the app's icon, and for each {@link TrayStatus} but normal the same icon
 * with a badge in its lower right corner (amber: expiring, red: a renew failed, grey and dimmed:
 * locked), drawn once from the app icon rather than shipped as more files.
 */
final class TrayIconImages {
    private static final String ICON = "/dev/smhtoken/icons/smh-token-manager-64.png";
    private final Map<TrayStatus, Image> images;

    private TrayIconImages(Map<TrayStatus, Image> images) {
        this.images = images;
    }

    static TrayIconImages load() {
        BufferedImage base;
        try (InputStream in = TrayIconImages.class.getResourceAsStream(ICON)) {
            if (in == null) {
                throw new IllegalStateException("the app icon " + ICON + " is missing from the build");
            }
            base = ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the app icon", e);
        }
        Map<TrayStatus, Image> images = new EnumMap<>(TrayStatus.class);
        images.put(TrayStatus.NORMAL, base);
        images.put(TrayStatus.EXPIRING, badged(base, new Color(0xE8, 0xA0, 0x10), 1f));
        images.put(TrayStatus.FAILED, badged(base, new Color(0xD0, 0x30, 0x30), 1f));
        images.put(TrayStatus.LOCKED, badged(base, new Color(0x70, 0x70, 0x70), 0.55f));
        return new TrayIconImages(images);
    }

    Image of(TrayStatus status) {
        return images.get(status);
    }

    /** The icon (at {@code alpha}) with a round badge of {@code colour}, a white ring keeping it apart from the mark. */
    static BufferedImage badged(BufferedImage base, Color colour, float alpha) {
        int size = base.getWidth();
        BufferedImage image = new BufferedImage(size, base.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setComposite(java.awt.AlphaComposite.getInstance(java.awt.AlphaComposite.SRC_OVER, alpha));
            g.drawImage(base, 0, 0, null);
            g.setComposite(java.awt.AlphaComposite.SrcOver);
            int badge = size / 2;
            int at = size - badge - 1;
            g.setColor(colour);
            g.fillOval(at, at, badge, badge);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(Math.max(1f, size / 20f)));
            g.drawOval(at, at, badge, badge);
        } finally {
            g.dispose();
        }
        return image;
    }
}
