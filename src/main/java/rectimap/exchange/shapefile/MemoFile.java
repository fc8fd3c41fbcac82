package rectimap.exchange.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A dBase III memo file (.dbt): 512-byte blocks; a memo starts at its block and ends at 0x1A. Read by block number
 * on demand, at most {@link #MAX_MEMO_BYTES} per memo. Not thread-safe.
 */
final class MemoFile implements AutoCloseable {
    static final int BLOCK = 512;
    static final int MAX_MEMO_BYTES = 1 << 20;

    private final FileChannel channel;

    MemoFile(Path dbt) throws IOException {
        this.channel = FileChannel.open(dbt, StandardOpenOption.READ);
    }

    /** The memo at {@code block}, decoded with {@code decoder}; null when empty. */
    String text(long block, CharsetDecoder decoder) throws IOException {
        long start = block * BLOCK;
        if (block <= 0 || start >= channel.size()) {
            throw new IOException("memo block " + block + " is outside the .dbt");
        }
        int length = (int) Math.min(MAX_MEMO_BYTES, channel.size() - start);
        ByteBuffer bytes = ByteBuffer.allocate(length);
        channel.read(bytes, start);
        bytes.flip();
        int end = 0;
        while (end < bytes.limit() && bytes.get(end) != 0x1A) {
            end++;
        }
        decoder.reset();
        decoder.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        String text = decoder.decode(bytes.slice(0, end)).toString().stripTrailing();
        return text.isEmpty() ? null : text;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
