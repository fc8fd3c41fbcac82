package rectimap.raster;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;

/**
 * The pieces of one warp as int pixel arrays with their georeferencing, and the nearest-neighbour fill of one cell
 * of the output whose corners' source positions are known. Read only once built; cells fill in parallel.
 */
final class SourcePixels {

    /** One piece: its ARGB ints (alpha forced opaque for RGB images) and where they lie in the source CRS. */
    private record Piece(int[] pixels, int width, int height, int opaque, double minX, double maxY,
                         double columnsPerUnit, double rowsPerUnit, double maxX, double minY) {
        boolean contains(double minXOf, double minYOf, double maxXOf, double maxYOf) {
            return minXOf <= maxX && maxXOf >= minX && minYOf <= maxY && maxYOf >= minY;
        }
    }

    /** Rows of output per parallel task of {@link #fillAligned}. */
    private static final int ALIGNED_BAND_ROWS = 32;

    private final Piece[] pieces;

    SourcePixels(List<RasterPiece> list) {
        pieces = new Piece[list.size()];
        for (int i = 0; i < pieces.length; i++) {
            RasterPiece piece = list.get(i);
            BufferedImage image = RasterPiece.drawable(piece.image());
            int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            int opaque = image.getType() == BufferedImage.TYPE_INT_RGB ? 0xff000000 : 0;
            var e = piece.extent();
            pieces[i] = new Piece(pixels, image.getWidth(), image.getHeight(), opaque, e.getMinX(), e.getMaxY(),
                    image.getWidth() / e.getWidth(), image.getHeight() / e.getHeight(), e.getMaxX(), e.getMinY());
        }
    }

    /**
     * Fills output pixels [x0, x1) × [y0, y1) of {@code target} (row stride {@code stride}) by interpolating the
     * source positions of the cell's corners (output pixel edges) bilinearly to each pixel centre.
     */
    void fill(int[] target, int stride, int x0, int y0, int x1, int y1, double[] c00, double[] c10, double[] c01,
              double[] c11) {
        Piece[] candidates = candidates(c00, c10, c01, c11);
        if (candidates.length == 0) {
            return;
        }
        double w = x1 - x0;
        double h = y1 - y0;
        for (int j = y0; j < y1; j++) {
            double v = (j + 0.5 - y0) / h;
            double leftX = c00[0] + (c01[0] - c00[0]) * v;
            double leftY = c00[1] + (c01[1] - c00[1]) * v;
            double rightX = c10[0] + (c11[0] - c10[0]) * v;
            double rightY = c10[1] + (c11[1] - c10[1]) * v;
            double stepX = (rightX - leftX) / w;
            double stepY = (rightY - leftY) / w;
            double sx = leftX + stepX * 0.5;
            double sy = leftY + stepY * 0.5;
            int row = j * stride;
            for (int i = x0; i < x1; i++, sx += stepX, sy += stepY) {
                for (int p = candidates.length - 1; p >= 0; p--) {
                    Piece piece = candidates[p];
                    double fx = (sx - piece.minX) * piece.columnsPerUnit;
                    double fy = (piece.maxY - sy) * piece.rowsPerUnit;
                    if (fx >= 0 && fy >= 0 && fx < piece.width && fy < piece.height) {
                        target[row + i] = piece.pixels[(int) fy * piece.width + (int) fx] | piece.opaque;
                        break;
                    }
                }
            }
        }
    }

    /**
     * Fills all of {@code target} (the grid's pixels, row after row) when the grid is in the pieces' own CRS: every
     * output pixel centre maps to a source pixel by a scale and a shift along each axis, so each piece's source
     * column per output column and source row per output row are worked out once, and rows of the output are then
     * plain look-ups (later pieces win, as in {@link #fill}). Bands of rows fill in parallel.
     */
    void fillAligned(int[] target, RasterRequest grid) {
        int width = grid.widthPx();
        int[][] columns = new int[pieces.length][];
        int[][] rows = new int[pieces.length][];
        for (int p = 0; p < pieces.length; p++) {
            Piece piece = pieces[p];
            columns[p] = lookUp(width, piece.width, i -> (grid.minX() + (i + 0.5) * grid.unitsPerPixel() - piece.minX)
                    * piece.columnsPerUnit);
            rows[p] = lookUp(grid.heightPx(), piece.height, j -> (piece.maxY - grid.maxY()
                    + (j + 0.5) * grid.unitsPerPixel()) * piece.rowsPerUnit);
        }
        int bands = (grid.heightPx() + ALIGNED_BAND_ROWS - 1) / ALIGNED_BAND_ROWS;
        java.util.stream.IntStream.range(0, bands).parallel().forEach(band -> {
            int last = Math.min(grid.heightPx(), (band + 1) * ALIGNED_BAND_ROWS);
            for (int j = band * ALIGNED_BAND_ROWS; j < last; j++) {
                for (int p = 0; p < pieces.length; p++) {
                    int sourceRow = rows[p][j + 2];
                    if (sourceRow < 0) {
                        continue;
                    }
                    Piece piece = pieces[p];
                    int[] column = columns[p];
                    int from = sourceRow * piece.width;
                    for (int i = column[0], out = j * width + i; i < column[1]; i++, out++) {
                        target[out] = piece.pixels[from + column[i + 2]] | piece.opaque;
                    }
                }
            }
        });
    }

    /**
     * The source index of each of {@code count} output positions, {@code at} giving the fractional source position of
     * one: element 0 and 1 are the first and the end of the run of positions inside the piece ({@code size}), then
     * one index per position (-1 outside).
     */
    private static int[] lookUp(int count, int size, java.util.function.IntToDoubleFunction at) {
        int[] table = new int[count + 2];
        int first = count;
        int end = 0;
        for (int i = 0; i < count; i++) {
            double f = at.applyAsDouble(i);
            boolean inside = f >= 0 && f < size;
            table[i + 2] = inside ? (int) f : -1;
            if (inside) {
                first = Math.min(first, i);
                end = i + 1;
            }
        }
        table[0] = first;
        table[1] = Math.max(first, end);
        return table;
    }

    /** The pieces that may meet the cell whose corners are given, in piece order (later wins). */
    private Piece[] candidates(double[] c00, double[] c10, double[] c01, double[] c11) {
        double minX = Math.min(Math.min(c00[0], c10[0]), Math.min(c01[0], c11[0]));
        double maxX = Math.max(Math.max(c00[0], c10[0]), Math.max(c01[0], c11[0]));
        double minY = Math.min(Math.min(c00[1], c10[1]), Math.min(c01[1], c11[1]));
        double maxY = Math.max(Math.max(c00[1], c10[1]), Math.max(c01[1], c11[1]));
        // The interpolated positions stay within a fraction of a pixel of the corners' box; widen it a little.
        double padX = (maxX - minX) * 0.05;
        double padY = (maxY - minY) * 0.05;
        int count = 0;
        Piece[] found = new Piece[pieces.length];
        for (Piece piece : pieces) {
            if (piece.contains(minX - padX, minY - padY, maxX + padX, maxY + padY)) {
                found[count++] = piece;
            }
        }
        return count == found.length ? found : java.util.Arrays.copyOf(found, count);
    }
}
