package rectimap.raster.geotiff;

import java.io.IOException;
import org.locationtech.jts.geom.Envelope;
import rectimap.raster.RasterException;
import rectimap.raster.RasterProblem;

/**
 * Where the full-resolution image lies in its CRS: the outer top-left corner and the pixel size, from
 * ModelPixelScale + ModelTiepoint or from a ModelTransformation without rotation. A "pixel is point" file's tie point
 * is a pixel centre, moved here by half a pixel to the corner (as GDAL does).
 */
record GeoReference(double minX, double maxY, double pixelWidth, double pixelHeight) {

    static GeoReference of(TiffTags tags, GeoKeys keys, String where) throws RasterException, IOException {
        double[] scale = tags.numbers(TiffTags.MODEL_PIXEL_SCALE);
        double[] tie = tags.numbers(TiffTags.MODEL_TIEPOINT);
        double[] matrix = tags.numbers(TiffTags.MODEL_TRANSFORMATION);
        GeoReference reference;
        if (scale.length >= 2 && tie.length >= 6) {
            reference = new GeoReference(tie[3] - tie[0] * scale[0], tie[4] + tie[1] * scale[1], scale[0], scale[1]);
        } else if (matrix.length >= 16) {
            if (matrix[1] != 0 || matrix[4] != 0) {
                throw new RasterException(RasterProblem.ROTATED, where, "");
            }
            reference = new GeoReference(matrix[3], matrix[7], matrix[0], -matrix[5]);
        } else {
            throw new RasterException(RasterProblem.NO_GEOREFERENCE, where, "");
        }
        if (!(reference.pixelWidth > 0) || !(reference.pixelHeight > 0) || !Double.isFinite(reference.minX)
                || !Double.isFinite(reference.maxY)) {
            throw new RasterException(RasterProblem.ROTATED, where, "pixel size " + reference.pixelWidth + " x "
                    + reference.pixelHeight);
        }
        if (keys.pixelIsPoint()) {
            return new GeoReference(reference.minX - reference.pixelWidth / 2, reference.maxY + reference.pixelHeight / 2,
                    reference.pixelWidth, reference.pixelHeight);
        }
        return reference;
    }

    /** The outer edges of an image of {@code width × height} full-resolution pixels. */
    Envelope extent(int width, int height) {
        return new Envelope(minX, minX + width * pixelWidth, maxY - height * pixelHeight, maxY);
    }
}
