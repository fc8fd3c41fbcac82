package rectimap.exchange.shapefile;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import rectimap.model.Feature;

/**
 * Writes a dBase III table (.dbf) for a planned set of columns: header with the record count, the language-driver
 * byte and today's date, descriptors, then fixed-width records (text left-aligned and blank-padded, numbers
 * right-aligned, dates YYYYMMDD, null as blanks), ended by 0x1A. Stateless apart from its arguments.
 */
final class DbfWriter {
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private DbfWriter() {
    }

    static void write(OutputStream out, ShapefileExportPlan plan, List<Feature> features, Charset charset,
                      int languageDriver, LocalDate today) throws IOException {
        List<ShapefileExportPlan.Column> columns = plan.columns();
        int recordLength = 1 + columns.stream().mapToInt(ShapefileExportPlan.Column::width).sum();
        int headerLength = 32 + 32 * columns.size() + 1;
        ByteBuffer header = ByteBuffer.allocate(headerLength).order(ByteOrder.LITTLE_ENDIAN);
        header.put(0, (byte) 0x03);
        header.put(1, (byte) (today.getYear() - 1900)).put(2, (byte) today.getMonthValue())
                .put(3, (byte) today.getDayOfMonth());
        header.putInt(4, features.size());
        header.putShort(8, (short) headerLength);
        header.putShort(10, (short) recordLength);
        header.put(29, (byte) languageDriver);
        int at = 32;
        for (ShapefileExportPlan.Column column : columns) {
            byte[] name = column.writtenName().getBytes(charset);
            header.put(at, name, 0, Math.min(name.length, DbfColumns.NAME_BYTES));
            header.put(at + 11, (byte) column.type());
            header.put(at + 16, (byte) column.width());
            header.put(at + 17, (byte) column.decimals());
            at += 32;
        }
        header.put(at, DbfHeader.TERMINATOR);
        out.write(header.array());
        byte[] record = new byte[recordLength];
        for (Feature feature : features) {
            Arrays.fill(record, (byte) ' ');
            int offset = 1;
            for (ShapefileExportPlan.Column column : columns) {
                byte[] value = value(column, feature.get(column.fieldName()), charset);
                if (column.type() == 'C') {
                    System.arraycopy(value, 0, record, offset, Math.min(value.length, column.width()));
                } else {
                    int length = Math.min(value.length, column.width());
                    System.arraycopy(value, 0, record, offset + column.width() - length, length);
                }
                offset += column.width();
            }
            out.write(record);
        }
        out.write(0x1A);
    }

    private static byte[] value(ShapefileExportPlan.Column column, Object value, Charset charset) {
        if (value == null) {
            return new byte[0];
        }
        String text = switch (column.type()) {
            case 'C' -> DbfColumns.cut(value.toString(), charset, column.width());
            case 'D' -> value instanceof LocalDate date ? date.format(YYYYMMDD) : "";
            default -> number(column, value);
        };
        return text.getBytes(column.type() == 'C' ? charset : StandardCharsets.US_ASCII);
    }

    private static String number(ShapefileExportPlan.Column column, Object value) {
        if (!(value instanceof Number number)) {
            return "";
        }
        if (column.decimals() == 0) {
            return Long.toString(number.longValue());
        }
        double d = number.doubleValue();
        if (!Double.isFinite(d)) {
            return "";
        }
        String text = new BigDecimal(d).setScale(column.decimals(), RoundingMode.HALF_EVEN).toPlainString();
        return text.length() <= column.width() ? text : "";
    }
}
