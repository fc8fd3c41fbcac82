package rectimap.raster;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import rectimap.geo.CrsTransform;

/**
 * The output grid a raster is wanted for: {@code widthPx × heightPx} square pixels of {@code unitsPerPixel} display
 * units, whose top-left corner (outer edge of the first pixel) is ({@code minX}, {@code maxY}) in
 * {@code displayEpsg} (EPSG:4546 metres for the map and sheets). Pixel (i, j) covers x from minX + i·size to
 * minX + (i+1)·size and y from maxY − (j+1)·size to maxY − j·size; y grows downward on the grid.
 *
 * @param completeness whether a slow (online) source may answer with what it has now
 */
public record RasterRequest(int displayEpsg, double minX, double maxY, double unitsPerPixel, int widthPx,
                            int heightPx, Completeness completeness) {

    /** How many points per edge {@link #viewIn} transforms: enough for any map-sized view to bend correctly. */
    private static final int EDGE_SAMPLES = 16;

    /** Whether the answer may leave out pieces that are still on their way. */
    public enum Completeness {
        /** The screen: answer now with what is at hand, tell the refresh listeners when more came. */
        WHAT_IS_AT_HAND,
        /** Print and command line: wait for every piece (up to the source's time-out). */
        WAIT_FOR_ALL
    }

    public RasterRequest {
        if (!(unitsPerPixel > 0) || widthPx <= 0 || heightPx <= 0) {
            throw new IllegalArgumentException("raster request needs a positive pixel size and grid: "
                    + unitsPerPixel + ", " + widthPx + "x" + heightPx);
        }
        java.util.Objects.requireNonNull(completeness, "completeness");
    }

    /** The grid's outer edges in the display CRS. */
    public Envelope view() {
        return new Envelope(minX, maxX(), minY(), maxY);
    }

    public double maxX() {
        return minX + widthPx * unitsPerPixel;
    }

    public double minY() {
        return maxY - heightPx * unitsPerPixel;
    }

    /**
     * The view's outline transformed into {@code epsg} (its edges sampled, so a curved outline is enclosed), the
     * envelope of those points; the view itself when {@code epsg} is the display CRS. Points that cannot be
     * transformed (outside a projection's domain) are left out; an empty envelope when none can.
     *
     * @throws IllegalArgumentException when {@code epsg} is a CRS proj4j does not know
     */
    public Envelope viewIn(int epsg) {
        if (epsg == displayEpsg) {
            return view();
        }
        CrsTransform toSource = CrsTransform.between(displayEpsg, epsg);
        Envelope out = new Envelope();
        double w = maxX() - minX;
        double h = maxY - minY();
        for (int i = 0; i <= EDGE_SAMPLES; i++) {
            double t = (double) i / EDGE_SAMPLES;
            include(out, toSource, minX + t * w, maxY);
            include(out, toSource, minX + t * w, minY());
            include(out, toSource, minX, maxY - t * h);
            include(out, toSource, maxX(), maxY - t * h);
        }
        return out;
    }

    /**
     * The size of one output pixel in {@code epsg} units at the view's centre: the finer of its width and height
     * there (degrees for lon/lat sources, metres for projected ones). A source picks the level whose pixel is the
     * coarsest not coarser than this.
     */
    public double pixelSizeIn(int epsg) {
        if (epsg == displayEpsg) {
            return unitsPerPixel;
        }
        CrsTransform toSource = CrsTransform.between(displayEpsg, epsg);
        double cx = (minX + maxX()) / 2;
        double cy = (minY() + maxY) / 2;
        Coordinate centre = toSource.apply(cx, cy);
        Coordinate east = toSource.apply(cx + unitsPerPixel, cy);
        Coordinate north = toSource.apply(cx, cy + unitsPerPixel);
        double alongX = Math.max(Math.abs(east.x - centre.x), Math.abs(north.x - centre.x));
        double alongY = Math.max(Math.abs(east.y - centre.y), Math.abs(north.y - centre.y));
        return Math.min(alongX, alongY);
    }

    /** The same grid, asked with another completeness. */
    public RasterRequest withCompleteness(Completeness other) {
        return new RasterRequest(displayEpsg, minX, maxY, unitsPerPixel, widthPx, heightPx, other);
    }

    private static void include(Envelope out, CrsTransform transform, double x, double y) {
        try {
            Coordinate c = transform.apply(x, y);
            if (Double.isFinite(c.x) && Double.isFinite(c.y)) {
                out.expandToInclude(c);
            }
        } catch (RuntimeException outsideDomain) {
            // proj4j throws for points a projection cannot reach (beyond Web Mercator's latitudes): not in view.
        }
    }
}
