package rectimap.exchange;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import rectimap.exchange.encoding.TextEvidence;

/**
 * Reads a CSV file of points (comma, semicolon or tab separated, RFC 4180 quoting) in UTF-8 with or without a BOM
 * or in GB18030/GBK (as the options say, or detected when {@link TextEncodingDetection} is sure: an unsure file is
 * refused as {@link ExchangeProblem#ENCODING_UNSURE} rather than read on a guess); see {@link PointTable} for the coordinate columns and CRS.
 */
public final class CsvSource {
    private CsvSource() {
    }

    public static PointTableSource open(Path file, TableOptions options) throws ExchangeException {
        byte[] bytes = SourceFiles.read(file);
        Charset charset = options.encoding() != null ? options.encoding() : certainEncoding(file, bytes);
        List<List<String>> rows = rows(TextEncodingDetection.decode(bytes, charset));
        if (rows.isEmpty()) {
            throw new ExchangeException(ExchangeProblem.EMPTY, file, -1, "the file is empty");
        }
        List<List<Object>> body = new ArrayList<>();
        int columns = rows.get(0).size();
        for (List<String> row : rows.subList(1, rows.size())) {
            requireNoCellsBeyondHeader(file, body.size(), row, columns);
            body.add(new ArrayList<>(row));
        }
        return PointTable.of(file, rows.get(0), body, options, charset.name());
    }

    /**
     * The detected encoding when the detection is sure; otherwise nothing is imported on a guess: ENCODING_UNSURE
     * with the first non-ASCII value as each candidate reads it, so the user (or --encoding) chooses.
     */
    private static Charset certainEncoding(Path file, byte[] bytes) throws ExchangeException {
        TextEncodingDetection detected = TextEncodingDetection.of(bytes);
        if (!detected.unsure()) {
            return detected.charset();
        }
        throw new ExchangeException(ExchangeProblem.ENCODING_UNSURE, file, -1, TextEvidence.ofText(bytes).readings());
    }

    /**
     * A row with values beyond the header's columns has lost its shape (a separator inside an unquoted value):
     * reading it would shift or drop values silently. Empty cells beyond (a trailing separator) are harmless.
     */
    private static void requireNoCellsBeyondHeader(Path file, int record, List<String> row, int columns)
            throws ExchangeException {
        if (row.size() > columns && row.subList(columns, row.size()).stream().anyMatch(c -> !c.isBlank())) {
            throw new ExchangeException(ExchangeProblem.CORRUPT_RECORD, file, record, String.format("row %,d of the"
                    + " file has %,d cells but the header has %,d columns; a value holding the separator needs"
                    + " quotes (\"...\")", record + 2, row.size(), columns));
        }
    }

    /** The detected encoding of {@code file} and whether the user should compare previews. */
    public static EncodingGuess guessEncoding(Path file) throws ExchangeException {
        TextEncodingDetection detected = TextEncodingDetection.of(SourceFiles.read(file));
        return new EncodingGuess(detected.charset(), detected.unsure());
    }

    /** The first {@code count} rows (header included) of {@code file} read in {@code charset}, for a preview. */
    public static List<List<String>> preview(Path file, Charset charset, int count) throws ExchangeException {
        List<List<String>> rows = rows(TextEncodingDetection.decode(SourceFiles.read(file), charset));
        return rows.subList(0, Math.min(count, rows.size()));
    }

    /** The rows of CSV text; blank lines are skipped; the separator is the header's most frequent of , ; tab. */
    static List<List<String>> rows(String text) {
        int firstLineEnd = text.indexOf('\n');
        String header = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        char separator = ',';
        long best = header.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > best) {
                best = count;
                separator = candidate;
            }
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRow(rows, row, cell);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        endRow(rows, row, cell);
        return rows;
    }

    private static void endRow(List<List<String>> rows, List<String> row, StringBuilder cell) {
        row.add(cell.toString());
        cell.setLength(0);
        if (!(row.size() == 1 && row.get(0).isBlank())) {
            rows.add(row);
        }
    }
}
