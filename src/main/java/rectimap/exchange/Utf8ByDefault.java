package rectimap.exchange;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import rectimap.exchange.encoding.EncodingVerdict;
import rectimap.exchange.encoding.TextEvidence;

/**
 * The text encoding of formats whose text is UTF-8 unless the file declares another: GeoJSON (RFC 7946/8259) and
 * KML (XML without an encoding declaration). A declaration is obeyed by the readers themselves; here undeclared
 * bytes are judged: valid UTF-8 is UTF-8; bytes that are not are read as GB18030 only when the one rule of
 * {@link TextEvidence} is sure of it (everyday Chinese); anything else — and UTF-8 declared (a BOM, encoding="UTF-8")
 * over bytes that are not UTF-8 — is refused as ENCODING_UNSURE with both readings, so {@code --encoding} (or the
 * wizard's choice) decides instead of a guess. Stateless.
 */
final class Utf8ByDefault {
    private Utf8ByDefault() {
    }

    /** UTF-8 or a certain GB18030 for the undeclared text of {@code file}, streamed once; else ENCODING_UNSURE. */
    static Charset undeclared(Path file) throws ExchangeException {
        return undeclared(file, evidence(file));
    }

    /** As {@link #undeclared(Path)}, for text already seen. */
    static Charset undeclared(Path file, TextEvidence evidence) throws ExchangeException {
        if (evidence.invalidIn(StandardCharsets.UTF_8) == 0) {
            return StandardCharsets.UTF_8;
        }
        EncodingVerdict verdict = evidence.verdict();
        if (!verdict.unsure() && verdict.charset().equals(TextEvidence.GB18030)) {
            return TextEvidence.GB18030;
        }
        throw refusal(file, evidence);
    }

    /**
     * The encoding of a document held in memory: {@code given} (--encoding, the wizard) when not null; else UTF-8
     * when it starts with a UTF-8 BOM and is valid UTF-8; else as {@link #undeclared(Path, TextEvidence)}.
     */
    static Charset of(Path file, byte[] bytes, Charset given) throws ExchangeException {
        if (given != null) {
            return given;
        }
        TextEvidence evidence = TextEvidence.ofText(bytes);
        if (TextEncodingDetection.hasBom(bytes) && evidence.invalidIn(StandardCharsets.UTF_8) > 0) {
            throw refusal(file, evidence);
        }
        return undeclared(file, evidence);
    }

    /** ENCODING_UNSURE naming {@code file} with the first non-ASCII value as UTF-8 and as GBK reads it. */
    static ExchangeException refusal(Path file, TextEvidence evidence) {
        return new ExchangeException(ExchangeProblem.ENCODING_UNSURE, file, -1, evidence.readings());
    }

    /** The evidence of the whole {@code file}, read in bounded memory. */
    static TextEvidence evidence(Path file) throws ExchangeException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return TextEvidence.ofText(in);
        } catch (IOException e) {
            throw ExchangeException.unreadable(file, e);
        }
    }
}
