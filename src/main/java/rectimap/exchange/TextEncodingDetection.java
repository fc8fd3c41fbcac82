package rectimap.exchange;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import rectimap.exchange.encoding.EncodingVerdict;
import rectimap.exchange.encoding.TextEvidence;

/**
 * Which encoding a Chinese text file held in memory (a CSV) is in: a UTF-8 byte order mark decides; otherwise the
 * one rule of {@link TextEvidence} (the same a Shapefile's DBF, a GeoJSON and a KML are judged by). {@link #unsure()}
 * unless the answer is certain — the user (a preview) or the command line ({@code --encoding}) then has to choose.
 */
record TextEncodingDetection(Charset charset, boolean hasBom, boolean unsure) {
    static final Charset GB18030 = TextEvidence.GB18030;

    static TextEncodingDetection of(byte[] bytes) {
        if (hasBom(bytes)) {
            return new TextEncodingDetection(StandardCharsets.UTF_8, true, false);
        }
        EncodingVerdict verdict = TextEvidence.ofText(bytes).verdict();
        return new TextEncodingDetection(verdict.charset(), false, verdict.unsure());
    }

    /** The text of {@code bytes} in {@code charset}, without a BOM; malformed bytes become U+FFFD. */
    static String decode(byte[] bytes, Charset charset) {
        int skip = charset.equals(StandardCharsets.UTF_8) && hasBom(bytes) ? 3 : 0;
        return new String(bytes, skip, bytes.length - skip, charset);
    }

    static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
