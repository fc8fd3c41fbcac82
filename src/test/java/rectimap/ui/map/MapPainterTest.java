package rectimap.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import rectimap.campaign.ProjectAssembler;
import rectimap.render.MapRenderer;
import rectimap.render.RenderLayer;
import rectimap.render.Viewport;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;

/**
 * Issue 13: a map frame for a HiDPI screen is painted with the screen's own pixels: twice as many each way at a pixel
 * scale of 2, showing the same map at the same scale and symbol sizes (the 2×2 blocks average to the frame painted at
 * scale 1), not a logical-pixel frame stretched by the window. On the sample's layers, in the JavaFX toolkit.
 */
@ExtendWith(ApplicationExtension.class)
class MapPainterTest {
    private static List<RenderLayer> layers;

    @BeforeAll
    static void loadSample() throws Exception {
        Path sample = Path.of("maps", "yanhu-sample.gpkg");
        try (GeoPackageStore store = GeoPackageStore.open(sample, AccessMode.READ_ONLY)) {
            layers = RenderLayer.forDisplay(ProjectAssembler.assemble(sample, store).layers());
        }
    }

    @Test
    void aFrameForAHiDpiScreenHasItsPixelsAndShowsTheSameMap() {
        MapPainter painter = new MapPainter(MapRenderer.forScreen(), null);
        org.locationtech.jts.geom.Envelope extent = new org.locationtech.jts.geom.Envelope(layers.get(0).extent());
        layers.forEach(l -> extent.expandToInclude(l.extent()));
        Viewport view = Viewport.fitting(extent, 400, 300, 10);
        MapFrame single = painter.paint(new FrameRequest(0, view, List.of(), layers, Set.of(), 1), () -> false);
        MapFrame dense = painter.paint(new FrameRequest(1, view, List.of(), layers, Set.of(), 2), () -> false);

        assertThat(dense.viewport()).isEqualTo(view);
        assertThat(dense.image().getWidth()).isEqualTo(800);
        assertThat(dense.image().getHeight()).isEqualTo(600);
        assertThat(single.image().getWidth()).isEqualTo(400);
        double difference = meanDifference(single.image(), dense.image());
        assertThat(difference).as("mean channel difference of the 2×2 averages").isLessThan(6);
        assertThat(inkShare(single.image())).isGreaterThan(0.2);
    }

    /** The mean absolute channel difference between {@code small} and {@code big} averaged over 2×2 blocks. */
    private static double meanDifference(Image small, Image big) {
        PixelReader a = small.getPixelReader();
        PixelReader b = big.getPixelReader();
        double sum = 0;
        int n = 0;
        for (int y = 0; y < small.getHeight(); y++) {
            for (int x = 0; x < small.getWidth(); x++) {
                int p = a.getArgb(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    double block = (channel(b, 2 * x, 2 * y, shift) + channel(b, 2 * x + 1, 2 * y, shift)
                            + channel(b, 2 * x, 2 * y + 1, shift) + channel(b, 2 * x + 1, 2 * y + 1, shift)) / 4.0;
                    sum += Math.abs(((p >> shift) & 255) - block);
                    n++;
                }
            }
        }
        return sum / n;
    }

    private static int channel(PixelReader pixels, int x, int y, int shift) {
        return (pixels.getArgb(x, y) >> shift) & 255;
    }

    /** The share of pixels that are not the paper colour. */
    private static double inkShare(Image image) {
        int paper = 0xff000000 | MapPainter.PAPER.red() << 16 | MapPainter.PAPER.green() << 8 | MapPainter.PAPER.blue();
        int ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                ink += image.getPixelReader().getArgb(x, y) == paper ? 0 : 1;
            }
        }
        return ink / (image.getWidth() * image.getHeight());
    }
}
