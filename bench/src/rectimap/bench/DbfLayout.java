package rectimap.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The column widths {@link ShapefileJoin} writes: the widest of each column over the parts' .dbf files, with the
 * first part's header otherwise (names, types, decimals, code page byte). Reads records part by part, re-padding a
 * narrower text column with spaces.
 */
final class DbfLayout {
    private static final int DESCRIPTOR = 32;

    private final byte[] header;
    private final int[] widths;

    private DbfLayout(byte[] header, int[] widths) {
        this.header = header;
        this.widths = widths;
    }

    /** The layout of the parts' .dbf files (given by their .shp paths); refuses columns that differ otherwise. */
    static DbfLayout widest(List<Path> shpParts) throws IOException {
        byte[] first = headerOf(ShapefileJoin.sibling(shpParts.get(0), ".dbf"));
        int[] widths = widths(first);
        for (Path part : shpParts.subList(1, shpParts.size())) {
            byte[] other = headerOf(ShapefileJoin.sibling(part, ".dbf"));
            int[] otherWidths = widths(other);
            if (other.length != first.length) {
                throw new IOException(part + ": other columns than " + shpParts.get(0));
            }
            for (int i = 0; i < widths.length; i++) {
                int at = DESCRIPTOR * (i + 1);
                boolean sameName = Arrays.equals(first, at, at + 12, other, at, at + 12);
                boolean widthMayGrow = first[at + 11] == 'C';
                if (!sameName || first[at + 17] != other[at + 17]
                        || (!widthMayGrow && widths[i] != otherWidths[i])) {
                    throw new IOException(part + ": column " + (i + 1) + " differs from " + shpParts.get(0));
                }
                widths[i] = Math.max(widths[i], otherWidths[i]);
            }
        }
        byte[] header = first.clone();
        int recordLength = 1;
        for (int i = 0; i < widths.length; i++) {
            header[DESCRIPTOR * (i + 1) + 16] = (byte) widths[i];
            recordLength += widths[i];
        }
        ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN).putShort(10, (short) recordLength);
        return new DbfLayout(header, widths);
    }

    /** The joined file's header for {@code records} records. */
    byte[] header(long records) {
        byte[] copy = header.clone();
        ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putInt(4, (int) records);
        return copy;
    }

    /** Appends the records of {@code dbf} to {@code out} in this layout. */
    void copyRecords(Path dbf, OutputStream out) throws IOException {
        byte[] own = headerOf(dbf);
        int[] ownWidths = widths(own);
        ByteBuffer fixed = ByteBuffer.wrap(own).order(ByteOrder.LITTLE_ENDIAN);
        int records = fixed.getInt(4);
        int recordLength = fixed.getShort(10) & 0xffff;
        byte[] record = new byte[recordLength];
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(dbf), 1 << 16)) {
            in.skipNBytes(own.length);
            for (int r = 0; r < records; r++) {
                in.readNBytes(record, 0, recordLength);
                out.write(record[0]);
                int at = 1;
                for (int i = 0; i < widths.length; i++) {
                    out.write(record, at, ownWidths[i]);
                    for (int pad = ownWidths[i]; pad < widths[i]; pad++) {
                        out.write(' ');
                    }
                    at += ownWidths[i];
                }
            }
        }
    }

    /** A .dbf's header: 32 bytes, the field descriptors and the 0x0D terminator (its stated header length). */
    private static byte[] headerOf(Path dbf) throws IOException {
        byte[] start = ShapefileJoin.read(dbf, 0, 12);
        int length = ByteBuffer.wrap(start).order(ByteOrder.LITTLE_ENDIAN).getShort(8) & 0xffff;
        return ShapefileJoin.read(dbf, 0, length);
    }

    private static int[] widths(byte[] header) {
        int fields = 0;
        while (DESCRIPTOR * (fields + 1) < header.length && header[DESCRIPTOR * (fields + 1)] != 0x0D) {
            fields++;
        }
        int[] widths = new int[fields];
        for (int i = 0; i < fields; i++) {
            widths[i] = header[DESCRIPTOR * (i + 1) + 16] & 0xff;
        }
        return widths;
    }
}
