package rectimap.raster.geotiff;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The fields of one image file directory (IFD), by tag number, read by our own code: the directory's entries are
 * read at once (one read of 12 or 20 bytes per entry), their values only when asked for. A big COG's tile offsets and
 * byte counts — tens of thousands of values per image — are never read whole: {@link #element} reads one tile's.
 */
final class TiffTags {

    static final int NEW_SUBFILE_TYPE = 254;
    static final int IMAGE_WIDTH = 256;
    static final int IMAGE_LENGTH = 257;
    static final int BITS_PER_SAMPLE = 258;
    static final int COMPRESSION = 259;
    static final int PHOTOMETRIC = 262;
    static final int SAMPLES_PER_PIXEL = 277;
    static final int PLANAR_CONFIGURATION = 284;
    static final int TILE_WIDTH = 322;
    static final int TILE_LENGTH = 323;
    static final int TILE_OFFSETS = 324;
    static final int TILE_BYTE_COUNTS = 325;
    static final int JPEG_TABLES = 347;
    static final int SAMPLE_FORMAT = 339;
    static final int COPYRIGHT = 33432;
    static final int MODEL_PIXEL_SCALE = 33550;
    static final int MODEL_TIEPOINT = 33922;
    static final int MODEL_TRANSFORMATION = 34264;
    static final int GEO_KEY_DIRECTORY = 34735;
    static final int GDAL_NODATA = 42113;

    /** NewSubfileType bit of a reduced-resolution image (an overview). */
    static final int REDUCED_RESOLUTION = 1;
    /** NewSubfileType bit of a transparency mask. */
    static final int TRANSPARENCY_MASK = 4;

    /** More entries than this in one directory is not a TIFF writer's doing but damage. */
    private static final int MAX_ENTRIES = 4096;

    private final TiffChannel file;
    private final Map<Integer, TiffField> fields;
    private final long next;

    private TiffTags(TiffChannel file, Map<Integer, TiffField> fields, long next) {
        this.file = file;
        this.fields = fields;
        this.next = next;
    }

    /**
     * The directory at {@code position} of {@code file}.
     *
     * @throws IOException when it lies past the end of the file or its entry count is not plausible
     */
    static TiffTags read(TiffChannel file, long position) throws IOException {
        boolean big = file.big();
        ByteBuffer head = file.read(position, big ? 8 : 2);
        long count = big ? head.getLong() : head.getShort() & 0xffff;
        if (count <= 0 || count > MAX_ENTRIES) {
            throw new IOException("directory at " + position + " with " + count + " entries");
        }
        int entrySize = big ? 20 : 12;
        int slot = big ? 8 : 4;
        ByteBuffer entries = file.read(position + head.capacity(), (int) count * entrySize + slot);
        Map<Integer, TiffField> fields = new HashMap<>();
        for (int i = 0; i < count; i++) {
            int tag = entries.getShort() & 0xffff;
            int type = entries.getShort() & 0xffff;
            long values = big ? entries.getLong() : entries.getInt() & 0xffffffffL;
            ByteBuffer value = entries.slice(entries.position(), slot).order(entries.order());
            long offset = file.offset(entries);
            TiffField field = new TiffField(type, values, offset, null);
            boolean fits = values * field.valueSize() <= slot;
            fields.put(tag, fits ? new TiffField(type, values, -1, value) : field);
        }
        return new TiffTags(file, fields, file.offset(entries));
    }

    /** The offset of the directory after this one, 0 for none. */
    long next() {
        return next;
    }

    boolean has(int tag) {
        return fields.containsKey(tag);
    }

    /** The field's values as doubles, or an empty array when the field is absent or not numeric. */
    double[] numbers(int tag) throws IOException {
        TiffField field = fields.get(tag);
        return field == null ? new double[0] : field.numbers(file);
    }

    /** The field's first value, or {@code absent}. */
    long number(int tag, long absent) throws IOException {
        double[] values = numbers(tag);
        return values.length == 0 ? absent : (long) values[0];
    }

    /** Value {@code index} of an offsets or byte counts field, read by itself. */
    long element(int tag, long index) throws IOException {
        TiffField field = fields.get(tag);
        if (field == null) {
            throw new IOException("no field " + tag);
        }
        return field.element(file, index);
    }

    /** The field's raw bytes (e.g. JPEGTables), or an empty array when absent. */
    byte[] bytes(int tag) throws IOException {
        TiffField field = fields.get(tag);
        if (field == null) {
            return new byte[0];
        }
        ByteBuffer bytes = field.bytes(file);
        byte[] out = new byte[bytes.remaining()];
        bytes.get(out);
        return out;
    }

    /** The field as text (ASCII fields, up to the first NUL; GDAL writes UTF-8 there), or "" when absent. */
    String text(int tag) throws IOException {
        TiffField field = fields.get(tag);
        if (field == null || field.type() != TiffField.ASCII) {
            return "";
        }
        String text = new String(bytes(tag), StandardCharsets.UTF_8);
        int nul = text.indexOf('\0');
        return (nul < 0 ? text : text.substring(0, nul)).strip();
    }
}
