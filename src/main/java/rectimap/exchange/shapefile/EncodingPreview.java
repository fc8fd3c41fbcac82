package rectimap.exchange.shapefile;

import java.nio.charset.Charset;
import java.util.List;

/**
 * The first rows of a DBF's text decoded with each candidate encoding, so the user can see which one reads as
 * Chinese and pick it (the others show 乱码 or U+FFFD). Only text fields are shown.
 *
 * @param candidates one table per candidate encoding, the detected one first
 */
public record EncodingPreview(List<Decoding> candidates) {
    public EncodingPreview {
        candidates = List.copyOf(candidates);
    }

    /**
     * The preview rows decoded with one charset.
     *
     * @param charset      the candidate
     * @param fieldNames   the names of the text fields, decoded with it
     * @param rows         up to {@link DbfTextScan#PREVIEW_ROWS} rows of those fields' values ("" for blank)
     * @param undecodable  how many scanned values (not only the preview's) are not valid in this charset (UTF-8 and
     *                     GB18030 are counted; -1 for another charset)
     */
    public record Decoding(Charset charset, List<String> fieldNames, List<List<String>> rows, long undecodable) {
        public Decoding {
            fieldNames = List.copyOf(fieldNames);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** The decoding for {@code charset}, if it is a candidate. */
    public java.util.Optional<Decoding> decoding(Charset charset) {
        return candidates.stream().filter(d -> d.charset().equals(charset)).findFirst();
    }
}
