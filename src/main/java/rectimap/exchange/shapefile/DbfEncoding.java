package rectimap.exchange.shapefile;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * The text encoding a DBF is read with and why.
 *
 * @param charset   what decodes field names and text values
 * @param certainty how it was found; {@link EncodingCertainty#UNSURE} means the user should look at the
 *                  {@link EncodingPreview} and pick
 * @param reason    where it came from, in English (e.g. ".cpg says UTF-8", "language driver 0x4D")
 */
public record DbfEncoding(Charset charset, EncodingCertainty certainty, String reason) {
    public DbfEncoding {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(certainty, "certainty");
        reason = reason == null ? "" : reason;
    }

    /** The encoding the user picked. */
    public static DbfEncoding chosen(Charset charset) {
        return new DbfEncoding(charset, EncodingCertainty.USER_CHOSEN, "chosen by the user");
    }

    /** Whether the user should confirm it before importing. */
    public boolean needsUserChoice() {
        return certainty == EncodingCertainty.UNSURE;
    }
}
