package rectimap.raster.geotiff;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.util.List;
import rectimap.raster.PixelValues;
import rectimap.raster.PixelValues.Band;

/** The values a decoded one-pixel region of a file holds, named by what they mean: index, grey or colour bands. */
final class StoredValues {

    private StoredValues() {
    }

    static PixelValues of(BufferedImage pixel, long column, long row) {
        int[] samples = pixel.getRaster().getPixel(0, 0, (int[]) null);
        if (pixel.getColorModel() instanceof IndexColorModel palette) {
            int index = samples[0];
            return new PixelValues(List.of(Band.INDEX, Band.RED, Band.GREEN, Band.BLUE),
                    new int[] {index, palette.getRed(index), palette.getGreen(index), palette.getBlue(index)},
                    column, row);
        }
        List<Band> bands = switch (samples.length) {
            case 1 -> List.of(Band.GREY);
            case 2 -> List.of(Band.GREY, Band.ALPHA);
            case 3 -> List.of(Band.RED, Band.GREEN, Band.BLUE);
            default -> List.of(Band.RED, Band.GREEN, Band.BLUE, Band.ALPHA);
        };
        int[] values = new int[bands.size()];
        System.arraycopy(samples, 0, values, 0, values.length);
        return new PixelValues(bands, values, column, row);
    }
}
