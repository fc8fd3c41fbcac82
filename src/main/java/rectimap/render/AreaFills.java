package rectimap.render;

import java.awt.geom.PathIterator;
/**
 * Antialiased fills of small paths (bounding box up to {@link #MAX_AREA_PX} pixels) drawn straight into the pixels
 * of an {@code INT_ARGB} image with exact area coverage: each edge adds the signed area it sweeps to the cells of an
 * accumulation buffer, and a running sum along each row gives every pixel's share of the shape (the method of
 * font renderers such as font-rs). Java2D's rasteriser spends about 7 µs on a 30 px polygon; this spends one sum and
 * at most one blend per pixel of the box.
 *
 * <p>Even-odd rule on the summed winding (a hole cuts out whichever way its ring turns). Blending is source-over with
 * straight alpha, as Java2D does on {@code TYPE_INT_ARGB}. Draws only inside the clip. One per thread at a time; the
 * cell buffer belongs to the thread and is reused between fills.
 */
final class AreaFills {

    /** Bigger boxes (a township filling the screen, a batch of dots) are cheaper for Java2D's sparse scanlines. */
    static final int MAX_AREA_PX = 256 * 256;

    /** The cell buffer of each thread, kept between fills and frames (a frame's bands are new surfaces each time). */
    private static final ThreadLocal<float[][]> CELLS = ThreadLocal.withInitial(() -> new float[][] {new float[0]});

    private final int[] pixels;
    private final int scanline;
    private float[] cells;
    /** The rows of the current fill's box that are painted (and so accumulated), in box coordinates. */
    private PixelBox rows;

    AreaFills(int[] pixels, int scanline) {
        this.pixels = pixels;
        this.scanline = scanline;
    }

    /**
     * Fills the path (straight segments; open subpaths are closed) if its box, cut to the image, is small enough.
     * Which way a shape is drawn and where its cells start depend on the image alone, never on the clip, so a frame
     * painted in bands (each clipped to its rows) gets exactly the pixels of one pass.
     *
     * @param image the whole image's pixels
     * @param clip  where painting may happen (within {@code image})
     * @return false, drawing nothing, when the box is too big (the caller lets Java2D fill it)
     */
    boolean fill(PathIterator path, double minX, double minY, double maxX, double maxY, int argb, double alpha,
                 PixelBox image, PixelBox clip) {
        int left = Math.max(image.minX(), (int) Math.floor(minX));
        int top = Math.max(image.minY(), (int) Math.floor(minY));
        int right = Math.min(image.maxX(), (int) Math.ceil(maxX));
        int bottom = Math.min(image.maxY(), (int) Math.ceil(maxY));
        if (right <= left || bottom <= top) {
            return true;
        }
        int width = right - left;
        int height = bottom - top;
        if ((long) width * height > MAX_AREA_PX) {
            return false;
        }
        double opacity = alpha * (argb >>> 24) / 255.0;
        int firstRow = Math.max(0, clip.minY() - top);
        int endRow = Math.min(height, clip.maxY() - top);
        if (opacity <= 0 || endRow <= firstRow || clip.maxX() <= left || clip.minX() >= right) {
            return true;
        }
        int stride = width + 2;
        int needed = stride * height;
        float[][] held = CELLS.get();
        if (held[0].length < needed) {
            // Painting leaves every cell it read at zero, so a buffer is cleared once, when made.
            held[0] = new float[Math.max(needed, held[0].length * 2)];
        }
        cells = held[0];
        rows = new PixelBox(0, firstRow, width, endRow);
        accumulate(path, left, top, width, stride);
        paint(left, top, Math.max(0, clip.minX() - left), Math.min(width, clip.maxX() - left), stride, argb, opacity);
        return true;
    }

    private void accumulate(PathIterator path, int left, int top, int width, int stride) {
        double[] point = new double[6];
        double startX = 0;
        double startY = 0;
        double lastX = 0;
        double lastY = 0;
        boolean open = false;
        for (; !path.isDone(); path.next()) {
            int type = path.currentSegment(point);
            double x = point[0] - left;
            double y = point[1] - top;
            switch (type) {
                case PathIterator.SEG_MOVETO -> {
                    if (open) {
                        clippedLine(lastX, lastY, startX, startY, width, stride);
                    }
                    startX = lastX = x;
                    startY = lastY = y;
                    open = true;
                }
                case PathIterator.SEG_LINETO -> {
                    clippedLine(lastX, lastY, x, y, width, stride);
                    lastX = x;
                    lastY = y;
                }
                case PathIterator.SEG_CLOSE -> {
                    clippedLine(lastX, lastY, startX, startY, width, stride);
                    lastX = startX;
                    lastY = startY;
                    open = false;
                }
                default -> throw new IllegalArgumentException("area fills take straight segments only");
            }
        }
        if (open) {
            clippedLine(lastX, lastY, startX, startY, width, stride);
        }
    }

