package rectimap.render;

import java.io.ByteArrayOutputStream;
import java.util.zip.Adler32;
import java.util.zip.Deflater;

/**
 * One band of an image's rows as PNG scanlines (a filter byte, then the row's samples filtered), deflated on its own
 * as raw deflate data that ends on a byte boundary ({@link Deflater#SYNC_FLUSH}), or that ends the stream when it is
 * the last band: consecutive bands joined byte for byte are one valid deflate stream, which {@link PngEncoder} wraps
 * in zlib's header and checksum. Filter choice per row: a row where at least half the pixels repeat their left
 * neighbour (a map's flat fills and lines) is stored unfiltered, which deflate matches best; any other row (imagery,
 * photos) gets the filter of smallest sum of absolute values, as libpng and ImageIO choose.
 */
final class PngStripe {
    private static final int NONE = 0;
    private static final int FILTERS = 5;
    private static final int OUT_CHUNK = 1 << 16;

    /** The band's deflated bytes, its Adler-32 and length before deflating (to combine the whole stream's). */
    record Deflated(byte[] bytes, long adler, long rawLength) {
    }

    private PngStripe() {
    }

    /**
     * Rows {@code top} (inclusive) to {@code bottom} of {@code pixels}, {@code alpha} meaning RGBA samples (else RGB),
     * deflated at {@code level}; {@code last} ends the deflate stream.
     */
    static Deflated encode(PngPixels pixels, int top, int bottom, boolean alpha, int level, boolean last) {
        int width = pixels.width();
        int bpp = alpha ? 4 : 3;
        int stride = width * bpp;
        byte[] data = new byte[(bottom - top) * (stride + 1)];
        int[] row = new int[width];
        byte[] previous = new byte[stride];
        byte[] current = new byte[stride];
        byte[][] filtered = new byte[FILTERS][stride];
        if (top > 0) {
            samples(pixels.row(top - 1, row), previous, alpha);
        }
        int at = 0;
        for (int y = top; y < bottom; y++) {
            pixels.row(y, row);
            samples(row, current, alpha);
            byte[] chosen = current;
            int filter = NONE;
            if (repeats(row) * 2 < width) {
                long best = sumAbs(current);
                for (int f = 1; f < FILTERS; f++) {
                    long sum = filter(f, current, previous, filtered[f], bpp);
                    if (sum < best) {
                        best = sum;
                        filter = f;
                        chosen = filtered[f];
                    }
                }
            }
            data[at++] = (byte) filter;
            System.arraycopy(chosen, 0, data, at, stride);
            at += stride;
            byte[] swap = previous;
            previous = current;
            current = swap;
        }
        Adler32 adler = new Adler32();
        adler.update(data, 0, at);
        return new Deflated(deflate(data, at, level, last), adler.getValue(), at);
    }

    private static byte[] deflate(byte[] data, int length, int level, boolean last) {
        Deflater deflater = new Deflater(level, true);
        try {
            deflater.setInput(data, 0, length);
            if (last) {
                deflater.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(length / 8 + 64);
            byte[] buffer = new byte[OUT_CHUNK];
            while (true) {
                int n = deflater.deflate(buffer, 0, buffer.length, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
                out.write(buffer, 0, n);
                if (last ? deflater.finished() : n < buffer.length && deflater.needsInput()) {
                    return out.toByteArray();
                }
            }
        } finally {
            deflater.end();
        }
    }

    private static void samples(int[] argb, byte[] out, boolean alpha) {
        int i = 0;
        for (int p : argb) {
            out[i++] = (byte) (p >> 16);
            out[i++] = (byte) (p >> 8);
            out[i++] = (byte) p;
            if (alpha) {
                out[i++] = (byte) (p >>> 24);
            }
        }
    }

    private static int repeats(int[] row) {
        int same = 0;
        for (int x = 1; x < row.length; x++) {
            if (row[x] == row[x - 1]) {
                same++;
            }
        }
        return same;
    }

    private static long sumAbs(byte[] bytes) {
        long sum = 0;
        for (byte b : bytes) {
            sum += Math.abs(b);
        }
        return sum;
    }

    /** PNG filter {@code type} (1 Sub, 2 Up, 3 Average, 4 Paeth) of {@code row} into {@code out}; its absolute sum. */
    private static long filter(int type, byte[] row, byte[] above, byte[] out, int bpp) {
        long sum = 0;
        for (int i = 0; i < row.length; i++) {
            int x = row[i] & 0xff;
            int a = i >= bpp ? row[i - bpp] & 0xff : 0;
            int b = above[i] & 0xff;
            int c = i >= bpp ? above[i - bpp] & 0xff : 0;
            int predicted = switch (type) {
                case 1 -> a;
                case 2 -> b;
                case 3 -> (a + b) >> 1;
                default -> paeth(a, b, c);
            };
            byte v = (byte) (x - predicted);
            out[i] = v;
            sum += Math.abs(v);
        }
        return sum;
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
