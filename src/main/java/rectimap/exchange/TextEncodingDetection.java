package rectimap.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import rectimap.exchange.shapefile.CommonHanzi;

/**
 * Which encoding a Chinese text file (CSV, KML without a declaration) is in: a UTF-8 byte order mark decides;
 * otherwise strict UTF-8 decoding (GB18030 Chinese almost never decodes as UTF-8) and then strict GB18030.
 * {@link #unsure()} unless the answer is clear — the user (a preview) or the command line ({@code --encoding}) then
 * has to choose:
 * <ul>
 * <li>only UTF-8 decodes, or the text is ASCII: sure;</li>
 * <li>only GB18030 decodes: sure only when it reads as everyday Chinese ({@link CommonHanzi} share
 *     {@value #CLEAR_SHARE} or more over at least {@value #MIN_CHARACTERS} characters) — Latin-1 "México" decodes as
 *     GB18030 "M閤ico" too;</li>
 * <li>both decode (short UTF-8 text often is valid GB18030): sure only when UTF-8 reads as everyday Chinese over at
 *     least {@value #MIN_CHARACTERS_BOTH} characters and clearly better ({@value #CLEAR_LEAD}) than GB18030;</li>
 * <li>neither decodes: unsure.</li>
 * </ul>
 */
record TextEncodingDetection(Charset charset, boolean hasBom, boolean unsure) {
    static final Charset GB18030 = Charset.forName("GB18030");
    private static final double CLEAR_SHARE = 0.8;
    private static final double CLEAR_LEAD = 0.3;
    private static final int MIN_CHARACTERS = 4;
    private static final int MIN_CHARACTERS_BOTH = 8;

    static TextEncodingDetection of(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new TextEncodingDetection(StandardCharsets.UTF_8, true, false);
        }
        if (isAscii(bytes)) {
            return new TextEncodingDetection(StandardCharsets.UTF_8, false, false);
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        String gb = strict(bytes, GB18030);
        if (utf8 != null && gb == null) {
            return new TextEncodingDetection(StandardCharsets.UTF_8, false, false);
        }
        if (utf8 == null && gb != null) {
            return new TextEncodingDetection(GB18030, false, !readsAsChinese(gb, MIN_CHARACTERS));
        }
        if (utf8 == null) {
            return new TextEncodingDetection(StandardCharsets.UTF_8, false, true);
        }
        boolean clear = readsAsChinese(utf8, MIN_CHARACTERS_BOTH)
                && CommonHanzi.share(utf8) - CommonHanzi.share(gb) >= CLEAR_LEAD;
        return new TextEncodingDetection(StandardCharsets.UTF_8, false, !clear);
    }

    /** The text of {@code bytes} in {@code charset}, without a BOM; malformed bytes become U+FFFD. */
    static String decode(byte[] bytes, Charset charset) {
        int skip = charset.equals(StandardCharsets.UTF_8) && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(bytes, skip, bytes.length - skip, charset);
    }

    /** The text, or null when a sequence is malformed or unmappable in {@code charset}. */
    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Whether {@code text} holds at least {@code characters} non-ASCII characters, nearly all everyday Chinese. */
    private static boolean readsAsChinese(String text, int characters) {
        return text.chars().filter(c -> c >= 0x80).count() >= characters && CommonHanzi.share(text) >= CLEAR_SHARE;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
