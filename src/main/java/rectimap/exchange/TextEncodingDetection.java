package rectimap.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Which encoding a Chinese text file (CSV, KML without a declaration) is in: a UTF-8 byte order mark decides;
 * otherwise strict UTF-8 decoding (GB18030 Chinese almost never decodes as UTF-8) and then strict GB18030.
 * {@link #unsure()} when the bytes decode both ways and hold non-ASCII text, so the user should compare previews.
 */
record TextEncodingDetection(Charset charset, boolean hasBom, boolean unsure) {
    static final Charset GB18030 = Charset.forName("GB18030");

    static TextEncodingDetection of(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new TextEncodingDetection(StandardCharsets.UTF_8, true, false);
        }
        boolean utf8 = decodes(bytes, StandardCharsets.UTF_8);
        boolean gb = decodes(bytes, GB18030);
        if (utf8) {
            return new TextEncodingDetection(StandardCharsets.UTF_8, false, gb && !isAscii(bytes));
        }
        return new TextEncodingDetection(gb ? GB18030 : StandardCharsets.UTF_8, false, !gb);
    }

    /** The text of {@code bytes} in {@code charset}, without a BOM; malformed bytes become U+FFFD. */
    static String decode(byte[] bytes, Charset charset) {
        int skip = charset.equals(StandardCharsets.UTF_8) && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(bytes, skip, bytes.length - skip, charset);
    }

    /** Whether {@code bytes} decode in {@code charset} without a single malformed sequence. */
    static boolean decodes(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
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
