package rectimap.exchange;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The technical detail of an {@link ExchangeException} made fit to show: what a library's exception says without
 * its Java class names ({@code org.apache.xmlbeans.XmlException: }, StAX's {@code ParseError at [row,col]:[17,21]
 * Message: }), on one line, with any run of content longer than {@link #QUOTE_CHARS} characters cut (a 3 MB cell
 * is quoted by its first 80 characters and "…") and the whole at most {@link #DETAIL_CHARS}.
 */
final class DetailText {
    static final int QUOTE_CHARS = 80;
    static final int DETAIL_CHARS = 600;

    private static final Pattern PARSE_ERROR = Pattern.compile(
            "ParseError at \\[row,col\\]:\\[(\\d+),(\\d+)]\\s*Message:\\s*");
    private static final Pattern QUALIFIED_CLASS = Pattern.compile(
            "\\b(?:java|javax|jdk|sun|org|com|net)\\.(?:[a-z0-9_]+\\.)+[A-Z][\\w$]*(?::\\s*)?");
    private static final Pattern BARE_CLASS = Pattern.compile("\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b:?\\s*");
    private static final Pattern LONG_RUN = Pattern.compile("\\S{" + (QUOTE_CHARS + 1) + ",}");

    private DetailText() {
    }

    /** {@code detail} as a user may read it; "" for null. */
    static String of(String detail) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        // Cut first: a regex over megabytes of one cell is slow and pointless.
        String text = detail.length() > 4 * DETAIL_CHARS ? detail.substring(0, 4 * DETAIL_CHARS) : detail;
        text = PARSE_ERROR.matcher(text).replaceAll("column $2: ");
        text = QUALIFIED_CLASS.matcher(text).replaceAll("");
        text = BARE_CLASS.matcher(text).replaceAll("");
        text = text.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
        Matcher run = LONG_RUN.matcher(text);
        StringBuilder cut = new StringBuilder();
        while (run.find()) {
            run.appendReplacement(cut, Matcher.quoteReplacement(
                    run.group().substring(0, run.group().offsetByCodePoints(0, QUOTE_CHARS)) + "…"));
        }
        run.appendTail(cut);
        text = cut.toString();
        if (text.length() > DETAIL_CHARS) {
            text = text.substring(0, DETAIL_CHARS) + "…";
        }
        return text.isEmpty() ? "cannot be read" : text;
    }
}
