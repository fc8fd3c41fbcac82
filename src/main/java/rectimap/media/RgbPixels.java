package rectimap.media;

import java.awt.color.ColorSpace;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import javax.imageio.ImageTypeSpecifier;

/**
 * Pictures as interleaved R, G, B bytes, the order the JPEG decoder and encoder use, so neither reorders every pixel
 * (the JDK's {@code TYPE_3BYTE_BGR} does, about a fifth of a photo's decoding and encoding time). Java2D draws such
 * pictures slowly, so turning them upright and shrinking them to thumbnails is done here on the bytes. Pure
 * functions; thread-safe.
 */
final class RgbPixels {
    private static final ImageTypeSpecifier RGB = ImageTypeSpecifier.createInterleaved(
            ColorSpace.getInstance(ColorSpace.CS_sRGB), new int[] {0, 1, 2}, DataBuffer.TYPE_BYTE, false, false);

    private RgbPixels() {
    }

    /** An empty {@code w} × {@code h} RGB picture (a decoder's destination). */
    static BufferedImage blank(int w, int h) {
        return RGB.createBufferedImage(w, h);
    }

    /** {@code image} as an RGB picture: itself when it is one, else a copy (grey, paletted or PNG pictures). */
    static BufferedImage of(BufferedImage image) {
        if (isRgb(image)) {
            return image;
        }
        BufferedImage rgb = blank(image.getWidth(), image.getHeight());
        byte[] out = bytes(rgb);
        int[] row = new int[image.getWidth()];
        for (int y = 0, i = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int argb : row) {
                out[i++] = (byte) (argb >> 16);
                out[i++] = (byte) (argb >> 8);
                out[i++] = (byte) argb;
            }
        }
        return rgb;
    }

    /** Whether {@code image} is a picture of this class (a decoder may write into it directly). */
    static boolean isRgb(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_CUSTOM && RGB.getColorModel().equals(image.getColorModel())
                && RGB.getSampleModel().getClass() == image.getSampleModel().getClass()
                && image.getRaster().getDataBuffer() instanceof DataBufferByte
                && image.getRaster().getParent() == null
                && image.getSampleModel().getNumBands() == 3
                && bytes(image).length == image.getWidth() * image.getHeight() * 3;
    }

    /** The RGB picture turned upright by EXIF {@code orientation} (1: itself). */
    static BufferedImage upright(BufferedImage rgb, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return rgb;
        }
        int w = rgb.getWidth();
        int h = rgb.getHeight();
        boolean swap = Orientation.swapsSides(orientation);
        BufferedImage out = blank(swap ? h : w, swap ? w : h);
        byte[] from = bytes(rgb);
        byte[] to = bytes(out);
        // Orientation's transform maps pixel corners; for pixel indices a flipped axis also moves by one.
        AffineTransform turn = Orientation.upright(orientation, w, h);
        int xx = (int) turn.getScaleX();
        int xy = (int) turn.getShearX();
        int x0 = (int) turn.getTranslateX() + (xx + xy - 1) / 2;
        int yx = (int) turn.getShearY();
        int yy = (int) turn.getScaleY();
        int y0 = (int) turn.getTranslateY() + (yx + yy - 1) / 2;
        int outW = out.getWidth();
        for (int y = 0, s = 0; y < h; y++) {
            for (int x = 0; x < w; x++, s += 3) {
                int d = ((yx * x + yy * y + y0) * outW + xx * x + xy * y + x0) * 3;
                to[d] = from[s];
                to[d + 1] = from[s + 1];
                to[d + 2] = from[s + 2];
            }
        }
        return out;
    }

    /**
     * The RGB picture shrunk to at most {@code maxSide} on its longer side (never enlarged): each new pixel is the
     * average of the source pixels it covers, so fine detail neither flickers nor aliases.
     */
    static BufferedImage shrunk(BufferedImage rgb, int maxSide) {
        int w = rgb.getWidth();
        int h = rgb.getHeight();
        double scale = Math.min(1.0, maxSide / (double) Math.max(w, h));
        if (scale == 1.0) {
            return rgb;
        }
        int outW = Math.max(1, (int) Math.round(w * scale));
        int outH = Math.max(1, (int) Math.round(h * scale));
        BufferedImage out = blank(outW, outH);
        byte[] from = bytes(rgb);
        byte[] to = bytes(out);
        long[] sums = new long[outW * 3];
        int[] columnOf = new int[w];
        for (int x = 0; x < w; x++) {
            columnOf[x] = (int) ((long) x * outW / w);
        }
        int d = 0;
        for (int oy = 0; oy < outH; oy++) {
            int y0 = (int) ((long) oy * h / outH);
            int y1 = Math.max(y0 + 1, (int) ((long) (oy + 1) * h / outH));
            java.util.Arrays.fill(sums, 0);
            for (int y = y0; y < y1; y++) {
                for (int x = 0, s = y * w * 3; x < w; x++, s += 3) {
                    int c = columnOf[x] * 3;
                    sums[c] += from[s] & 0xFF;
                    sums[c + 1] += from[s + 1] & 0xFF;
                    sums[c + 2] += from[s + 2] & 0xFF;
                }
            }
            for (int ox = 0; ox < outW; ox++) {
                int x0 = (int) (((long) ox * w + outW - 1) / outW);
                int x1 = (int) (((long) (ox + 1) * w + outW - 1) / outW);
                long n = (long) Math.max(1, x1 - x0) * (y1 - y0);
                to[d++] = (byte) (sums[ox * 3] / n);
                to[d++] = (byte) (sums[ox * 3 + 1] / n);
                to[d++] = (byte) (sums[ox * 3 + 2] / n);
            }
        }
        return out;
    }

    private static byte[] bytes(BufferedImage rgb) {
        return ((DataBufferByte) rgb.getRaster().getDataBuffer()).getData();
    }
}
