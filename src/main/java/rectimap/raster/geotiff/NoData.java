package rectimap.raster.geotiff;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;

/**
 * GDAL's no-data value (tag 42113, the same for every band of an 8-bit file): pixels whose colour bands all hold it
 * are made transparent, so the collar around a warped orthophoto does not hide the map.
 */
record NoData(int value) {

    static final NoData NONE = new NoData(-1);

    static NoData of(TiffTags tags) throws IOException {
        String text = tags.text(TiffTags.GDAL_NODATA);
        try {
            double v = Double.parseDouble(text);
            return v >= 0 && v <= 255 && v == Math.rint(v) ? new NoData((int) v) : NONE;
        } catch (NumberFormatException notSet) {
            return NONE;
        }
    }

    /** Clears the no-data pixels of {@code argb} (TYPE_INT_ARGB, not shared yet) in place. */
    void apply(BufferedImage argb) {
        if (value < 0 || argb.getType() != BufferedImage.TYPE_INT_ARGB) {
            return;
        }
        int[] pixels = ((DataBufferInt) argb.getRaster().getDataBuffer()).getData();
        int colour = (value << 16) | (value << 8) | value;
        for (int i = 0; i < pixels.length; i++) {
            if ((pixels[i] & 0xffffff) == colour) {
                pixels[i] = 0;
            }
        }
    }
}
