package rectimap.exchange.shapefile;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/** Decoding DBF text: trailing blanks and NULs dropped, then strict or replacing decoding. Stateless. */
final class TextBytes {
    private TextBytes() {
    }

    /** The length of {@code bytes[from, from+length)} without trailing spaces and NULs. */
    static int trimmedLength(ByteBuffer bytes, int from, int length) {
        int end = length;
        while (end > 0) {
            byte b = bytes.get(from + end - 1);
            if (b != ' ' && b != 0) {
                break;
            }
            end--;
        }
        return end;
    }

    /** Whether any byte has the high bit set (so the encoding matters). */
    static boolean hasHighBytes(ByteBuffer bytes, int from, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes.get(from + i) < 0) {
                return true;
            }
        }
        return false;
    }

    /** Strict decoding: null when the bytes are not valid in {@code charset}. */
    static String strict(CharsetDecoder decoder, ByteBuffer bytes, int from, int length) {
        decoder.reset();
        decoder.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(bytes.slice(from, length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Decoding that shows undecodable bytes as U+FFFD, for previews. */
    static String replacing(Charset charset, ByteBuffer bytes, int from, int length) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return decoder.decode(bytes.slice(from, length)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder does not throw", e);
        }
    }
}
