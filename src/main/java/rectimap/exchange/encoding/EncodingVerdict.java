package rectimap.exchange.encoding;

import java.nio.charset.Charset;

/**
 * The encoding {@link TextEvidence} points to and on what basis; {@link Basis#UNSURE} means nothing may be imported
 * on this guess: the user (a preview) or {@code --encoding} chooses.
 *
 * @param charset the likelier encoding (also when unsure)
 * @param basis   why it is, or is not, certain
 * @param reason  the evidence in English, for the command line's account of the encoding used
 */
public record EncodingVerdict(Charset charset, Basis basis, String reason) {
    /** Why a verdict is certain, or that it is not. */
    public enum Basis {
        /** No byte above ASCII. */
        ASCII_ONLY,
        /** Only one of UTF-8 and GB18030 decodes the bytes, and that one is UTF-8. */
        ONLY_ONE_DECODES,
        /** The chosen decoding reads as everyday Chinese and the other does not. */
        READS_AS_CHINESE,
        /** Both or neither read as plausible text: ask. */
        UNSURE
    }

    public boolean unsure() {
        return basis == Basis.UNSURE;
    }
}
