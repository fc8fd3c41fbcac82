package rectimap.raster;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * The stored values of one raster pixel, band by band, for identify: e.g. RED 200, GREEN 180, BLUE 150, or INDEX 3
 * for a paletted file (with the palette colour as RED/GREEN/BLUE after it). {@code column}/{@code row} are the
 * pixel's place in the full-resolution image (or -1 when the source has no such grid).
 */
public record PixelValues(List<Band> bands, int[] values, long column, long row) {

    /** What a value means; the UI names each band in the interface language. */
    public enum Band { RED, GREEN, BLUE, ALPHA, GREY, INDEX }

    public PixelValues {
        bands = List.copyOf(bands);
        values = values.clone();
        if (bands.size() != values.length) {
            throw new IllegalArgumentException("one value per band: " + bands + " " + values.length);
        }
    }

    /** The colour of the pixel at (x, y) in the finest piece {@code source} gives, as red, green, blue, alpha. */
    static Optional<PixelValues> fromPieces(RasterSource source, double x, double y) throws RasterException {
        Envelope extent = source.extent();
        double tiny = Math.max(extent.getWidth(), extent.getHeight()) * 1e-9;
        RasterRequest onePixel = new RasterRequest(source.epsg(), x - tiny / 2, y + tiny / 2, tiny, 1, 1,
                RasterRequest.Completeness.WAIT_FOR_ALL);
        List<RasterPiece> pieces = source.piecesFor(onePixel);
        for (int i = pieces.size() - 1; i >= 0; i--) {
            RasterPiece piece = pieces.get(i);
            if (!piece.extent().contains(x, y)) {
                continue;
            }
            BufferedImage image = piece.image();
            int column = Math.min(image.getWidth() - 1, (int) ((x - piece.extent().getMinX()) / piece.pixelWidth()));
            int row = Math.min(image.getHeight() - 1, (int) ((piece.extent().getMaxY() - y) / piece.pixelHeight()));
            int argb = image.getRGB(column, row);
            return Optional.of(new PixelValues(List.of(Band.RED, Band.GREEN, Band.BLUE, Band.ALPHA),
                    new int[] {(argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, argb >>> 24}, -1, -1));
        }
        return Optional.empty();
    }
}
