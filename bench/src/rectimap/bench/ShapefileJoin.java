package rectimap.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Joins Shapefiles of one shape type and one column list into one, at the byte level and one part in memory at a
 * time, so the benches can make inputs of millions of records without holding them as features: records in the
 * order given, renumbered from 1, the header's bounds the union of the parts'. A text (C) column may be narrower in
 * one part than in another (our writer sizes it to the longest value): it is padded with spaces to the widest;
 * any other difference between the parts' columns is refused. The .prj and .cpg are the first part's.
 */
final class ShapefileJoin {
    private static final int SHP_HEADER = 100;

    private ShapefileJoin() {
    }

    /** Writes {@code out} (.shp with .shx, .dbf, .prj, .cpg beside it) from {@code parts} (their .shp paths). */
    static void join(List<Path> parts, Path out) throws IOException {
        DbfLayout layout = DbfLayout.widest(parts);
        long records = 0;
        long shpLength = SHP_HEADER;
        double[] bounds = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Path part : parts) {
            ByteBuffer header = ByteBuffer.wrap(read(part, 0, SHP_HEADER)).order(ByteOrder.LITTLE_ENDIAN);
            shpLength += Files.size(part) - SHP_HEADER;
            records += (Files.size(sibling(part, ".shx")) - SHP_HEADER) / 8;
            for (int i = 0; i < 4; i++) {
                double value = header.getDouble(36 + 8 * i);
                bounds[i] = i < 2 ? Math.min(bounds[i], value) : Math.max(bounds[i], value);
            }
        }
        byte[] shpHeader = header(read(parts.get(0), 0, SHP_HEADER), shpLength, bounds);
        byte[] shxHeader = header(read(parts.get(0), 0, SHP_HEADER), SHP_HEADER + 8 * records, bounds);
        try (OutputStream shp = out(out); OutputStream shx = out(sibling(out, ".shx"));
             OutputStream dbf = out(sibling(out, ".dbf"))) {
            shp.write(shpHeader);
            shx.write(shxHeader);
            dbf.write(layout.header(records));
            ByteBuffer entry = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
            long offset = SHP_HEADER;
            int number = 0;
            for (Path part : parts) {
                byte[] bytes = Files.readAllBytes(part);
                ByteBuffer source = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
                for (int at = SHP_HEADER; at < bytes.length; ) {
                    int recordBytes = 8 + source.getInt(at + 4) * 2;
                    source.putInt(at, ++number);
                    shp.write(bytes, at, recordBytes);
                    entry.putInt(0, (int) (offset / 2)).putInt(4, recordBytes / 2 - 4);
                    shx.write(entry.array());
                    offset += recordBytes;
                    at += recordBytes;
                }
                layout.copyRecords(sibling(part, ".dbf"), dbf);
            }
            dbf.write(0x1A);
        }
        for (String extension : List.of(".prj", ".cpg")) {
            Path first = sibling(parts.get(0), extension);
            if (Files.exists(first)) {
                Files.copy(first, sibling(out, extension), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** A part's .shp header with {@code length} bytes (written in 16-bit words) and the joined bounds. */
    private static byte[] header(byte[] first, long length, double[] bounds) {
        ByteBuffer header = ByteBuffer.wrap(first.clone());
        header.order(ByteOrder.BIG_ENDIAN).putInt(24, (int) (length / 2));
        header.order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 4; i++) {
            header.putDouble(36 + 8 * i, bounds[i]);
        }
        return header.array();
    }

    static Path sibling(Path shp, String extension) {
        return shp.resolveSibling(shp.getFileName().toString().replaceFirst("(?i)\\.shp$", "") + extension);
    }

    static byte[] read(Path file, int from, int length) throws IOException {
        try (var channel = Files.newByteChannel(file)) {
            ByteBuffer buffer = ByteBuffer.allocate(length);
            channel.position(from);
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                continue;
            }
            return Arrays.copyOf(buffer.array(), buffer.position());
        }
    }

    private static OutputStream out(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }
}
