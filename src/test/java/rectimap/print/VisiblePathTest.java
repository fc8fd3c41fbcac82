package rectimap.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What {@link VisiblePath} keeps of a path shows exactly what the whole path shows inside the clip: random rings
 * (self-crossing, holes, far outside) filled even-odd and random lines stroked, drawn by Java2D through the clip
 * whole and cut, must give the same pixels; and what lies outside is not kept.
 */
class VisiblePathTest {

    private static final int SIZE = 120;
    /** Coverage levels (of 255) a round cap may differ from the round join it replaces. */
    private static final int ROUND_ARC_LEVELS = 24;
    /** Pixels that may differ by more than 2 levels, of the 4,800 inside the clip. */
    private static final int ROUND_ARC_PIXELS = 6;
    private static final VisiblePath.Box CLIP = new VisiblePath.Box(30, 20, 90, 100);

    @Test
    void aCutFillShowsTheSamePixelsInsideTheClip() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            VisiblePath.Path path = randomPath(random, 1 + random.nextInt(3), 3 + random.nextInt(12), true);
            Path2D.Double cut = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            VisiblePath.fill(path, CLIP.widened(1), sink(cut));
            assertThat(pixels(cut, null)).as("round %d", round).isEqualTo(pixels(whole(path), null));
        }
    }

    @Test
    void aCutStrokeShowsTheSamePixelsInsideTheClip() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            VisiblePath.Path path = randomPath(random, 1 + random.nextInt(2), 2 + random.nextInt(12),
                    random.nextBoolean());
            float width = 1 + random.nextInt(6);
            BasicStroke stroke = new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            Path2D.Double cut = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            VisiblePath.stroke(path, CLIP.widened(width / 2 + 1), false, sink(cut));
            // Caps where a line is cut and joins where it went on are both round, but Java2D draws the two arcs
            // through slightly different curves: an edge pixel may differ by a few levels of coverage.
            assertThat(largestDifference(pixels(cut, stroke), pixels(whole(path), stroke))).as("round %d", round)
                    .isLessThanOrEqualTo(ROUND_ARC_LEVELS);
            assertThat(differing(pixels(cut, stroke), pixels(whole(path), stroke))).as("round %d", round)
                    .isLessThanOrEqualTo(ROUND_ARC_PIXELS);
        }
    }

    @Test
    void whatLiesOutsideIsNotKept() {
        // A ring right of the clip, and a line that runs from inside far out to the left and back below.
        byte[] ops = {VisiblePath.MOVE, VisiblePath.LINE, VisiblePath.LINE, VisiblePath.CLOSE,
            VisiblePath.MOVE, VisiblePath.LINE, VisiblePath.LINE, VisiblePath.LINE, VisiblePath.LINE};
        double[] coords = {200, 50, 220, 50, 210, 70, 50, 50, 60, 60, -500, 60, -500, 200, 40, 200};
        VisiblePath.Path path = new VisiblePath.Path(ops, coords, ops.length);
        Path2D.Double kept = new Path2D.Double();
        VisiblePath.stroke(path, CLIP.widened(2), false, sink(kept));
        assertThat(points(kept)).as("only the segments that can reach the clip").isEqualTo(3);
        Path2D.Double filled = new Path2D.Double();
        VisiblePath.fill(path, CLIP, sink(filled));
        assertThat(filled.getBounds2D().getMinX()).isGreaterThanOrEqualTo(CLIP.minX());
        assertThat(filled.getBounds2D().getMaxX()).isLessThanOrEqualTo(CLIP.maxX());
    }

    private static int largestDifference(int[] a, int[] b) {
        int largest = 0;
        for (int i = 0; i < a.length; i++) {
            largest = Math.max(largest, Math.abs((a[i] >>> 24) - (b[i] >>> 24)));
        }
        return largest;
    }

    private static int differing(int[] a, int[] b) {
        int count = 0;
        for (int i = 0; i < a.length; i++) {
            count += Math.abs((a[i] >>> 24) - (b[i] >>> 24)) > 2 ? 1 : 0;
        }
        return count;
    }

    private static int points(Path2D path) {
        int count = 0;
        for (java.awt.geom.PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            if (it.currentSegment(new double[6]) != java.awt.geom.PathIterator.SEG_CLOSE) {
                count++;
            }
        }
        return count;
    }

    private static VisiblePath.Path randomPath(Random random, int subpaths, int points, boolean closed) {
        int ops = subpaths * (points + (closed ? 1 : 0));
        byte[] op = new byte[ops];
        double[] coords = new double[subpaths * points * 2];
        int o = 0;
        int c = 0;
        for (int s = 0; s < subpaths; s++) {
            for (int p = 0; p < points; p++) {
                op[o++] = p == 0 ? VisiblePath.MOVE : VisiblePath.LINE;
                coords[c++] = -60 + random.nextDouble() * 240;
                coords[c++] = -60 + random.nextDouble() * 240;
            }
            if (closed) {
                op[o++] = VisiblePath.CLOSE;
            }
        }
        return new VisiblePath.Path(op, coords, ops);
    }

    private static Path2D.Double whole(VisiblePath.Path path) {
        Path2D.Double whole = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        VisiblePath.fill(path, new VisiblePath.Box(-1e9, -1e9, 1e9, 1e9), sink(whole));
        return whole;
    }

    private static VisiblePath.Sink sink(Path2D.Double into) {
        return new VisiblePath.Sink() {
            @Override
            public void moveTo(double x, double y) {
                into.moveTo(x, y);
            }

            @Override
            public void lineTo(double x, double y) {
                into.lineTo(x, y);
            }

            @Override
            public void closePath() {
                into.closePath();
            }
        };
    }

    /** The path filled (stroke null) or stroked, antialiased, clipped to {@link #CLIP}, as ARGB pixels. */
    private static int[] pixels(Path2D path, BasicStroke stroke) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.clipRect((int) CLIP.minX(), (int) CLIP.minY(), (int) (CLIP.maxX() - CLIP.minX()),
                (int) (CLIP.maxY() - CLIP.minY()));
        g.setColor(Color.BLACK);
        if (stroke == null) {
            g.fill(path);
        } else {
            g.setStroke(stroke);
            g.draw(path);
        }
        g.dispose();
        return image.getRGB(0, 0, SIZE, SIZE, null, 0, SIZE);
    }
}
