package rectimap.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import rectimap.exchange.encoding.TextEvidence;

/**
 * How a KML document's text is read: in the encoding given ({@code --encoding}, the wizard's choice); else as its
 * XML declaration says when that names another encoding than UTF-8 (the parser obeys it); else UTF-8 when the bytes
 * are UTF-8; else, with no declaration, as {@link Utf8ByDefault} decides (a certain GB18030 or ENCODING_UNSURE) —
 * UTF-8 declared (encoding="UTF-8", a BOM) over bytes that are not is refused the same way.
 *
 * @param readWith the charset to decode with, or null to let the XML parser follow the document's declaration
 * @param name     the encoding's name, for the source's description
 */
record KmlEncoding(Charset readWith, String name) {
    private static final Pattern DECLARED = Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']");

    /** For a .kml file, streamed once unless the declaration or {@code given} decides. */
    static KmlEncoding of(Path file, Charset given) throws ExchangeException {
        if (given != null) {
            return new KmlEncoding(given, given.name());
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(512);
        } catch (IOException e) {
            return new KmlEncoding(null, "UTF-8"); // reading the document reports the problem
        }
        String declared = declared(head);
        if (declared != null && !isUtf8(declared)) {
            return new KmlEncoding(null, declared);
        }
        return undeclared(file, head, declared, Utf8ByDefault.evidence(file));
    }

    /** For one document held in memory (inside a KMZ). */
    static KmlEncoding of(Path file, byte[] document, Charset given) throws ExchangeException {
        if (given != null) {
            return new KmlEncoding(given, given.name());
        }
        String declared = declared(document);
        if (declared != null && !isUtf8(declared)) {
            return new KmlEncoding(null, declared);
        }
        return undeclared(file, document, declared, TextEvidence.ofText(document));
    }

    private static KmlEncoding undeclared(Path file, byte[] head, String declared, TextEvidence evidence)
            throws ExchangeException {
        if (evidence.invalidIn(StandardCharsets.UTF_8) == 0) {
            return new KmlEncoding(null, "UTF-8");
        }
        if (declared != null || TextEncodingDetection.hasBom(head)) {
            throw Utf8ByDefault.refusal(file, evidence);
        }
        Charset charset = Utf8ByDefault.undeclared(file, evidence);
        return new KmlEncoding(charset, charset.name());
    }

    /** The encoding the XML declaration at the start of {@code head} names, or null. */
    private static String declared(byte[] head) {
        int skip = TextEncodingDetection.hasBom(head) ? 3 : 0;
        Matcher m = DECLARED.matcher(new String(head, skip, Math.min(head.length, 512) - skip,
                StandardCharsets.ISO_8859_1));
        return m.find() ? m.group(1) : null;
    }

    private static boolean isUtf8(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("utf-8") || lower.equals("utf8");
    }
}
