package rectimap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;
import rectimap.model.style.Rgba;

/**
 * Small areas filled straight into the image match Java2D's antialiased fill of the same path: every pixel within a
 * few levels, the same ink — for random polygons, holes turning either way, shapes cut by the image edge and by a
 * band, on an opaque and on a transparent ground, at the layer's opacity.
 */
class AreaFillsTest {

    private static final int SIZE = 160;

    @Test
    void randomPolygonsLookLikeJava2ds() {
        Random random = new Random(29);
        for (int shape = 0; shape < 60; shape++) {
            Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            double cx = 20 + random.nextDouble() * 120;
            double cy = 20 + random.nextDouble() * 120;
            ring(path, cx, cy, 10 + random.nextDouble() * 40, 5 + random.nextInt(9), random, false);
            if (shape % 3 == 0) {
                ring(path, cx, cy, 4, 5, random, shape % 2 == 0);
            }
            compare(path, Rgba.hex("#c05020"), 1.0, null, "shape " + shape);
        }
    }

    @Test
    void aLayersOpacityAndATranslucentColourBlendLikeJava2d() {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        ring(path, 80, 80, 50, 7, new Random(3), false);
        compare(path, Rgba.hex("#2060c0").withAlpha(0.6), 0.5, null, "translucent");
    }

    @Test
    void aBandKeepsToItsRows() {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        ring(path, 80, 80, 60, 9, new Random(5), false);
        compare(path, Rgba.hex("#208040"), 1.0, new int[] {50, 90}, "band");
    }

    @Test
    void aShapeLeavingTheImageStillWindsWhatIsInside() {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        path.moveTo(-40, 30);
        path.lineTo(120, -25);
        path.lineTo(200, 100);
        path.lineTo(60, 190);
        path.closePath();
        compare(path, Rgba.hex("#804020"), 1.0, null, "past the edges");
    }

    private static void compare(Path2D.Double path, Rgba colour, double layerOpacity, int[] band, String what) {
        ImageSurface surface = new ImageSurface(SIZE, SIZE, 96, Rgba.hex("#fbfaf7"), MapFonts.Choice.BUNDLED);
        ImageSurface target = band == null ? surface : surface.band(band[0], band[1]);
        target.setAlpha(layerOpacity);
        target.beginPath();
        var iterator = path.getPathIterator(null);
        double[] point = new double[6];
        for (; !iterator.isDone(); iterator.next()) {
            switch (iterator.currentSegment(point)) {
                case java.awt.geom.PathIterator.SEG_MOVETO -> target.moveTo(point[0], point[1]);
                case java.awt.geom.PathIterator.SEG_LINETO -> target.lineTo(point[0], point[1]);
                default -> target.closePath();
            }
        }
        target.fill(colour);

        BufferedImage reference = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = reference.createGraphics();
        graphics.setColor(new Color(0xfb, 0xfa, 0xf7));
        graphics.fillRect(0, 0, SIZE, SIZE);
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        graphics.setComposite(java.awt.AlphaComposite.SrcOver.derive((float) layerOpacity));
        if (band != null) {
            graphics.clipRect(0, band[0], SIZE, band[1] - band[0]);
        }
        graphics.setColor(new Color(colour.red(), colour.green(), colour.blue(),
                (int) Math.round(colour.alpha() * 255)));
        graphics.fill(path);
        graphics.dispose();

        int[] ours = surface.image().getRGB(0, 0, SIZE, SIZE, null, 0, SIZE);
        int[] theirs = reference.getRGB(0, 0, SIZE, SIZE, null, 0, SIZE);
        long inkOurs = 0;
        long inkTheirs = 0;
        int worst = 0;
        for (int i = 0; i < ours.length; i++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                int a = (ours[i] >> shift) & 0xff;
                int b = (theirs[i] >> shift) & 0xff;
                worst = Math.max(worst, Math.abs(a - b));
                inkOurs += 255 - a;
                inkTheirs += 255 - b;
            }
        }
        assertThat(worst).as(what).isLessThanOrEqualTo(12);
        assertThat((double) inkOurs).as(what).isCloseTo(inkTheirs, org.assertj.core.data.Percentage.withPercentage(1));
        if (band != null) {
            assertThat(ours[(band[0] - 1) * SIZE + 80]).as(what).isEqualTo(0xfffbfaf7);
            assertThat(ours[band[1] * SIZE + 80]).as(what).isEqualTo(0xfffbfaf7);
        }
    }

    private static void ring(Path2D.Double path, double cx, double cy, double radius, int corners, Random random,
                             boolean clockwise) {
        for (int k = 0; k < corners; k++) {
            double angle = (clockwise ? -1 : 1) * 2 * Math.PI * k / corners;
            double r = radius * (0.7 + 0.3 * random.nextDouble());
            double x = cx + r * Math.cos(angle);
            double y = cy + r * Math.sin(angle);
            if (k == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
    }
}
