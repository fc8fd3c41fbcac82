package rectimap.exchange.shapefile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The header of a dBase III table (.dbf): record count, header and record lengths, the language-driver byte and
 * the field descriptors (32 bytes each, ended by 0x0D).
 *
 * @param recordCount     records in the table, deleted ones included
 * @param headerLength    bytes before the first record
 * @param recordLength    bytes per record, the deletion flag included
 * @param languageDriver  byte 29, the code page id (0 when not set)
 * @param fields          the columns in order
 */
record DbfHeader(long recordCount, int headerLength, int recordLength, int languageDriver, List<DbfField> fields) {
    static final int PREFIX = 32;
    static final int DESCRIPTOR = 32;
    static final byte TERMINATOR = 0x0D;

    DbfHeader {
        fields = List.copyOf(fields);
    }

    /**
     * Parses the header; {@code bytes} holds at least {@code headerLength} bytes (see {@link #headerLength(ByteBuffer)}).
     *
     * @throws IllegalArgumentException with the reason when the header is not sound
     */
    static DbfHeader parse(ByteBuffer bytes) {
        bytes.order(ByteOrder.LITTLE_ENDIAN);
        long count = bytes.getInt(4) & 0xffffffffL;
        int headerLength = bytes.getShort(8) & 0xffff;
        int recordLength = bytes.getShort(10) & 0xffff;
        int languageDriver = bytes.get(29) & 0xff;
        List<DbfField> fields = new ArrayList<>();
        int offset = 1;
        for (int at = PREFIX; at + DESCRIPTOR <= headerLength && bytes.get(at) != TERMINATOR; at += DESCRIPTOR) {
            int nameLength = 0;
            while (nameLength < 11 && bytes.get(at + nameLength) != 0) {
                nameLength++;
            }
            byte[] name = new byte[nameLength];
            bytes.get(at, name);
            char type = (char) (bytes.get(at + 11) & 0xff);
            int length = bytes.get(at + 16) & 0xff;
            int decimals = bytes.get(at + 17) & 0xff;
            if (type == 'C') {
                // dBase stores text widths above 255 in the decimal-count byte as the high byte.
                length |= decimals << 8;
                decimals = 0;
            }
            if (length == 0) {
                throw new IllegalArgumentException("field " + (fields.size() + 1) + " has width 0");
            }
            fields.add(new DbfField(name, type, length, decimals, offset));
            offset += length;
        }
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("the table has no fields");
        }
        if (offset > recordLength) {
            throw new IllegalArgumentException("fields need " + offset + " bytes but a record has " + recordLength);
        }
        return new DbfHeader(count, headerLength, recordLength, languageDriver, fields);
    }

    /** The header length the first 32 bytes state; {@code prefix} holds them. */
    static int headerLength(ByteBuffer prefix) {
        return prefix.order(ByteOrder.LITTLE_ENDIAN).getShort(8) & 0xffff;
    }

    @Override
    public String toString() {
        return "DbfHeader[records=" + recordCount + ", fields=" + fields.size() + ", ldid=" + languageDriver + "]";
    }
}
