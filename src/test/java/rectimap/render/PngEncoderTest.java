package rectimap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import java.util.zip.Adler32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.model.FeatureRef;
import rectimap.model.style.Rgba;
import rectimap.store.GdalTools;

/**
 * The PNG {@code render} writes ({@link PngEncoder}) holds exactly the pixels ImageIO's
 * writer wrote before (issue 13), as ImageIO, GDAL and ImageMagick read them back: a rendered map, a photo-like image
 * with transparency (every filter used), other image types, heights that are no multiple of a band.
 */
class PngEncoderTest {
    private static BufferedImage map;

    @BeforeAll
    static void renderMap() {
        ImageSurface surface = new ImageSurface(GoldenScene.WIDTH, GoldenScene.HEIGHT, 96, Rgba.hex("#fbfaf7"),
                MapFonts.Choice.BUNDLED);
        MapRenderer.forScreen().render(GoldenScene.layers(), GoldenScene.VIEWPORT, surface,
                Set.of(new FeatureRef("road", 2)));
        surface.dispose();
        map = surface.image();
    }

    @Test
    void anOpaqueMapIsWrittenAsRgbWithImageIosPixels() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(map, out);

        // Colour type 2 (RGB): every pixel is opaque, so no alpha channel (ImageIO's writer wrote RGBA, type 6).
        assertThat(out.toByteArray()[25]).isEqualTo((byte) 2);
        assertSamePixels(read(out.toByteArray()), read(imageIo(map)));
        assertSamePixels(read(out.toByteArray()), map);
    }

    @Test
    void transparencyAndPhotoLikeRowsKeepEveryPixel() throws IOException {
        BufferedImage photo = photoLike(701, 333, true);
        byte[] png = encode(photo);

        assertThat(png[25]).isEqualTo((byte) 6);
        assertSamePixels(read(png), photo);
        assertSamePixels(read(png), read(imageIo(photo)));
    }

    @Test
    void otherImageTypesAndOddSizesRoundTrip() throws IOException {
        for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_3BYTE_BGR,
                BufferedImage.TYPE_INT_ARGB_PRE}) {
            BufferedImage image = new BufferedImage(129, PngEncoder.BAND_ROWS * 2 + 1, type);
            image.createGraphics().drawImage(photoLike(129, PngEncoder.BAND_ROWS * 2 + 1, false), 0, 0, null);
            assertSamePixels(read(encode(image)), image);
        }
        BufferedImage dot = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        dot.setRGB(0, 0, 0x80402010);
        assertSamePixels(read(encode(dot)), dot);
    }

    @Test
    void theSameImageGivesTheSameBytes() throws IOException {
        assertThat(encode(map)).isEqualTo(encode(map));
    }

    @Test
    void adlerChecksumsOfBandsCombineIntoTheWholeStreams() {
        byte[] a = new byte[100_003];
        byte[] b = new byte[70_001];
        new Random(7).nextBytes(a);
        new Random(8).nextBytes(b);
        Adler32 whole = new Adler32();
        whole.update(a);
        whole.update(b);
        Adler32 first = new Adler32();
        first.update(a);
        Adler32 second = new Adler32();
        second.update(b);

        assertThat(PngEncoder.combine(first.getValue(), second.getValue(), b.length)).isEqualTo(whole.getValue());
    }

    @Test
    void gdalAndImageMagickReadTheSamePixelsAsFromImageIosFile(@TempDir Path dir) throws IOException {
        Path ours = dir.resolve("ours.png");
        Path theirs = dir.resolve("imageio.png");
        try (OutputStream out = Files.newOutputStream(ours)) {
            PngEncoder.write(map, out);
        }
        Files.write(theirs, imageIo(map));

        String script = "from osgeo import gdal\n"
                + "import sys\n"
                + "a, b = gdal.Open(sys.argv[1]), gdal.Open(sys.argv[2])\n"
                + "same = all(a.GetRasterBand(i).ReadRaster() == b.GetRasterBand(i).ReadRaster() for i in (1, 2, 3))\n"
                + "alpha = set(b.GetRasterBand(4).ReadRaster())\n"
                + "print(a.RasterCount, a.RasterXSize, a.RasterYSize, same, sorted(alpha))\n";
        GdalTools.Run gdal = GdalTools.python("-c", script, ours.toString(), theirs.toString()).requireSuccess();
        assertThat(gdal.output().strip()).isEqualTo("3 " + map.getWidth() + " " + map.getHeight() + " True [255]");

        Process compare = new ProcessBuilder("compare", "-metric", "AE", ours.toString(), theirs.toString(), "null:")
                .redirectErrorStream(true).start();
        String differing = new String(compare.getInputStream().readAllBytes()).strip();
        assertThat(differing).as("pixels ImageMagick finds different").isEqualTo("0");
    }

    private static BufferedImage photoLike(int width, int height, boolean alpha) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Random random = new Random(13);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int a = alpha ? (x * 255 / width) : 255;
                int r = (x + y + random.nextInt(24)) & 0xff;
                int g = (x * 3 - y + random.nextInt(24)) & 0xff;
                int b = y < height / 2 ? 200 : random.nextInt(256);
                image.setRGB(x, y, a << 24 | r << 16 | g << 8 | b);
            }
        }
        return image;
    }

    private static byte[] encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(image, out);
        return out.toByteArray();
    }

    private static byte[] imageIo(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, "png", out)).isTrue();
        return out.toByteArray();
    }

    private static BufferedImage read(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        return image;
    }

    /** Every pixel's non-premultiplied ARGB; fully transparent pixels compare as transparent whatever their colour. */
    private static void assertSamePixels(BufferedImage actual, BufferedImage expected) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        int[] a = actual.getRGB(0, 0, actual.getWidth(), actual.getHeight(), null, 0, actual.getWidth());
        int[] e = expected.getRGB(0, 0, expected.getWidth(), expected.getHeight(), null, 0, expected.getWidth());
        for (int i = 0; i < a.length; i++) {
            int wanted = e[i] >>> 24 == 0 ? 0 : e[i];
            int got = a[i] >>> 24 == 0 ? 0 : a[i];
            if (got != wanted) {
                throw new AssertionError(String.format("pixel (%d, %d): %08x, expected %08x", i % actual.getWidth(),
                        i / actual.getWidth(), got, wanted));
            }
        }
    }
}
