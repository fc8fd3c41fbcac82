package rectimap.render;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;

/**
 * Writes an image as PNG (issue 13: ImageIO's writer read each pixel through the generic raster and tried five
 * filters on every row, about a tenth of a second of a cold {@code render}). The file holds exactly the image's
 * pixels, non-premultiplied: 8-bit RGB when every pixel is opaque, else RGBA; no other chunks. The rows are filtered
 * and deflated in bands of {@value #BAND_ROWS} ({@link PngStripe}) on up to one thread per core and joined into one
 * zlib stream; the bands do not depend on the number of cores, so the same image always gives the same bytes. Any
 * thread; the stream is not closed.
 */
public final class PngEncoder {
    static final int BAND_ROWS = 128;
    /** zlib's level 4 (ImageIO's PNG default): on maps, level 6 and 9 shrink files by 1 % for a fifth more time. */
    private static final int LEVEL = 4;
    /** zlib header: deflate, 32 KB window, "fast" level; the check bits make it a multiple of 31. */
    private static final byte[] ZLIB_HEADER = {0x78, 0x5e};
    private static final byte[] SIGNATURE = {(byte) 137, 'P', 'N', 'G', '\r', '\n', 26, '\n'};
    private static final int ADLER_BASE = 65521;

    private PngEncoder() {
    }

    /** Encodes {@code image} onto {@code out}. */
    public static void write(BufferedImage image, OutputStream out) throws IOException {
        PngPixels pixels = new PngPixels(image);
        boolean alpha = !pixels.opaque();
        PngStripe.Deflated[] bands = deflateBands(pixels, alpha);
        DataOutputStream png = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        png.write(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, pixels.width());
        putInt(header, 4, pixels.height());
        header[8] = 8;
        header[9] = (byte) (alpha ? 6 : 2);
        chunk(png, "IHDR", header);
        long adler = 1;
        for (int i = 0; i < bands.length; i++) {
            adler = i == 0 ? bands[i].adler() : combine(adler, bands[i].adler(), bands[i].rawLength());
            List<byte[]> parts = new ArrayList<>(3);
            if (i == 0) {
                parts.add(ZLIB_HEADER);
            }
            parts.add(bands[i].bytes());
            if (i == bands.length - 1) {
                byte[] trailer = new byte[4];
                putInt(trailer, 0, (int) adler);
                parts.add(trailer);
            }
            chunk(png, "IDAT", parts.toArray(byte[][]::new));
        }
        chunk(png, "IEND");
        png.flush();
    }

    /** Each band of rows deflated, in order, on up to one thread per core (the caller's among them). */
    private static PngStripe.Deflated[] deflateBands(PngPixels pixels, boolean alpha) throws IOException {
        int count = (pixels.height() + BAND_ROWS - 1) / BAND_ROWS;
        PngStripe.Deflated[] bands = new PngStripe.Deflated[count];
        AtomicInteger next = new AtomicInteger();
        RuntimeException[] failure = new RuntimeException[1];
        Runnable work = () -> {
            try {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    bands[i] = PngStripe.encode(pixels, i * BAND_ROWS, Math.min(pixels.height(), (i + 1) * BAND_ROWS),
                            alpha, LEVEL, i == count - 1);
                }
            } catch (RuntimeException e) {
                failure[0] = e;
                next.set(count);
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < Math.min(count, Runtime.getRuntime().availableProcessors()); t++) {
            Thread helper = new Thread(work, "png-band");
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        work.run();
        try {
            for (Thread helper : helpers) {
                helper.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the PNG", e);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return bands;
    }

    /** zlib's adler32_combine: the checksum of A then B from A's, B's and B's length. */
    static long combine(long adlerA, long adlerB, long lengthB) {
        long rem = lengthB % ADLER_BASE;
        long sum1 = adlerA & 0xffff;
        long sum2 = rem * sum1 % ADLER_BASE;
        sum1 += (adlerB & 0xffff) + ADLER_BASE - 1;
        sum2 += ((adlerA >>> 16) & 0xffff) + ((adlerB >>> 16) & 0xffff) + ADLER_BASE - rem;
        sum1 %= ADLER_BASE;
        sum2 %= ADLER_BASE;
        return sum1 | (sum2 << 16);
    }

    private static void chunk(DataOutputStream png, String type, byte[]... parts) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        CRC32 crc = new CRC32();
        crc.update(name);
        png.writeInt(length);
        png.write(name);
        for (byte[] part : parts) {
            crc.update(part);
            png.write(part);
        }
        png.writeInt((int) crc.getValue());
    }

    private static void putInt(byte[] into, int at, int value) {
        into[at] = (byte) (value >>> 24);
        into[at + 1] = (byte) (value >>> 16);
        into[at + 2] = (byte) (value >>> 8);
        into[at + 3] = (byte) value;
    }
}
