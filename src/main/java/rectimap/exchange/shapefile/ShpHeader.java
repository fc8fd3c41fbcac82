package rectimap.exchange.shapefile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.locationtech.jts.geom.Envelope;

/**
 * The 100-byte header shared by .shp and .shx: file code 9994 and length in 16-bit words (big-endian), version
 * 1000, shape type and bounding box (little-endian).
 *
 * @param lengthBytes the file length the header states, in bytes
 * @param shapeType   the type of every non-null record
 * @param bounds      the bounding box of all shapes (may be null-sized for an empty file)
 */
record ShpHeader(long lengthBytes, ShapeType shapeType, Envelope bounds) {
    static final int SIZE = 100;
    static final int FILE_CODE = 9994;
    static final int VERSION = 1000;

    /** Why the header is unusable, or null when it is sound; {@code buffer} holds the 100 bytes. */
    static String problem(ByteBuffer buffer) {
        buffer.order(ByteOrder.BIG_ENDIAN);
        if (buffer.getInt(0) != FILE_CODE) {
            return "file code is " + buffer.getInt(0) + ", not 9994 (not a Shapefile)";
        }
        if (buffer.getInt(24) < SIZE / 2) {
            return "stated length " + buffer.getInt(24) + " words is shorter than the header";
        }
        buffer.order(ByteOrder.LITTLE_ENDIAN);
        if (buffer.getInt(28) != VERSION) {
            return "version is " + buffer.getInt(28) + ", not 1000";
        }
        if (ShapeType.ofCode(buffer.getInt(32)).isEmpty()) {
            return "unknown shape type " + buffer.getInt(32);
        }
        return null;
    }

    /** Reads a header {@link #problem} found sound. */
    static ShpHeader read(ByteBuffer buffer) {
        long length = (buffer.order(ByteOrder.BIG_ENDIAN).getInt(24) & 0xffffffffL) * 2;
        buffer.order(ByteOrder.LITTLE_ENDIAN);
        ShapeType type = ShapeType.ofCode(buffer.getInt(32)).orElseThrow();
        double minX = buffer.getDouble(36);
        double minY = buffer.getDouble(44);
        double maxX = buffer.getDouble(52);
        double maxY = buffer.getDouble(60);
        boolean finite = Double.isFinite(minX) && Double.isFinite(minY) && Double.isFinite(maxX)
                && Double.isFinite(maxY) && minX <= maxX && minY <= maxY;
        return new ShpHeader(length, type, finite ? new Envelope(minX, maxX, minY, maxY) : new Envelope());
    }

    /** The header bytes for a file of {@code lengthBytes} holding {@code type} within {@code bounds}. */
    static byte[] write(long lengthBytes, ShapeType type, Envelope bounds) {
        ByteBuffer out = ByteBuffer.allocate(SIZE).order(ByteOrder.BIG_ENDIAN);
        out.putInt(0, FILE_CODE);
        out.putInt(24, (int) (lengthBytes / 2));
        out.order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(28, VERSION);
        out.putInt(32, type.code());
        boolean empty = bounds.isNull();
        out.putDouble(36, empty ? 0 : bounds.getMinX());
        out.putDouble(44, empty ? 0 : bounds.getMinY());
        out.putDouble(52, empty ? 0 : bounds.getMaxX());
        out.putDouble(60, empty ? 0 : bounds.getMaxY());
        return out.array();
    }
}
