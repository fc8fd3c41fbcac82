package rectimap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import rectimap.model.style.Rgba;

/**
 * Thin strokes drawn straight into the image look like Java2D's antialiased strokes of the same width: the same ink
 * per line (within 6%), in the same place (ink centre across the line within 0.08 px), no pixel more than 24 of 255
 * levels apart; a shared vertex is not drawn twice; a band's clip and the layer's opacity are kept.
 */
class ThinStrokesTest {

    private static final Rgba PAPER = Rgba.hex("#ffffff");
    private static final int SIZE = 120;

    @Test
    void aThinLineHasJava2dsInkAndPlaceAtEveryAngleAndWidth() {
        for (double width : new double[] {0.6, 1.0, 1.13, 1.5}) {
            for (int degrees = 0; degrees < 180; degrees += 7) {
                double angle = Math.toRadians(degrees);
                double[] line = {60.3 - 45 * Math.cos(angle), 60.7 - 45 * Math.sin(angle),
                        60.3 + 45 * Math.cos(angle), 60.7 + 45 * Math.sin(angle)};
                int[] ours = ours(line, width, Rgba.hex("#202020"));
                int[] java2d = java2d(line, width, new Color(0x20, 0x20, 0x20));
                String where = width + " px at " + degrees + "°";
                // Ours has butt ends at the pixel centres it passes, Java2D at the exact end points: compare the ink
                // of the line's middle, away from its two ends.
                assertThat(ink(ours, 20)).as(where).isCloseTo(ink(java2d, 20), org.assertj.core.data.Percentage
                        .withPercentage(6));
                // Across the line (the ink's spread along it depends on which pixels the sampling circle cuts).
                double across = (inkCentreY(ours) - inkCentreY(java2d)) * Math.cos(angle)
                        - (inkCentreX(ours) - inkCentreX(java2d)) * Math.sin(angle);
                assertThat(Math.abs(across)).as(where).isLessThan(0.08);
                assertThat(maxDifference(ours, java2d, 20)).as(where).isLessThanOrEqualTo(24);
            }
        }
    }

    @Test
    void aTranslucentOutlineDrawsEachCornerOnce() {
        ImageSurface surface = new ImageSurface(SIZE, SIZE, 96, PAPER, MapFonts.Choice.BUNDLED);
        surface.beginPath();
        surface.moveTo(20.5, 20.5);
        surface.lineTo(100.5, 20.5);
        surface.lineTo(100.5, 100.5);
        surface.lineTo(20.5, 100.5);
        surface.closePath();
        surface.stroke(Rgba.hex("#000000").withAlpha(0.5), 1.0);
        int corner = red(surface.image().getRGB(100, 20));
        int edge = red(surface.image().getRGB(60, 20));
        assertThat(corner).isGreaterThanOrEqualTo(edge - 2);
        assertThat(edge).isBetween(120, 135);
    }

    @Test
    void aBandDrawsOnlyItsRowsAndTheLayerOpacityApplies() {
        ImageSurface whole = new ImageSurface(SIZE, SIZE, 96, PAPER, MapFonts.Choice.BUNDLED);
        ImageSurface band = whole.band(40, 80);
        band.setAlpha(0.5);
        band.beginPath();
        band.moveTo(60.5, 5);
        band.lineTo(60.5, 115);
        band.stroke(Rgba.hex("#000000"), 1.0);
        band.dispose();
        assertThat(whole.image().getRGB(60, 39)).isEqualTo(0xffffffff);
        assertThat(whole.image().getRGB(60, 80)).isEqualTo(0xffffffff);
        assertThat(red(whole.image().getRGB(60, 40))).isBetween(126, 129);
        assertThat(red(whole.image().getRGB(60, 79))).isBetween(126, 129);
    }

    @Test
    void coverageIsTheOverlapOfTheLineWithThePixel() {
        assertThat(ThinStrokes.coverage(0, 1)).isEqualTo(1.0);
        assertThat(ThinStrokes.coverage(0.5, 1)).isEqualTo(0.5);
        assertThat(ThinStrokes.coverage(0, 0.6)).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(ThinStrokes.coverage(1.2, 1)).isZero();
    }

    private static int[] ours(double[] line, double width, Rgba colour) {
        ImageSurface surface = new ImageSurface(SIZE, SIZE, 96, PAPER, MapFonts.Choice.BUNDLED);
        surface.beginPath();
        surface.moveTo(line[0], line[1]);
        surface.lineTo(line[2], line[3]);
        surface.stroke(colour, width);
        return surface.image().getRGB(0, 0, SIZE, SIZE, null, 0, SIZE);
    }

    private static int[] java2d(double[] line, double width, Color colour) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, SIZE, SIZE);
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        graphics.setStroke(new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL));
        graphics.setColor(colour);
        Path2D.Double path = new Path2D.Double();
        path.moveTo(line[0], line[1]);
        path.lineTo(line[2], line[3]);
        graphics.draw(path);
        graphics.dispose();
        return image.getRGB(0, 0, SIZE, SIZE, null, 0, SIZE);
    }

    /** Darkness summed over pixels at least {@code margin} from the picture's centre's far ends (0–255 each). */
    private static double ink(int[] argb, int margin) {
        double sum = 0;
        for (int i = 0; i < argb.length; i++) {
            if (insideMiddle(i, margin)) {
                sum += 255 - red(argb[i]);
            }
        }
        return sum;
    }

    private static boolean insideMiddle(int index, int margin) {
        double dx = index % SIZE - 60.3;
        double dy = index / SIZE - 60.7;
        return Math.hypot(dx, dy) < 45 - margin;
    }

    private static double inkCentreX(int[] argb) {
        return inkCentre(argb, true);
    }

    private static double inkCentreY(int[] argb) {
        return inkCentre(argb, false);
    }

    private static double inkCentre(int[] argb, boolean x) {
        double sum = 0;
        double weighted = 0;
        for (int i = 0; i < argb.length; i++) {
            if (insideMiddle(i, 20)) {
                double darkness = 255 - red(argb[i]);
                sum += darkness;
                weighted += darkness * (x ? i % SIZE : i / SIZE);
            }
        }
        return weighted / sum;
    }

    private static int maxDifference(int[] a, int[] b, int margin) {
        int max = 0;
        for (int i = 0; i < a.length; i++) {
            if (insideMiddle(i, margin)) {
                max = Math.max(max, Math.abs(red(a[i]) - red(b[i])));
            }
        }
        return max;
    }

    private static int red(int argb) {
        return (argb >> 16) & 0xff;
    }
}