    /**
     * Adds a segment in box coordinates: the parts left of the box become vertical at its left edge (they still
     * wind every pixel to their right), the parts right of it at its right edge (they wind nothing inside).
     */
    private void clippedLine(double x0, double y0, double x1, double y1, int width, int stride) {
        if (y0 == y1) {
            return;
        }
        if (x0 >= 0 && x1 >= 0 && x0 <= width && x1 <= width) {
            line(x0, y0, x1, y1, stride);
            return;
        }
        // Cut where the segment crosses the box's left and right edges (at most one each), in order along it.
        double cutLeft = (x0 < 0) != (x1 < 0) ? (0 - x0) / (x1 - x0) : 2;
        double cutRight = (x0 > width) != (x1 > width) ? (width - x0) / (x1 - x0) : 2;
        double[] cuts = {0, Math.min(cutLeft, cutRight), Math.max(cutLeft, cutRight), 1};
        double from = 0;
        for (int k = 1; k < cuts.length; k++) {
            double to = Math.min(1, cuts[k]);
            if (to <= from) {
                continue;
            }
            double ax = Math.min(width, Math.max(0, x0 + (x1 - x0) * from));
            double bx = Math.min(width, Math.max(0, x0 + (x1 - x0) * to));
            line(ax, y0 + (y1 - y0) * from, bx, y0 + (y1 - y0) * to, stride);
            from = to;
        }
    }

    /**
     * Deposits the signed area a segment (x within [0, width]) sweeps in each painted row it crosses. Each row's x
     * range is computed from the segment's ends and held between them, not accumulated row by row: rounding must not
     * carry a cell index past the box (a sliver's x drifted to -1e-15 and indexed cell -1).
     */
    private void line(double x0, double y0, double x1, double y1, int stride) {
        if (y0 == y1) {
            return;
        }
        double dir = 1;
        if (y0 > y1) {
            dir = -1;
            double t = x0;
            x0 = x1;
            x1 = t;
            t = y0;
            y0 = y1;
            y1 = t;
        }
        double dxdy = (x1 - x0) / (y1 - y0);
        double low = Math.min(x0, x1);
        double high = Math.max(x0, x1);
        int firstRow = Math.max(rows.minY(), (int) Math.floor(y0));
        int endRow = Math.min(rows.maxY(), (int) Math.ceil(y1));
        for (int row = firstRow; row < endRow; row++) {
            int line = row * stride;
            double from = Math.max(row, y0);
            double to = Math.min(row + 1, y1);
            double x = Math.min(high, Math.max(low, x0 + (from - y0) * dxdy));
            double xNext = Math.min(high, Math.max(low, x0 + (to - y0) * dxdy));
            double d = (to - from) * dir;
            double a = Math.min(x, xNext);
            double b = Math.max(x, xNext);
            int aCell = (int) Math.floor(a);
            int bCeil = (int) Math.ceil(b);
            if (bCeil <= aCell + 1) {
                double middle = 0.5 * (x + xNext) - aCell;
                cells[line + aCell] += (float) (d - d * middle);
                cells[line + aCell + 1] += (float) (d * middle);
            } else {
                double s = 1 / (b - a);
                double aFrac = a - aCell;
                double first = 0.5 * s * (1 - aFrac) * (1 - aFrac);
                double bFrac = b - bCeil + 1;
                double last = 0.5 * s * bFrac * bFrac;
                cells[line + aCell] += (float) (d * first);
                if (bCeil == aCell + 2) {
                    cells[line + aCell + 1] += (float) (d * (1 - first - last));
                } else {
                    double second = s * (1.5 - aFrac);
                    cells[line + aCell + 1] += (float) (d * (second - first));
                    for (int cell = aCell + 2; cell < bCeil - 1; cell++) {
                        cells[line + cell] += (float) (d * s);
                    }
                    double upTo = second + (bCeil - aCell - 3) * s;
                    cells[line + bCeil - 1] += (float) (d * (1 - upTo - last));
                }
                cells[line + bCeil] += (float) (d * last);
            }
        }
    }

    /** The even-odd coverage of a summed winding {@code w} ≥ 0: 0..1 rises, 1..2 falls, and so on. */
    private static float evenOdd(float w) {
        if (w <= 1) {
            return w;
        }
        if (w <= 2) {
            return 2 - w;
        }
        float folded = w % 2;
        return folded > 1 ? 2 - folded : folded;
    }

    /**
     * Sums each painted row into coverage (even-odd folded) from the box's left edge and blends the colour into the
     * columns {@code [fromColumn, toColumn)}; every cell read is left at zero.
     */
    private void paint(int left, int top, int fromColumn, int toColumn, int stride, int argb, double opacity) {
        int width = stride - 2;
        for (int row = rows.minY(); row < rows.maxY(); row++) {
            int line = row * stride;
            int target = (top + row) * scanline + left;
            float sum = 0;
            for (int column = 0; column < width; column++) {
                sum += cells[line + column];
                cells[line + column] = 0;
                float coverage = evenOdd(Math.abs(sum));
                if (coverage > 0.002f && column >= fromColumn && column < toColumn) {
                    pixels[target + column] = Blend.over(pixels[target + column], argb, opacity * coverage);
                }
            }
            cells[line + width] = 0;
            cells[line + width + 1] = 0;
        }
    }
}
