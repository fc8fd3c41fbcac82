package rectimap.render;

import java.awt.geom.PathIterator;

/**
 * Antialiased strokes of at most {@link #MAX_WIDTH_PX} pixels drawn straight into the pixels of an
 * {@code INT_ARGB} image, a column (or row) at a time along each segment: a pixel's coverage is the overlap of the
 * line's width with the pixel measured across the line. Java2D's rasteriser spends about 10 µs on the outline of a
 * 30 px polygon (eight sub-scanlines a pixel row, tiles, masks); this spends about one pixel blend per pixel the
 * line touches, which is what lets a zoomed-in frame of 1,500 outlined parcels stay within a display refresh.
 *
 * <p>Butt ends, no joins: each segment owns the columns from its start up to (not including) its end, so a shared
 * vertex is drawn once; at lines this thin a join is invisible. Blending is source-over with straight
 * (non-premultiplied) alpha, as Java2D does on {@code TYPE_INT_ARGB}. Draws only inside {@code clip} (device pixels,
 * inclusive-exclusive). Stateless; threads may draw disjoint clip rectangles of one image at once.
 */
final class ThinStrokes {

    /** Wider strokes need joins and caps to look right; Java2D draws those. */
    static final double MAX_WIDTH_PX = 1.6;

    private final int[] pixels;
    private final int scanline;

    /** Draws into {@code pixels}, {@code scanline} ints a row (a {@code TYPE_INT_ARGB} raster's data). */
    ThinStrokes(int[] pixels, int scanline) {
        this.pixels = pixels;
        this.scanline = scanline;
    }

    /**
     * Strokes every segment of the path (line segments only; the caller checks there are no curves).
     *
     * @param argb    the colour, straight alpha in the top byte
     * @param alpha   a further opacity 0–1 (the layer's)
     * @param widthPx the line width in pixels, at most {@link #MAX_WIDTH_PX}
     */
    void stroke(PathIterator path, int argb, double alpha, double widthPx, PixelBox clip) {
        double opacity = alpha * (argb >>> 24) / 255.0;
        if (opacity <= 0) {
            return;
        }
        double[] point = new double[6];
        double startX = 0;
        double startY = 0;
        double lastX = 0;
        double lastY = 0;
        for (; !path.isDone(); path.next()) {
            switch (path.currentSegment(point)) {
                case PathIterator.SEG_MOVETO -> {
                    startX = lastX = point[0];
                    startY = lastY = point[1];
                }
                case PathIterator.SEG_LINETO -> {
                    segment(lastX, lastY, point[0], point[1], argb, opacity, widthPx, clip);
                    lastX = point[0];
                    lastY = point[1];
                }
                case PathIterator.SEG_CLOSE -> {
                    segment(lastX, lastY, startX, startY, argb, opacity, widthPx, clip);
                    lastX = startX;
                    lastY = startY;
                }
                default -> throw new IllegalArgumentException("thin strokes take straight segments only");
            }
        }
    }

    private void segment(double x0, double y0, double x1, double y1, int argb, double opacity, double width,
                         PixelBox clip) {
        if (Math.abs(x1 - x0) >= Math.abs(y1 - y0)) {
            if (x1 != x0) {
                walk(x0, y0, x1, y1, Axis.X, argb, opacity, width, clip);
            }
        } else {
            walk(y0, x0, y1, x1, Axis.Y, argb, opacity, width, clip);
        }
    }

    /** The axis a segment mostly runs along: X walks columns (runs across are rows), Y walks rows. */
    private enum Axis { X, Y }

    /**
     * One run of pixels across the line for each pixel centre the segment passes along its major axis; coordinates
     * are given as (along, across) for that axis.
     */
    private void walk(double along0, double across0, double along1, double across1, Axis axis, int argb,
                      double opacity, double width, PixelBox clip) {
        int alongMin = axis == Axis.X ? clip.minX() : clip.minY();
        int alongMax = axis == Axis.X ? clip.maxX() : clip.maxY();
        int acrossMin = axis == Axis.X ? clip.minY() : clip.minX();
        int acrossMax = axis == Axis.X ? clip.maxY() : clip.maxX();
        int alongStride = axis == Axis.X ? 1 : scanline;
        int acrossStride = axis == Axis.X ? scanline : 1;
        double slope = (across1 - across0) / (along1 - along0);
        double stretch = Math.sqrt(1 + slope * slope);
        double perpendicular = 1 / stretch;
        int step = along1 > along0 ? 1 : -1;
        int first = step > 0 ? (int) Math.ceil(along0 - 0.5) : (int) Math.floor(along0 - 0.5);
        int end = step > 0 ? (int) Math.ceil(along1 - 0.5) : (int) Math.floor(along1 - 0.5);
        double reach = (width / 2 + 0.5) * stretch;
        for (int along = first; along != end; along += step) {
            if (along < alongMin || along >= alongMax) {
                continue;
            }
            double centre = across0 + (along + 0.5 - along0) * slope;
            int from = Math.max(acrossMin, (int) Math.floor(centre - reach + 0.5));
            int to = Math.min(acrossMax - 1, (int) Math.floor(centre + reach - 0.5));
            for (int across = from; across <= to; across++) {
                blend(along * alongStride + across * acrossStride, argb,
                        opacity * coverage((across + 0.5 - centre) * perpendicular, width));
            }
        }
    }

    /**
     * The share of a unit pixel whose centre is {@code distance} pixels (perpendicular) from the line's axis that a
     * line of {@code width} covers: the overlap of [d − w/2, d + w/2] with [−½, ½].
     */
    static double coverage(double distance, double width) {
        double overlap = Math.min(0.5, distance + width / 2) - Math.max(-0.5, distance - width / 2);
        return overlap <= 0 ? 0 : Math.min(1, overlap);
    }

    private void blend(int index, int argb, double a) {
        if (a > 0.002) {
            pixels[index] = Blend.over(pixels[index], argb, a);
        }
    }
}
