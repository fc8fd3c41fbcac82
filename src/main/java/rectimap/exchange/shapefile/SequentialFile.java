package rectimap.exchange.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file read front to back through one reusable buffer, so memory stays flat whatever the file size. {@link #read}
 * hands out a view of the next bytes that is valid until the next call. Not thread-safe.
 */
final class SequentialFile implements AutoCloseable {
    private static final int CHUNK = 1 << 16;

    private final Path path;
    private final FileChannel channel;
    private final long size;
    private ByteBuffer buffer = ByteBuffer.allocate(CHUNK).flip();
    private long position;

    SequentialFile(Path path) throws IOException {
        this.path = path;
        this.channel = FileChannel.open(path, StandardOpenOption.READ);
        this.size = channel.size();
    }

    Path path() {
        return path;
    }

    /** The file's length in bytes when opened. */
    long size() {
        return size;
    }

    /** The offset of the next byte {@link #read} returns. */
    long position() {
        return position;
    }

    /** Bytes left after {@link #position()}. */
    long remaining() {
        return size - position;
    }

    /**
     * The next {@code length} bytes as a buffer positioned at 0 with the given byte order, or null when the file
     * ends first (nothing is consumed then). The caller checks {@code length} against {@link #remaining()} before
     * asking for a large block, so a corrupt length never allocates more than the file holds.
     */
    ByteBuffer read(int length, ByteOrder order) throws IOException {
        if (length < 0 || length > remaining()) {
            return null;
        }
        if (buffer.remaining() < length) {
            refill(length);
        }
        ByteBuffer view = buffer.slice(buffer.position(), length).order(order);
        buffer.position(buffer.position() + length);
        position += length;
        return view;
    }

    /** Skips {@code length} bytes; false when the file is shorter. */
    boolean skip(long length) throws IOException {
        if (length < 0 || length > remaining()) {
            return false;
        }
        long inBuffer = Math.min(length, buffer.remaining());
        buffer.position(buffer.position() + (int) inBuffer);
        if (inBuffer < length) {
            channel.position(position + length);
            buffer.clear().flip();
        }
        position += length;
        return true;
    }

    private void refill(int length) throws IOException {
        if (buffer.capacity() < length) {
            ByteBuffer larger = ByteBuffer.allocate(Math.max(length, CHUNK));
            larger.put(buffer);
            buffer = larger;
        } else {
            buffer.compact();
        }
        while (buffer.position() < length && channel.read(buffer) >= 0) {
            // read until the request is covered; remaining() was checked, so the file has the bytes
        }
        buffer.flip();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
