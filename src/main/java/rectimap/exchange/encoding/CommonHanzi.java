package rectimap.exchange.encoding;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * How much of a text is everyday Chinese: the share of its non-ASCII characters that are GB2312 level-1 hanzi
 * (the 3,755 most used characters) or GB2312 punctuation. Real Chinese scores near 1 in its right encoding; text
 * decoded with the wrong one (乱码) yields rare characters and scores low. Used only to rank two decodings that are
 * both valid.
 */
public final class CommonHanzi {
    private static final Charset GB2312 = Charset.forName("GB2312");

    private CommonHanzi() {
    }

    /** The share, 0..1, of common characters among the non-ASCII ones (0 when there are none). */
    public static double share(String text) {
        long nonAscii = text.chars().filter(c -> c >= 0x80).count();
        return nonAscii == 0 ? 0 : (double) count(text) / nonAscii;
    }

    /** How many characters of {@code text} are common ones. */
    public static int count(String text) {
        CharsetEncoder encoder = GB2312.newEncoder();
        int common = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 || Character.isSurrogate(c) || !encoder.canEncode(c)) {
                continue;
            }
            try {
                byte lead = encoder.encode(java.nio.CharBuffer.wrap(new char[] {c})).get(0);
                int unsigned = lead & 0xff;
                if (unsigned >= 0xB0 && unsigned <= 0xD7 || unsigned >= 0xA1 && unsigned <= 0xA3) {
                    common++;
                }
            } catch (java.nio.charset.CharacterCodingException e) {
                // canEncode said yes; nothing to count if the encoder disagrees
            }
        }
        return common;
    }
}
