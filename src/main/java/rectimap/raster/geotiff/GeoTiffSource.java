package rectimap.raster.geotiff;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import rectimap.raster.PixelValues;
import rectimap.raster.RasterException;
import rectimap.raster.RasterPiece;
import rectimap.raster.RasterProblem;
import rectimap.raster.RasterRequest;
import rectimap.raster.RasterSource;
import rectimap.raster.TileCache;
import rectimap.raster.TileKey;

/**
 * A GeoTIFF or Cloud-Optimized GeoTIFF file (classic or BigTIFF; tiled or striped; 8-bit grey, RGB, RGBA or
 * paletted; any compression TwelveMonkeys decodes, e.g. JPEG, Deflate, LZW) with its internal overviews and those of
 * a {@code .ovr} file beside it. A request is answered from the overview that suits its pixel size, with the tiles
 * that meet the view only, decoded on a few threads and kept in {@link TileCache#shared()}. Opened by
 * {@link GeoTiffOpening#open}; thread-safe.
 */
public final class GeoTiffSource implements RasterSource {

    private final GeoTiffOpening.Opened file;

    GeoTiffSource(GeoTiffOpening.Opened file) {
        this.file = file;
    }

    @Override
    public String title() {
        return file.path().getFileName().toString();
    }

    @Override
    public String attribution() {
        return file.attribution();
    }

    @Override
    public int epsg() {
        return file.epsg();
    }

    @Override
    public Envelope extent() {
        return file.reference().extent(file.levels().get(0).width(), file.levels().get(0).height());
    }

    /** The full image's size in pixels and its overviews, finest first (for the layer's information). */
    public List<int[]> levelSizes() {
        return file.levels().stream().map(l -> new int[] {l.width(), l.height()}).toList();
    }

    @Override
    public List<RasterPiece> piecesFor(RasterRequest request) throws RasterException {
        Envelope view = request.viewIn(file.epsg());
        view = view.intersection(extent());
        if (view.isNull() || view.getArea() == 0 && view.getWidth() == 0) {
            return List.of();
        }
        int index = TiffLevel.choose(file.levels(), request.pixelSizeIn(file.epsg()));
        TiffLevel level = file.levels().get(index);
        GeoReference full = file.reference();
        long firstColumn = clamp((long) Math.floor((view.getMinX() - full.minX()) / level.pixelWidth() / level.tileWidth()),
                level.columns());
        long lastColumn = clamp((long) Math.floor((view.getMaxX() - full.minX()) / level.pixelWidth() / level.tileWidth()),
                level.columns());
        long firstRow = clamp((long) Math.floor((full.maxY() - view.getMaxY()) / level.pixelHeight() / level.tileHeight()),
                level.rows());
        long lastRow = clamp((long) Math.floor((full.maxY() - view.getMinY()) / level.pixelHeight() / level.tileHeight()),
                level.rows());
        List<TileKey> keys = new ArrayList<>();
        for (long row = firstRow; row <= lastRow; row++) {
            for (long column = firstColumn; column <= lastColumn; column++) {
                keys.add(new TileKey(file.id(), index, column, row));
            }
        }
        List<RasterPiece> pieces;
        try {
            pieces = keys.parallelStream().map(key -> piece(level, key)).toList();
        } catch (UncheckedRasterException e) {
            throw e.problem;
        }
        return pieces;
    }

    private RasterPiece piece(TiffLevel level, TileKey key) {
        Rectangle region = level.region(key.column(), key.row());
        try {
            BufferedImage image = TileCache.shared().get(key, () -> decode(level, region, key));
            return new RasterPiece(level.extentOf(region, file.reference()), image);
        } catch (RasterException e) {
            throw new UncheckedRasterException(e);
        }
    }

    private BufferedImage decode(TiffLevel level, Rectangle region, TileKey key) throws RasterException {
        try {
            BufferedImage argb = RasterPiece.drawable(level.decode(region));
            if (file.noData() != NoData.NONE && argb.getType() != BufferedImage.TYPE_INT_ARGB) {
                argb = toArgb(argb);
            }
            file.noData().apply(argb);
            return argb;
        } catch (IOException | RuntimeException e) {
            throw new RasterException(RasterProblem.CORRUPT, file.where(), "level " + key.level() + " tile "
                    + key.column() + "," + key.row() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<PixelValues> valuesAt(double x, double y) throws RasterException {
        TiffLevel full = file.levels().get(0);
        GeoReference reference = file.reference();
        long column = (long) Math.floor((x - reference.minX()) / reference.pixelWidth());
        long row = (long) Math.floor((reference.maxY() - y) / reference.pixelHeight());
        if (column < 0 || row < 0 || column >= full.width() || row >= full.height()) {
            return Optional.empty();
        }
        try {
            BufferedImage pixel = full.decode(new Rectangle((int) column, (int) row, 1, 1));
            return Optional.of(StoredValues.of(pixel, column, row));
        } catch (IOException | RuntimeException e) {
            throw new RasterException(RasterProblem.CORRUPT, file.where(), "pixel " + column + "," + row + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        file.close();
    }

    private static long clamp(long value, long count) {
        return Math.max(0, Math.min(count - 1, value));
    }

    private static BufferedImage toArgb(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    /** Carries a source's failure out of a parallel stream. */
    private static final class UncheckedRasterException extends RuntimeException {
        private final RasterException problem;

        UncheckedRasterException(RasterException problem) {
            super(problem);
            this.problem = problem;
        }
    }
}
