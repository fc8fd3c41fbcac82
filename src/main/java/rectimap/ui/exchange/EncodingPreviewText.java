package rectimap.ui.exchange;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import rectimap.exchange.EncodingGuess;
import rectimap.exchange.shapefile.EncodingPreview;
import rectimap.exchange.shapefile.ShapefileInspection;

/**
 * What the source step shows about a file's text encoding (no JavaFX, so it is tested without a window): whether the
 * detection is unsure, so the user must compare and pick, and the first rows read as UTF-8 and as GB18030/GBK, one
 * line per row with the values separated by " | " (field names first for a Shapefile, the header row for a CSV).
 *
 * @param unsure whether the user must pick the encoding before going on
 * @param utf8   the first rows decoded as UTF-8 (never null)
 * @param gb     the first rows decoded as GB18030 or GBK (never null)
 */
record EncodingPreviewText(boolean unsure, String utf8, String gb) {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset GBK = Charset.forName("GBK");

    /** A CSV's guess and its first rows (header included) read each way. */
    static EncodingPreviewText of(EncodingGuess guess, List<List<String>> utf8Rows, List<List<String>> gbRows) {
        return new EncodingPreviewText(guess.unsure(), lines(utf8Rows), lines(gbRows));
    }

    /** A Shapefile's inspection: the DBF's text field names and first rows as the detector decoded them. */
    static EncodingPreviewText of(ShapefileInspection inspection) {
        EncodingPreview preview = inspection.preview();
        return new EncodingPreviewText(inspection.encoding().needsUserChoice(),
                table(preview, StandardCharsets.UTF_8, StandardCharsets.UTF_8),
                table(preview, GBK, GB18030));
    }

    /** The decoding by {@code charset} (or else {@code alias}) as lines; "" when the preview has neither. */
    private static String table(EncodingPreview preview, Charset charset, Charset alias) {
        return preview.decoding(charset).or(() -> preview.decoding(alias)).map(decoding -> {
            List<List<String>> rows = new ArrayList<>();
            rows.add(decoding.fieldNames());
            rows.addAll(decoding.rows());
            return lines(rows);
        }).orElse("");
    }

    private static String lines(List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        rows.forEach(row -> text.append(String.join(" | ", row)).append('\n'));
        return text.toString();
    }
}
