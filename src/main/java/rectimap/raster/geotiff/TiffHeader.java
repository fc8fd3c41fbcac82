package rectimap.raster.geotiff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The first four bytes of a TIFF: byte order ({@code II} or {@code MM}) and version (42 classic, 43 BigTIFF). Read
 * with a plain stream: asking ImageIO's service providers instead loaded both TwelveMonkeys readers and the plug-in
 * registry before a single field was read, a good part of a cold open.
 */
enum TiffHeader {
    CLASSIC,
    BIG;

    /** The kind of TIFF {@code path} starts as, or empty when it does not start as a TIFF. */
    static Optional<TiffHeader> of(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return of(in.readNBytes(4));
        }
    }

    /** The kind of TIFF a file whose first bytes are {@code head} is, or empty when it does not start as one. */
    static Optional<TiffHeader> of(byte[] head) {
        if (head.length < 4 || head[0] != head[1] || (head[0] != 'I' && head[0] != 'M')) {
            return Optional.empty();
        }
        int version = head[0] == 'I' ? (head[2] & 0xff) | (head[3] & 0xff) << 8
                : (head[2] & 0xff) << 8 | (head[3] & 0xff);
        return version == 42 ? Optional.of(CLASSIC) : version == 43 ? Optional.of(BIG) : Optional.empty();
    }
}
