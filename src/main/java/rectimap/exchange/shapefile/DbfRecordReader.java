package rectimap.exchange.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rectimap.exchange.ExchangeException;
import rectimap.exchange.ExchangeProblem;
import rectimap.model.FieldType;

/**
 * Reads the records of a .dbf front to back, one at a time, decoding each value by its field type: C text (strict
 * decoding in the chosen charset: an undecodable value is an error naming record and field, never 乱码), N/F
 * numbers (Long for whole numbers narrower than 19 digits, else Double; blank or '*' overflow = null), L logical
 * (1/0, '?' = null), D dates (YYYYMMDD; blank = null), M memo (the block read from the .dbt when there is one).
 * Not thread-safe.
 */
final class DbfRecordReader implements AutoCloseable {
    private final SequentialFile file;
    private final DbfHeader header;
    private final List<String> names;
    private final CharsetDecoder decoder;
    private final MemoFile memo;
    private long next;

    /** Opens {@code dbf} positioned at the first record; {@code names} are the decoded field names in order. */
    DbfRecordReader(Path dbf, DbfHeader header, List<String> names, Charset charset, MemoFile memo)
            throws IOException {
        this.file = new SequentialFile(dbf);
        this.header = header;
        this.names = names;
        this.decoder = charset.newDecoder();
        this.memo = memo;
        file.skip(header.headerLength());
    }

    /** One record's values, or null when it is marked deleted. */
    record Row(boolean deleted, Map<String, Object> values) {
    }

    /**
     * The next record (0-based {@code index} for messages), or null when the table has no more records.
     *
     * @throws ExchangeException TRUNCATED when the file ends inside a record, BAD_VALUE / ENCODING for a value
     */
    Row next() throws ExchangeException, IOException {
        if (next >= header.recordCount()) {
            return null;
        }
        ByteBuffer record = file.read(header.recordLength(), ByteOrder.LITTLE_ENDIAN);
        long index = next++;
        if (record == null) {
            throw new ExchangeException(ExchangeProblem.TRUNCATED, file.path(), index, "the .dbf ends inside record "
                    + (index + 1) + " of " + header.recordCount());
        }
        if (record.get(0) == '*') {
            return new Row(true, Map.of());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        List<DbfField> fields = header.fields();
        for (int i = 0; i < fields.size(); i++) {
            values.put(names.get(i), value(record, fields.get(i), names.get(i), index));
        }
        return new Row(false, values);
    }

    private Object value(ByteBuffer record, DbfField field, String name, long index) throws ExchangeException {
        int length = TextBytes.trimmedLength(record, field.offset(), field.length());
        if (field.type() != 'M' && field.fieldType() == FieldType.TEXT) {
            String text = TextBytes.strict(decoder, record, field.offset(), length);
            if (text == null) {
                throw new ExchangeException(ExchangeProblem.ENCODING, file.path(), index, "field '" + name
                        + "' is not valid " + decoder.charset().name() + " text");
            }
            return length == 0 ? null : text;
        }
        String text = ascii(record, field.offset(), length).trim();
        try {
            return switch (field.type()) {
                case 'N', 'F', 'I', 'O' -> number(field, text);
                case 'L' -> logical(text);
                case 'D' -> date(text);
                case 'M' -> memo == null || text.isEmpty() ? null : memo.text(Long.parseLong(text), decoder);
                default -> text.isEmpty() ? null : text;
            };
        } catch (NumberFormatException | DateTimeException | IOException e) {
            throw new ExchangeException(ExchangeProblem.BAD_VALUE, file.path(), index, "field '" + name + "' ("
                    + field.type() + ") holds '" + text + "': " + e.getMessage(), e);
        }
    }

    private static Object number(DbfField field, String text) {
        if (text.isEmpty() || text.chars().allMatch(c -> c == '*') || text.equals(".") || text.equals("-")) {
            return null;
        }
        if (field.fieldType() == FieldType.INTEGER) {
            // Some writers put "12.000" in a field declared without decimals; the value is still whole.
            return text.indexOf('.') < 0 ? Long.parseLong(text.startsWith("+") ? text.substring(1) : text)
                    : wholeNumber(text);
        }
        return Double.parseDouble(text.replace(',', '.'));
    }

    private static long wholeNumber(String text) {
        double value = Double.parseDouble(text);
        if (value != Math.rint(value)) {
            throw new NumberFormatException("a fraction in a field without decimals");
        }
        return (long) value;
    }

    private static Object logical(String text) {
        return switch (text) {
            case "T", "t", "Y", "y" -> 1L;
            case "F", "f", "N", "n" -> 0L;
            case "", "?" -> null;
            default -> throw new NumberFormatException("not T, F, Y, N or ?");
        };
    }

    private static Object date(String text) {
        if (text.isEmpty() || text.equals("00000000")) {
            return null;
        }
        if (text.length() != 8 || !text.chars().allMatch(Character::isDigit)) {
            throw new DateTimeException("not YYYYMMDD");
        }
        return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(4, 6)),
                Integer.parseInt(text.substring(6, 8)));
    }

    private static String ascii(ByteBuffer record, int from, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) (record.get(from + i) & 0xff);
        }
        return new String(chars);
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
