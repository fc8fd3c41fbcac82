package rectimap.raster.geotiff;

import java.io.IOException;
import rectimap.raster.RasterException;
import rectimap.raster.RasterProblem;

/**
 * The pixel layouts drawn: 8-bit unsigned samples, one to four per pixel, as grey (with alpha), RGB(A), YCbCr (JPEG)
 * or a palette. Anything else (16-bit elevation, float, CMYK, 1-bit) is refused with a sentence naming the layout and
 * the GDAL command that converts it.
 */
final class PixelLayout {

    private static final int[] PHOTOMETRICS_DRAWN = {0, 1, 2, 3, 6};

    private PixelLayout() {
    }

    static void check(TiffTags tags, String where) throws RasterException, IOException {
        long samples = tags.number(TiffTags.SAMPLES_PER_PIXEL, 1);
        double[] bits = tags.numbers(TiffTags.BITS_PER_SAMPLE);
        long format = tags.number(TiffTags.SAMPLE_FORMAT, 1);
        long photometric = tags.number(TiffTags.PHOTOMETRIC, -1);
        int bitDepth = bits.length == 0 ? 1 : (int) bits[0];
        for (double b : bits) {
            if (b != 8) {
                bitDepth = (int) b;
            }
        }
        boolean photometricDrawn = false;
        for (int p : PHOTOMETRICS_DRAWN) {
            photometricDrawn |= p == photometric;
        }
        if (samples < 1 || samples > 4 || bitDepth != 8 || format != 1 || !photometricDrawn) {
            String kind = format == 3 ? "float" : format == 2 ? "signed" : "";
            throw new RasterException(RasterProblem.UNSUPPORTED_LAYOUT, where,
                    samples + " × " + bitDepth + "-bit" + (kind.isEmpty() ? "" : " " + kind));
        }
    }
}
