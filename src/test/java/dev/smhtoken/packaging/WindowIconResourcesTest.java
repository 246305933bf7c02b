package dev.smhtoken.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The window sets its stage icons from these resources (icons/render.sh writes them); a renamed
 * or missing file would only show as a blank taskbar icon, so check each is a square PNG of the
 * size its name promises, with transparency for the rounded corners.
 */
class WindowIconResourcesTest {

    @ParameterizedTest
    @ValueSource(ints = {16, 32, 64, 128, 256})
    void eachWindowIconIsASquareTransparentPngOfItsNamedSize(int size) throws IOException {
        String path = "/dev/smhtoken/icons/smh-token-manager-" + size + ".png";
        try (InputStream in = WindowIconResourcesTest.class.getResourceAsStream(path)) {
            assertNotNull(in, path + " is missing from the class path");
            BufferedImage image = ImageIO.read(in);
            assertNotNull(image, path + " is not a readable PNG");
            assertEquals(size, image.getWidth(), path + " width");
            assertEquals(size, image.getHeight(), path + " height");
            assertEquals(0, image.getRGB(0, 0) >>> 24, path + " corner should be transparent");
        }
    }
}
