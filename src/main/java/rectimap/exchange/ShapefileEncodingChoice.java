package rectimap.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import rectimap.exchange.shapefile.EncodingPreview;
import rectimap.exchange.shapefile.ShapefileSource;

/**
 * Where nobody can look at a preview (the command line), a Shapefile's text encoding must be certain: declared
 * (.cpg, language-driver byte), chosen ({@code --encoding}) or clearly detected. An UNSURE one is refused with the
 * first values read each candidate way and the choices, instead of importing a guess.
 */
public final class ShapefileEncodingChoice {
    private ShapefileEncodingChoice() {
    }

    /**
     * @throws ExchangeException ENCODING_UNSURE naming {@code file}, with the first non-ASCII value as each candidate
     *                           reads it ({@code UTF-8: "…" / GBK: "…"}, the same detail as a CSV's) when the
     *                           source's encoding is UNSURE; the sentence and the --encoding fix come from the bundles
     */
    public static void requireCertain(Path file, ShapefileSource source) throws ExchangeException {
        if (!source.encoding().needsUserChoice()) {
            return;
        }
        String readings = source.preview().candidates().stream().map(d -> d.charset().name() + ": \""
                + firstNonAscii(d) + "\"").collect(Collectors.joining(" / "));
        throw new ExchangeException(ExchangeProblem.ENCODING_UNSURE, file, -1, readings);
    }

    /** The first value with a non-ASCII character as this candidate reads it ("" when none). */
    private static String firstNonAscii(EncodingPreview.Decoding decoding) {
        return decoding.rows().stream().flatMap(List::stream).filter(v -> v.chars().anyMatch(c -> c > 127))
                .findFirst().orElse("");
    }
}
