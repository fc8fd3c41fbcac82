package rectimap.render;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.awt.geom.Path2D;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Area fills never index outside their cell buffer, whatever the floating-point noise at the box's edges: polygons
 * whose vertices sit a hair outside or on the box's edges, nearly horizontal edges that cross the top of the box, and
 * slivers far taller than wide (the 100,000-polygon stress frame threw {@code Index -1} in {@code line}).
 */
class AreaFillsEdgeCasesTest {

    private static final int SIZE = 64;

    @Test
    void verticesOnAndJustOutsideTheBoxNeverEscapeTheBuffer() {
        Random random = new Random(41);
        int[] pixels = new int[SIZE * SIZE];
        AreaFills fills = new AreaFills(pixels, SIZE);
        double[] nearEdges = {0, 1e-13, -1e-13, 1e-9, -1e-9, 0.5, SIZE, SIZE - 1e-13, SIZE + 1e-13, SIZE - 1e-9};
        for (int shape = 0; shape < 200_000; shape++) {
            Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            int corners = 3 + random.nextInt(4);
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (int k = 0; k < corners; k++) {
                double x = pick(random, nearEdges) + offset(random);
                double y = pick(random, nearEdges) + offset(random);
                if (k == 0) {
                    path.moveTo(x, y);
                } else {
                    path.lineTo(x, y);
                }
                minX = Math.min(minX, x);
                minY = Math.min(minY, y);
                maxX = Math.max(maxX, x);
                maxY = Math.max(maxY, y);
            }
            path.closePath();
            double x0 = minX, y0 = minY, x1 = maxX, y1 = maxY;
            PixelBox clip = new PixelBox(random.nextInt(3), random.nextInt(3), SIZE - random.nextInt(3),
                    SIZE - random.nextInt(3));
            assertThatCode(() -> fills.fill(path.getPathIterator(null), x0, y0, x1, y1, 0xff336699, 1,
                    new PixelBox(0, 0, SIZE, SIZE), clip))
                    .as("shape %d %s", shape, path.getBounds2D()).doesNotThrowAnyException();
        }
    }

    private static double pick(Random random, double[] values) {
        return values[random.nextInt(values.length)];
    }

    private static double offset(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextDouble() * 1e-12 - 0.5e-12;
            case 2 -> random.nextDouble() * SIZE;
            default -> (random.nextDouble() - 0.5) * 4 * SIZE;
        };
    }
}
