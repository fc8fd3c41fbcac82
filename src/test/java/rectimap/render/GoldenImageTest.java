package rectimap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import rectimap.model.FeatureRef;
import rectimap.model.style.Rgba;

/**
 * Renders {@link GoldenScene} with the bundled font and compares it with the reviewed PNG in
 * {@code src/test/resources/golden}. Missing golden or {@code -Dgolden.update=true}: writes it and fails, asking for
 * a review. Tolerance: at most 0.5% of pixels may differ by more than 32 in any channel (antialiasing and font
 * rasteriser differences between JDK builds).
 */
class GoldenImageTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/scene.png");
    private static final int CHANNEL_TOLERANCE = 32;
    private static final double MAX_DIFFERING_FRACTION = 0.005;

    @Test
    void sceneMatchesTheReviewedGoldenImage() throws IOException {
        ImageSurface surface = new ImageSurface(GoldenScene.WIDTH, GoldenScene.HEIGHT, 96, Rgba.hex("#fbfaf7"),
                MapFonts.Choice.BUNDLED);
        RenderStats stats = MapRenderer.forScreen().render(GoldenScene.layers(), GoldenScene.VIEWPORT, surface,
                Set.of(new FeatureRef("road", 2)));
        surface.dispose();
        assertThat(stats.featuresDrawn()).isEqualTo(12);
        assertThat(stats.labelsPlaced()).isGreaterThanOrEqualTo(10);

        if (Boolean.getBoolean("golden.update") || !Files.exists(GOLDEN)) {
            Files.createDirectories(GOLDEN.getParent());
            try (OutputStream out = Files.newOutputStream(GOLDEN)) {
                surface.writePng(out);
            }
            fail("wrote " + GOLDEN.toAbsolutePath() + ": review the image (Chinese must show as Chinese), "
                    + "commit it and run the test again");
        }
        BufferedImage expected;
        try (InputStream in = Files.newInputStream(GOLDEN)) {
            expected = ImageIO.read(in);
        }
        BufferedImage actual = surface.image();
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        long differing = countDiffering(expected, actual);
        double fraction = differing / (double) (actual.getWidth() * actual.getHeight());
        if (fraction > MAX_DIFFERING_FRACTION) {
            Path got = Path.of("target/golden-actual-scene.png");
            Files.createDirectories(got.getParent());
            try (OutputStream out = Files.newOutputStream(got)) {
                surface.writePng(out);
            }
            fail(String.format("%.3f%% of pixels differ from %s (limit %.1f%%); this run's image: %s",
                    fraction * 100, GOLDEN, MAX_DIFFERING_FRACTION * 100, got.toAbsolutePath()));
        }
    }

    private static long countDiffering(BufferedImage expected, BufferedImage actual) {
        long differing = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int a = expected.getRGB(x, y);
                int b = actual.getRGB(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    if (Math.abs(((a >>> shift) & 0xff) - ((b >>> shift) & 0xff)) > CHANNEL_TOLERANCE) {
                        differing++;
                        break;
                    }
                }
            }
        }
        return differing;
    }
}
