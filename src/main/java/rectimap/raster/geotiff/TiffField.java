package rectimap.raster.geotiff;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * One entry of an image file directory: its TIFF type, how many values it has and where they are — in the entry
 * itself ({@code inline}, when they fit its 4 or 8 bytes) or at {@code offset} in the file. The values are read only
 * when asked for, and one element of a long array (a tile's offset among tens of thousands) by itself.
 */
record TiffField(int type, long count, long offset, ByteBuffer inline) {

    static final int ASCII = 2;
    private static final int[] SIZES = {0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4, 0, 0, 8, 8, 8};
    /** More values than this are not read as one array (a tile offsets array is read element by element). */
    private static final long MAX_WHOLE = 1 << 20;

    /** Bytes per value of this field's type; 0 for a type TIFF does not define. */
    int valueSize() {
        return type > 0 && type < SIZES.length ? SIZES[type] : 0;
    }

    /** The bytes of all values, in the file's byte order, positioned at 0. */
    ByteBuffer bytes(TiffChannel file) throws IOException {
        long length = count * valueSize();
        if (length > MAX_WHOLE * 8 || valueSize() == 0) {
            throw new IOException("field of type " + type + " with " + count + " values");
        }
        return inline != null ? inline.duplicate().order(inline.order()).position(0).limit((int) length)
                : file.read(offset, (int) length);
    }

    /** Every value as a double (rationals divided out, unsigned types unsigned); none for text or unknown types. */
    double[] numbers(TiffChannel file) throws IOException {
        if (type == ASCII || valueSize() == 0 || count > MAX_WHOLE) {
            return new double[0];
        }
        ByteBuffer bytes = bytes(file);
        double[] out = new double[(int) count];
        for (int i = 0; i < out.length; i++) {
            out[i] = value(bytes);
        }
        return out;
    }

    /** Value {@code index} as a long (an offset or a byte count of one tile or strip), read by itself. */
    long element(TiffChannel file, long index) throws IOException {
        if (index < 0 || index >= count) {
            throw new IOException("value " + index + " of " + count);
        }
        int size = valueSize();
        ByteBuffer one = inline != null ? inline.duplicate().order(inline.order()).position((int) index * size)
                : file.read(offset + index * size, size);
        return switch (type) {
            case 3 -> one.getShort() & 0xffff;
            case 4, 13 -> one.getInt() & 0xffffffffL;
            case 16, 18 -> one.getLong();
            default -> throw new IOException("offsets of type " + type);
        };
    }

    private double value(ByteBuffer b) {
        return switch (type) {
            case 1, 7 -> b.get() & 0xff;
            case 6 -> b.get();
            case 3 -> b.getShort() & 0xffff;
            case 8 -> b.getShort();
            case 4, 13 -> b.getInt() & 0xffffffffL;
            case 9 -> b.getInt();
            case 5 -> (b.getInt() & 0xffffffffL) / (double) (b.getInt() & 0xffffffffL);
            case 10 -> b.getInt() / (double) b.getInt();
            case 11 -> b.getFloat();
            case 12 -> b.getDouble();
            default -> b.getLong();
        };
    }
}
