package rectimap.raster.geotiff;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The bytes of one TIFF file read by position, in the file's byte order, classic or BigTIFF. Positional reads do not
 * share a file pointer, so any number of threads read through one channel at once (tile data on every decoding
 * thread, a field's values on another). {@link #close()} closes the file.
 */
final class TiffChannel implements AutoCloseable {

    private final FileChannel channel;
    private final ByteOrder order;
    private final boolean big;
    private final long size;

    private TiffChannel(FileChannel channel, ByteOrder order, boolean big, long size) {
        this.channel = channel;
        this.order = order;
        this.big = big;
        this.size = size;
    }

    /**
     * Opens {@code path}, which must start as a TIFF ({@link TiffHeader}).
     *
     * @throws IOException when it cannot be read or does not start as a TIFF
     */
    static TiffChannel open(Path path) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        try {
            ByteBuffer head = ByteBuffer.allocate(4);
            readFully(channel, head, 0, channel.size());
            TiffHeader kind = TiffHeader.of(head.array()).orElseThrow(() -> new IOException("no TIFF header"));
            ByteOrder order = head.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
            return new TiffChannel(channel, order, kind == TiffHeader.BIG, channel.size());
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Whether offsets and counts are 8 bytes (BigTIFF) rather than 4. */
    boolean big() {
        return big;
    }

    /** The offset of the first image file directory. */
    long firstDirectory() throws IOException {
        return big ? read(8, 8).getLong() : read(4, 4).getInt() & 0xffffffffL;
    }

    /**
     * {@code length} bytes from {@code position}, in the file's byte order, positioned at 0.
     *
     * @throws IOException (EOFException) when the range passes the end of the file: a truncated or damaged file
     */
    ByteBuffer read(long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(order);
        readFully(channel, buffer, position, size);
        return buffer.flip();
    }

    /** An offset or count field: 8 bytes in a BigTIFF, else 4, unsigned. */
    long offset(ByteBuffer buffer) {
        return big ? buffer.getLong() : buffer.getInt() & 0xffffffffL;
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position, long size)
            throws IOException {
        if (position < 0 || position + buffer.remaining() > size) {
            throw new EOFException("bytes " + position + "+" + buffer.remaining() + " past the end (" + size + ")");
        }
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new EOFException("end of file at " + at);
            }
            at += n;
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // A read-only file: nothing is lost by a failed close.
        }
    }
}
