package rectimap.raster.geotiff;

import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.plugins.tiff.TIFFImageMetadata;
import java.lang.reflect.Array;

/**
 * The TIFF fields of one image file directory, by tag number, as numbers or text. TwelveMonkeys gives a single value
 * as a boxed number and several as an array of the field's type; this reads both alike.
 */
record TiffTags(TIFFImageMetadata metadata) {

    static final int NEW_SUBFILE_TYPE = 254;
    static final int BITS_PER_SAMPLE = 258;
    static final int COMPRESSION = 259;
    static final int PHOTOMETRIC = 262;
    static final int SAMPLES_PER_PIXEL = 277;
    static final int SAMPLE_FORMAT = 339;
    static final int COPYRIGHT = 33432;
    static final int MODEL_PIXEL_SCALE = 33550;
    static final int MODEL_TIEPOINT = 33922;
    static final int MODEL_TRANSFORMATION = 34264;
    static final int GEO_KEY_DIRECTORY = 34735;
    static final int GDAL_NODATA = 42113;

    /** NewSubfileType bit of a reduced-resolution image (an overview). */
    static final int REDUCED_RESOLUTION = 1;
    /** NewSubfileType bit of a transparency mask. */
    static final int TRANSPARENCY_MASK = 4;

    /** The field's values as doubles, or an empty array when the field is absent. */
    double[] numbers(int tag) {
        Entry entry = metadata.getTIFFField(tag);
        if (entry == null || entry.getValue() == null) {
            return new double[0];
        }
        Object value = entry.getValue();
        if (value instanceof Number number) {
            return new double[] {number.doubleValue()};
        }
        if (value.getClass().isArray()) {
            double[] out = new double[Array.getLength(value)];
            for (int i = 0; i < out.length; i++) {
                Object item = Array.get(value, i);
                out[i] = item instanceof Number n ? n.doubleValue() : Double.NaN;
            }
            return out;
        }
        return new double[0];
    }

    /** The field's first value, or {@code absent}. */
    long number(int tag, long absent) {
        double[] values = numbers(tag);
        return values.length == 0 ? absent : (long) values[0];
    }

    /** The field as text (ASCII fields), or "" when absent. */
    String text(int tag) {
        Entry entry = metadata.getTIFFField(tag);
        return entry == null || entry.getValue() == null ? "" : entry.getValueAsString().strip();
    }
}
