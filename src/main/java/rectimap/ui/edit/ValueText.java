package rectimap.ui.edit;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import rectimap.model.FieldType;

/**
 * Attribute values to and from the text a user types. Numbers are plain (no exponent, "." decimal; thousands commas
 * and surrounding spaces are tolerated on input), dates ISO-8601 (also 2026/11/29, 2026.11.29, 2026年11月29日).
 * Stateless and safe from any thread.
 */
public final class ValueText {
    private static final Pattern LOOSE_DATE =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    private ValueText() {
    }

    /** The text of a stored value ("" for null): 12.5, 3, 2026-11-29, 张三. */
    public static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number) {
            return number.isNaN() || number.isInfinite() ? number.toString()
                    : BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        if (value instanceof LocalDate date) {
            return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        return value.toString();
    }

    /** The value of {@code text} for a field of {@code type}; blank text is null, a value never has outer spaces. */
    public static ParsedText parse(FieldType type, String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return ParsedText.of(null);
        }
        return switch (type) {
            case TEXT -> ParsedText.of(trimmed);
            case INTEGER -> parseWhole(trimmed);
            case REAL -> parseReal(trimmed);
            case DATE -> parseDate(trimmed);
        };
    }

    private static ParsedText parseWhole(String text) {
        String digits = text.replace(",", "");
        try {
            return ParsedText.of(Long.parseLong(digits));
        } catch (NumberFormatException e) {
            return parseReal(text).ok() ? ParsedText.refused(TypeProblem.NOT_A_WHOLE_NUMBER)
                    : ParsedText.refused(TypeProblem.NOT_A_NUMBER);
        }
    }

    private static ParsedText parseReal(String text) {
        String digits = text.replace(",", "");
        // Double.parseDouble also takes "NaN", "Infinity" and hex; a form wants plain decimals only.
        if (!digits.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            return ParsedText.refused(TypeProblem.NOT_A_NUMBER);
        }
        return ParsedText.of(Double.parseDouble(digits));
    }

    private static ParsedText parseDate(String text) {
        Matcher loose = LOOSE_DATE.matcher(text);
        if (!loose.matches()) {
            return ParsedText.refused(TypeProblem.NOT_A_DATE);
        }
        try {
            return ParsedText.of(LocalDate.of(Integer.parseInt(loose.group(1)), Integer.parseInt(loose.group(2)),
                    Integer.parseInt(loose.group(3))));
        } catch (DateTimeException e) {
            return ParsedText.refused(TypeProblem.NOT_A_DATE);
        }
    }
}
