package rectimap.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;

/**
 * An image's pixels row by row as non-premultiplied ARGB ints, for {@link PngEncoder}: read straight from the int
 * array of a {@code TYPE_INT_ARGB} or {@code TYPE_INT_RGB} image (what {@link ImageSurface} draws on), through
 * {@link BufferedImage#getRGB} for any other kind. Read-only; safe for several threads reading different rows.
 */
final class PngPixels {
    private final BufferedImage image;
    /** The image's int array when read directly, else null. */
    private final int[] data;
    private final int offset;
    private final int scanline;
    /** Set where the image has no alpha (TYPE_INT_RGB: its top byte means nothing). */
    private final int opaqueBits;

    PngPixels(BufferedImage image) {
        this.image = image;
        int type = image.getType();
        boolean direct = (type == BufferedImage.TYPE_INT_ARGB || type == BufferedImage.TYPE_INT_RGB)
                && image.getRaster().getDataBuffer() instanceof DataBufferInt
                && image.getSampleModel() instanceof SinglePixelPackedSampleModel
                && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0;
        if (direct) {
            DataBufferInt buffer = (DataBufferInt) image.getRaster().getDataBuffer();
            data = buffer.getData();
            offset = buffer.getOffset();
            scanline = ((SinglePixelPackedSampleModel) image.getSampleModel()).getScanlineStride();
        } else {
            data = null;
            offset = 0;
            scanline = 0;
        }
        opaqueBits = type == BufferedImage.TYPE_INT_RGB ? 0xff000000 : 0;
    }

    int width() {
        return image.getWidth();
    }

    int height() {
        return image.getHeight();
    }

    /** Row {@code y} into {@code out} (of the image's width); returns {@code out}. */
    int[] row(int y, int[] out) {
        if (data == null) {
            return image.getRGB(0, y, out.length, 1, out, 0, out.length);
        }
        int from = offset + y * scanline;
        if (opaqueBits == 0) {
            System.arraycopy(data, from, out, 0, out.length);
        } else {
            for (int x = 0; x < out.length; x++) {
                out[x] = data[from + x] | opaqueBits;
            }
        }
        return out;
    }

    /** Whether every pixel's alpha is 255 (then the PNG needs no alpha channel). */
    boolean opaque() {
        if (opaqueBits != 0 || !image.getColorModel().hasAlpha()) {
            return true;
        }
        int[] row = new int[width()];
        for (int y = 0; y < height(); y++) {
            row(y, row);
            for (int p : row) {
                if (p >>> 24 != 0xff) {
                    return false;
                }
            }
        }
        return true;
    }
}
