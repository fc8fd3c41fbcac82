package rectimap.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decoding, resizing and turning real JPEGs (made here, EXIF by exiftool), and refusing bad ones by name. */
class PictureScalingTest {
    @TempDir
    Path dir;

    @Test
    void aPhotoTakenSidewaysIsStoredUpright() throws Exception {
        Path file = TestPhotos.exiftool(TestPhotos.jpeg(dir.resolve("sideways.jpg"), 400, 200, 3), "-Orientation#=6");
        PhotoFacts facts = ExifFacts.read(file);
        assertThat(facts.orientation()).isEqualTo(6);

        ScaledPicture picture = PictureScaling.scale(file, facts.orientation());

        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(picture.jpeg()));
        assertThat(stored.getWidth()).isEqualTo(200);
        assertThat(stored.getHeight()).isEqualTo(400);
        // The scene's top-left corner (red) is at the top right once turned 90° clockwise.
        assertThat(isRed(stored.getRGB(195, 5))).isTrue();
        assertThat(isRed(stored.getRGB(5, 5))).isFalse();
    }

    @Test
    void aHundredMegapixelPhotoIsSubsampledWhileDecodedToAtMost2560() throws Exception {
        Path file = TestPhotos.greyJpeg(dir.resolve("huge.jpg"), 10_000, 10_000);

        ScaledPicture picture = PictureScaling.scale(file, 1);

        // every 4th pixel of every 4th row: 2,500 px, decoded straight to the stored size
        assertThat(picture.widthPx()).isEqualTo(2_500);
        assertThat(picture.heightPx()).isEqualTo(2_500);
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(picture.thumbnail()));
        assertThat(thumbnail.getWidth()).isEqualTo(PictureScaling.THUMBNAIL_SIDE_PX);
    }

    /**
     * Issue 17 point 6: a 12-megapixel phone photo (4000 × 3000) was decoded whole (a 36 MB raster) and then scaled
     * to 2560 px, most of an import's time. It is now read at every second pixel, 2000 × 1500, and stored so, turned
     * upright on the way (EXIF orientation 6: the stored picture is 1500 × 2000 with the scene's top left at the
     * top right).
     */
    @Test
    void aTwelveMegapixelPhotoIsDecodedAtHalfSizeAndStoredSoUpright() throws Exception {
        Path file = TestPhotos.exiftool(TestPhotos.jpeg(dir.resolve("phone.jpg"), 4000, 3000, 3), "-Orientation#=6");

        ScaledPicture picture = PictureScaling.scale(file, ExifFacts.read(file).orientation());

        assertThat(picture.widthPx()).isEqualTo(1500);
        assertThat(picture.heightPx()).isEqualTo(2000);
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(picture.jpeg()));
        assertThat(stored.getWidth()).isEqualTo(1500);
        assertThat(isRed(stored.getRGB(1490, 10))).isTrue();
        assertThat(isRed(stored.getRGB(10, 10))).isFalse();
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(picture.thumbnail()));
        assertThat(thumbnail.getHeight()).isEqualTo(PictureScaling.THUMBNAIL_SIDE_PX);
        assertThat(thumbnail.getWidth()).isEqualTo(180);
    }

    @Test
    void aPictureClaimingTooManyPixelsIsRefusedFromItsHeader() throws Exception {
        Path file = TestPhotos.jpeg(dir.resolve("giant.jpg"), 64, 48, 4);
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i + 8 < bytes.length; i++) {
            if ((bytes[i] & 0xFF) == 0xFF && (bytes[i + 1] & 0xFF) == 0xC0) {
                // SOF0: length (2), precision (1), height (2), width (2): claim 20,000 × 20,000.
                bytes[i + 5] = (byte) (20_000 >> 8);
                bytes[i + 6] = (byte) 20_000;
                bytes[i + 7] = (byte) (20_000 >> 8);
                bytes[i + 8] = (byte) 20_000;
                break;
            }
        }
        Files.write(file, bytes);

        assertThatThrownBy(() -> PictureScaling.requirePicture(file)).isInstanceOfSatisfying(PhotoException.class,
                e -> {
                    assertThat(e.problem()).isEqualTo(PhotoProblem.TOO_LARGE);
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.detail()).isEqualTo("20000 × 20000");
                });
    }

    @Test
    void damagedExifIsSaidAndIgnoredWhileThePictureStaysUsable() throws Exception {
        Path file = TestPhotos.geotag(TestPhotos.jpeg(dir.resolve("bad-exif.jpg"), 320, 240, 5), 110.99, 35.02,
                "2026:05:01 09:00:00", 10);
        byte[] bytes = Files.readAllBytes(file);
        int exif = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("Exif\0\0");
        assertThat(exif).isPositive();
        int tiff = exif + 6;
        // The IFD0 offset points far beyond the segment.
        for (int k = 4; k < 8; k++) {
            bytes[tiff + k] = (byte) 0x7F;
        }
        Files.write(file, bytes);

        PhotoFacts facts = ExifFacts.read(file);

        assertThat(facts.exifBroken()).isTrue();
        assertThat(PictureScaling.scale(file, facts.orientation()).widthPx()).isEqualTo(320);
    }

    @Test
    void aTruncatedJpegIsCorrupt() throws Exception {
        Path good = TestPhotos.jpeg(dir.resolve("whole.jpg"), 800, 600, 6);
        Path cut = TestPhotos.truncated(good, dir.resolve("cut.jpg"), (int) Files.size(good) / 2);

        assertThatThrownBy(() -> PictureScaling.scale(cut, 1)).isInstanceOfSatisfying(PhotoException.class,
                e -> assertThat(e.problem()).isEqualTo(PhotoProblem.CORRUPT));
    }

    private static boolean isRed(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 200 && c.getGreen() < 80 && c.getBlue() < 80;
    }
}
