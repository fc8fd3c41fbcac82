package rectimap.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/**
 * The byte-level turns and thumbnails of decoded photos: every EXIF orientation lands each pixel where Java2D's
 * drawing with {@link Orientation}'s transform puts it, and shrinking averages (a one-pixel checkerboard becomes
 * grey, not a moiré of black and white).
 */
class RgbPixelsTest {

    @Test
    void everyOrientationTurnsThePixelsAsJava2dDoes() {
        BufferedImage bgr = new BufferedImage(5, 3, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 5; x++) {
                bgr.setRGB(x, y, (x * 50) << 16 | (y * 100) << 8 | (x + y * 5) * 10);
            }
        }
        BufferedImage rgb = RgbPixels.of(bgr);
        assertThat(RgbPixels.isRgb(rgb)).isTrue();
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage expected = PictureScaling.uprightAndFitted(bgr, orientation, 100);
            BufferedImage turned = RgbPixels.upright(rgb, orientation);

            assertThat(turned.getWidth()).as("orientation %d", orientation).isEqualTo(expected.getWidth());
            assertThat(turned.getHeight()).as("orientation %d", orientation).isEqualTo(expected.getHeight());
            for (int y = 0; y < turned.getHeight(); y++) {
                for (int x = 0; x < turned.getWidth(); x++) {
                    assertThat(turned.getRGB(x, y)).as("orientation %d at %d,%d", orientation, x, y)
                            .isEqualTo(expected.getRGB(x, y));
                }
            }
        }
    }

    @Test
    void shrinkingAveragesTheCoveredPixels() {
        BufferedImage checkerboard = RgbPixels.blank(480, 360);
        for (int y = 0; y < 360; y++) {
            for (int x = 0; x < 480; x++) {
                checkerboard.setRGB(x, y, (x + y) % 2 == 0 ? 0xFFFFFF : 0x000000);
            }
        }

        BufferedImage thumbnail = RgbPixels.shrunk(checkerboard, 240);

        assertThat(thumbnail.getWidth()).isEqualTo(240);
        assertThat(thumbnail.getHeight()).isEqualTo(180);
        for (int y = 0; y < 180; y += 17) {
            for (int x = 0; x < 240; x += 13) {
                int grey = thumbnail.getRGB(x, y) & 0xFF;
                assertThat(grey).as("at %d,%d", x, y).isBetween(126, 129);
            }
        }
        assertThat(RgbPixels.shrunk(thumbnail, 240)).as("never enlarged or copied when small enough")
                .isSameAs(thumbnail);
    }
}
