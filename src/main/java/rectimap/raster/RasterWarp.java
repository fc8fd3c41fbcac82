package rectimap.raster;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;
import rectimap.geo.CrsTransform;

/**
 * Reprojects a source's pieces onto an output grid by inverse mapping: every output pixel centre is carried into the
 * source CRS and takes the colour of the source pixel there (nearest neighbour). Carrying every pixel through proj4j
 * would cost ~50 ms per megapixel, so the mapping is transformed exactly at the corners of cells of up to 64 pixels
 * and interpolated bilinearly inside; a cell whose centre or edge midpoints stray more than {@link #MAX_ERROR_PX}
 * from the exact mapping is split in four, down to {@link #MIN_CELL_PX}. The result is placed within 0.1 output
 * pixel of where proj4j puts it (plus the half source pixel nearest-neighbour sampling rounds to).
 *
 * <p>A source in the display CRS itself (a drone orthophoto in EPSG:4546) needs no transform: its pieces are only
 * scaled, by look-up tables per piece ({@link SourcePixels#fillAligned}), several times faster per pixel.
 *
 * <p>Stateless; rows of cells are warped in parallel. Pieces of type INT_ARGB or INT_RGB are read directly.
 */
public final class RasterWarp {

    /** The largest allowed error of the interpolated mapping, in output pixels. */
    static final double MAX_ERROR_PX = 0.1;
    private static final int START_CELL_PX = 64;
    private static final int MIN_CELL_PX = 2;

    private RasterWarp() {
    }

    /**
     * A new {@link BufferedImage#TYPE_INT_ARGB} image of the grid's size with {@code pieces} (georeferenced in
     * {@code sourceEpsg}) drawn where they fall; transparent where no piece is.
     *
     * @throws IllegalArgumentException when proj4j does not know {@code sourceEpsg}
     */
    public static BufferedImage warp(List<RasterPiece> pieces, int sourceEpsg, RasterRequest grid) {
        BufferedImage out = new BufferedImage(grid.widthPx(), grid.heightPx(), BufferedImage.TYPE_INT_ARGB);
        if (pieces.isEmpty()) {
            return out;
        }
        int[] target = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        SourcePixels source = new SourcePixels(pieces);
        CrsTransform toSource = sourceEpsg == grid.displayEpsg() ? null
                : CrsTransform.between(grid.displayEpsg(), sourceEpsg);
        if (toSource == null) {
            source.fillAligned(target, grid);
            return out;
        }
        Warper warper = new Warper(grid, toSource, source, target);
        int columns = (grid.widthPx() + START_CELL_PX - 1) / START_CELL_PX;
        int rows = (grid.heightPx() + START_CELL_PX - 1) / START_CELL_PX;
        IntStream.range(0, rows).parallel().forEach(r -> {
            int y0 = r * START_CELL_PX;
            int y1 = Math.min(grid.heightPx(), y0 + START_CELL_PX);
            for (int c = 0; c < columns; c++) {
                int x0 = c * START_CELL_PX;
                int x1 = Math.min(grid.widthPx(), x0 + START_CELL_PX);
                warper.cell(x0, y0, x1, y1, warper.at(x0, y0), warper.at(x1, y0), warper.at(x0, y1),
                        warper.at(x1, y1));
            }
        });
        return out;
    }

    /** The mapping of one grid onto one source; {@code at} takes output pixel-edge coordinates. */
    private record Warper(RasterRequest grid, CrsTransform toSource, SourcePixels source, int[] target) {

        /** The source position of output position (px, py) (pixel edges: pixel i's centre is i + 0.5). */
        double[] at(double px, double py) {
            double x = grid.minX() + px * grid.unitsPerPixel();
            double y = grid.maxY() - py * grid.unitsPerPixel();
            if (toSource == null) {
                return new double[] {x, y};
            }
            try {
                Coordinate c = toSource.apply(x, y);
                return new double[] {c.x, c.y};
            } catch (RuntimeException outsideDomain) {
                return new double[] {Double.NaN, Double.NaN};
            }
        }

        void cell(int x0, int y0, int x1, int y1, double[] c00, double[] c10, double[] c01, double[] c11) {
            int w = x1 - x0;
            int h = y1 - y0;
            boolean small = w <= MIN_CELL_PX && h <= MIN_CELL_PX;
            if (toSource != null && !small && !closeEnough(x0, y0, x1, y1, c00, c10, c01, c11)) {
                int xm = w > MIN_CELL_PX ? (x0 + x1) / 2 : x1;
                int ym = h > MIN_CELL_PX ? (y0 + y1) / 2 : y1;
                double[] top = at(xm, y0);
                double[] left = at(x0, ym);
                double[] mid = at(xm, ym);
                double[] right = at(x1, ym);
                double[] bottom = at(xm, y1);
                cell(x0, y0, xm, ym, c00, top, left, mid);
                if (xm < x1) {
                    cell(xm, y0, x1, ym, top, c10, mid, right);
                }
                if (ym < y1) {
                    cell(x0, ym, xm, y1, left, mid, c01, bottom);
                    if (xm < x1) {
                        cell(xm, ym, x1, y1, mid, right, bottom, c11);
                    }
                }
                return;
            }
            if (!finite(c00) || !finite(c10) || !finite(c01) || !finite(c11)) {
                return;
            }
            source.fill(target, grid.widthPx(), x0, y0, x1, y1, c00, c10, c01, c11);
        }

        /** Whether bilinear interpolation of the corners stays within the error at the centre and mid-edges. */
        private boolean closeEnough(int x0, int y0, int x1, int y1, double[] c00, double[] c10, double[] c01,
                                    double[] c11) {
            if (!finite(c00) || !finite(c10) || !finite(c01) || !finite(c11)) {
                return false;
            }
            double w = x1 - x0;
            double h = y1 - y0;
            // Source units per output pixel along each source axis, from the cell's own corners.
            double perPxX = (Math.abs(c10[0] - c00[0]) + Math.abs(c01[0] - c00[0])) / Math.max(w, h);
            double perPxY = (Math.abs(c10[1] - c00[1]) + Math.abs(c01[1] - c00[1])) / Math.max(w, h);
            double[][] probes = {{0.5, 0.5}, {0.5, 0}, {0, 0.5}, {1, 0.5}, {0.5, 1}};
            for (double[] p : probes) {
                double[] exact = at(x0 + p[0] * w, y0 + p[1] * h);
                if (!finite(exact)) {
                    return false;
                }
                double ix = bilinear(c00[0], c10[0], c01[0], c11[0], p[0], p[1]);
                double iy = bilinear(c00[1], c10[1], c01[1], c11[1], p[0], p[1]);
                double errX = perPxX > 0 ? Math.abs(ix - exact[0]) / perPxX : 0;
                double errY = perPxY > 0 ? Math.abs(iy - exact[1]) / perPxY : 0;
                if (Math.max(errX, errY) > MAX_ERROR_PX) {
                    return false;
                }
            }
            return true;
        }
    }

    static double bilinear(double v00, double v10, double v01, double v11, double u, double v) {
        double top = v00 + (v10 - v00) * u;
        double bottom = v01 + (v11 - v01) * u;
        return top + (bottom - top) * v;
    }

    private static boolean finite(double[] c) {
        return Double.isFinite(c[0]) && Double.isFinite(c[1]);
    }
}
