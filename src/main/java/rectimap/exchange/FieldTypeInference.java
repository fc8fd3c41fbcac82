package rectimap.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rectimap.model.Field;
import rectimap.model.FieldType;

/**
 * Field types for formats without a declared schema (GeoJSON properties, KML data, CSV and spreadsheet columns):
 * a column is INTEGER when every value is a whole number (text with a leading zero, such as a village code
 * "0610", stays TEXT), REAL when every value is a number, DATE when every value is a date (yyyy-MM-dd, also with / or . as GDAL's CSV writes),
 * TEXT otherwise; nulls and empty text are ignored. Columns are kept in first-seen order. Whether text that looks
 * like a number is read as one depends on the format ({@link Strings}): a CSV cell has no type of its own, a JSON
 * string or a KML string field does.
 */
final class FieldTypeInference {
    /** What a String value tells about its column. */
    enum Strings {
        /** Untyped cells (CSV, spreadsheets): "12" is a whole number, "1.5" a number, "2026-03-02" a date. */
        BY_CONTENT,
        /**
         * Typed formats (GeoJSON, KML): a string is text however numeric it looks — numbers come from JSON numbers
         * or declared field types — except a date ("2026-03-02"), which GDAL reads as a date too.
         */
        TEXT_OR_DATE
    }

    private static final java.util.regex.Pattern DATE =
            java.util.regex.Pattern.compile("([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})");
    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("-?(0|[1-9][0-9]{0,17})");
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile(
            "-?(0|[1-9][0-9]*)?\\.[0-9]+([eE][+-]?[0-9]+)?|-?[1-9][0-9]*[eE][+-]?[0-9]+");
    private final Map<String, FieldType> types = new LinkedHashMap<>();
    private final Strings strings;

    FieldTypeInference(Strings strings) {
        this.strings = strings;
    }

    /** Takes a value (String, Long, Double, LocalDate, Boolean or null) seen in {@code column}. */
    void see(String column, Object value) {
        FieldType now = typeOf(value, strings);
        FieldType before = types.get(column);
        types.put(column, before == null ? now : merge(before, now));
    }

    /** The fields seen, typed; a column with only empty values is TEXT. */
    List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        types.forEach((name, type) -> fields.add(new Field(name, type == null ? FieldType.TEXT : type)));
        return fields;
    }

    /** {@code value} as a value of {@code type} (as {@link #fields()} decided); null stays null. */
    static Object convert(Object value, FieldType type) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return type == FieldType.TEXT && value != null ? value : null;
        }
        return switch (type) {
            case TEXT -> value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15
                    ? String.valueOf(d.longValue()) : value.toString();
            case INTEGER -> value instanceof Number n ? Long.valueOf(n.longValue()) : Long.valueOf(value.toString().trim());
            case REAL -> value instanceof Number n ? Double.valueOf(n.doubleValue())
                    : Double.valueOf(value.toString().trim());
            case DATE -> value instanceof LocalDate d ? d : date(value.toString());
        };
    }

    private static FieldType typeOf(Object value, Strings strings) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return null;
        }
        if (value instanceof Long || value instanceof Integer) {
            return FieldType.INTEGER;
        }
        if (value instanceof Double d) {
            // A spreadsheet holds every number as a double; a JSON 2.0 or a KML float is a real number as written.
            return strings == Strings.BY_CONTENT && d == Math.rint(d) && Math.abs(d) < 1e15
                    ? FieldType.INTEGER : FieldType.REAL;
        }
        if (value instanceof LocalDate) {
            return FieldType.DATE;
        }
        if (!(value instanceof String text)) {
            return FieldType.TEXT;
        }
        String t = text.trim();
        if (strings == Strings.BY_CONTENT && WHOLE.matcher(t).matches()) {
            return FieldType.INTEGER;
        }
        if (strings == Strings.BY_CONTENT && DECIMAL.matcher(t).matches()) {
            return FieldType.REAL;
        }
        if (DATE.matcher(t).matches()) {
            try {
                date(t);
                return FieldType.DATE;
            } catch (java.time.DateTimeException e) {
                return FieldType.TEXT;
            }
        }
        return FieldType.TEXT;
    }

    /** 2026-04-15, 2026/04/15 (GDAL's CSV) or 2026.4.15 as a date. */
    private static LocalDate date(String text) {
        java.util.regex.Matcher parts = DATE.matcher(text.trim());
        if (!parts.matches()) {
            throw new DateTimeParseException("not a date", text, 0);
        }
        return LocalDate.of(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)),
                Integer.parseInt(parts.group(3)));
    }

    private static FieldType merge(FieldType before, FieldType now) {
        if (now == null || before == now) {
            return before;
        }
        if (before == null) {
            return now;
        }
        boolean numbers = (before == FieldType.INTEGER || before == FieldType.REAL)
                && (now == FieldType.INTEGER || now == FieldType.REAL);
        return numbers ? FieldType.REAL : FieldType.TEXT;
    }
}
