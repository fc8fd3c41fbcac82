package rectimap.exchange.encoding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * What the bytes of undeclared text say about their encoding, and the one rule that decides how sure that is — the
 * rule every importer (CSV, Shapefile DBF, GeoJSON, KML) asks, so the same names get the same answer everywhere:
 * <ul>
 * <li>no byte above ASCII: any encoding reads it (UTF-8), sure;</li>
 * <li>only UTF-8 decodes: UTF-8, sure (GBK Chinese almost never is valid UTF-8);</li>
 * <li>only GB18030 decodes: GB18030, sure only when it reads as everyday Chinese ({@link CommonHanzi} share
 *     {@value #CLEAR_SHARE} or more) over at least {@value #MIN_GB_CHARACTERS} characters — Latin-1 "México"
 *     decodes as GB18030 "M閤ico" too, and two characters are too few to tell;</li>
 * <li>both decode: UTF-8, sure only when UTF-8 reads as everyday Chinese and GB18030 does not ("村部" reads
 *     "鏉戦儴"); when both read as plausible Chinese, or neither does ("Café" / "Caf茅"), unsure;</li>
 * <li>neither decodes: unsure.</li>
 * </ul>
 * Text is seen in values ({@link #see}: a DBF field) or whole ({@link #ofText}: split into values at bytes that are
 * ASCII punctuation or blanks in both encodings, which no GB18030 character contains). Validity is counted over
 * everything seen, the everyday-hanzi shares over the first {@value #MAX_SCORED} values. Not thread-safe.
 */
public final class TextEvidence {
    public static final Charset GB18030 = Charset.forName("GB18030");
    static final double CLEAR_SHARE = 0.8;
    static final int MIN_GB_CHARACTERS = 4;
    static final int MAX_SCORED = 20_000;
    private static final int MAX_VALUE_BYTES = 1 << 16;

    private final CharsetDecoder utf8 = strictDecoder(StandardCharsets.UTF_8);
    private final CharsetDecoder gb = strictDecoder(GB18030);
    private long nonAsciiValues;
    private long utf8Invalid;
    private long gbInvalid;
    private final Reading utf8Reading = new Reading();
    private final Reading gbReading = new Reading();
    private byte[] firstNonAscii;

    /** The characters a decoding gave over the scored values: non-ASCII ones and everyday ones among them. */
    private static final class Reading {
        long characters;
        long common;

        void add(String text) {
            characters += text.chars().filter(c -> c >= 0x80).count();
            common += CommonHanzi.count(text);
        }

        double share() {
            return characters == 0 ? 0 : (double) common / characters;
        }

        boolean readsAsChinese(int minCharacters) {
            return characters >= minCharacters && share() >= CLEAR_SHARE;
        }
    }

    /** The evidence of a whole text held in memory (a CSV, a GeoJSON or KML document). */
    public static TextEvidence ofText(byte[] text) {
        TextEvidence evidence = new TextEvidence();
        int start = 0;
        for (int i = 0; i <= text.length; i++) {
            if (i == text.length || separates(text[i]) || i - start >= MAX_VALUE_BYTES) {
                evidence.see(ByteBuffer.wrap(text), start, i - start);
                start = i + (i < text.length && separates(text[i]) ? 1 : 0);
            }
        }
        return evidence;
    }

    /** The evidence of a whole text read from {@code in} (not closed), in bounded memory. */
    public static TextEvidence ofText(InputStream in) throws IOException {
        TextEvidence evidence = new TextEvidence();
        byte[] value = new byte[MAX_VALUE_BYTES];
        int length = 0;
        byte[] chunk = new byte[1 << 16];
        for (int read; (read = in.read(chunk)) >= 0; ) {
            for (int i = 0; i < read; i++) {
                if (separates(chunk[i]) || length == value.length) {
                    evidence.see(ByteBuffer.wrap(value), 0, length);
                    length = 0;
                }
                if (!separates(chunk[i])) {
                    value[length++] = chunk[i];
                }
            }
        }
        evidence.see(ByteBuffer.wrap(value), 0, length);
        return evidence;
    }

    /** Counts one value, {@code bytes[from, from+length)}; ASCII-only values say nothing and are skipped. */
    public void see(ByteBuffer bytes, int from, int length) {
        if (!hasHighBytes(bytes, from, length)) {
            return;
        }
        boolean scored = nonAsciiValues++ < MAX_SCORED;
        if (firstNonAscii == null) {
            firstNonAscii = new byte[Math.min(length, 200)];
            bytes.get(from, firstNonAscii);
        }
        String asUtf8 = strict(utf8, bytes, from, length);
        String asGb = strict(gb, bytes, from, length);
        if (asUtf8 == null) {
            utf8Invalid++;
        } else if (scored) {
            utf8Reading.add(asUtf8);
        }
        if (asGb == null) {
            gbInvalid++;
        } else if (scored) {
            gbReading.add(asGb);
        }
    }

    /** The rule above, applied to what was seen. */
    public EncodingVerdict verdict() {
        String counts = String.format(" (%,d non-ASCII values: %,d invalid as UTF-8, %,d invalid as GB18030;"
                + " everyday hanzi share %.2f as UTF-8, %.2f as GB18030)", nonAsciiValues, utf8Invalid, gbInvalid,
                utf8Reading.share(), gbReading.share());
        if (nonAsciiValues == 0) {
            return new EncodingVerdict(StandardCharsets.UTF_8, EncodingVerdict.Basis.ASCII_ONLY, "all text is ASCII");
        }
        if (utf8Invalid == 0 && gbInvalid > 0) {
            return new EncodingVerdict(StandardCharsets.UTF_8, EncodingVerdict.Basis.ONLY_ONE_DECODES,
                    "only UTF-8 decodes" + counts);
        }
        if (gbInvalid == 0 && utf8Invalid > 0) {
            return new EncodingVerdict(GB18030, gbReading.readsAsChinese(MIN_GB_CHARACTERS)
                    ? EncodingVerdict.Basis.READS_AS_CHINESE : EncodingVerdict.Basis.UNSURE,
                    "only GB18030 decodes" + counts);
        }
        if (utf8Invalid == 0) {
            boolean clear = utf8Reading.readsAsChinese(1) && !gbReading.readsAsChinese(1);
            Charset better = utf8Reading.share() >= gbReading.share() ? StandardCharsets.UTF_8 : GB18030;
            return new EncodingVerdict(better, clear ? EncodingVerdict.Basis.READS_AS_CHINESE
                    : EncodingVerdict.Basis.UNSURE, "both decode" + counts);
        }
        return new EncodingVerdict(utf8Invalid <= gbInvalid ? StandardCharsets.UTF_8 : GB18030,
                EncodingVerdict.Basis.UNSURE, "neither decodes" + counts);
    }

    /** Whether GB18030 decodes every value and reads as everyday Chinese, as the rule requires to be sure of it. */
    public boolean readsAsChineseInGb18030() {
        return gbInvalid == 0 && gbReading.readsAsChinese(MIN_GB_CHARACTERS);
    }

    public long nonAsciiValues() {
        return nonAsciiValues;
    }

    /** How many values {@code charset} (UTF-8, or GB18030/GBK) cannot decode. */
    public long invalidIn(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) ? utf8Invalid : gbInvalid;
    }

    /** The candidates' readings of the first non-ASCII value, {@code UTF-8: "…" / GBK: "…"}, for a refusal. */
    public String readings() {
        byte[] first = firstNonAscii == null ? new byte[0] : firstNonAscii;
        return "UTF-8: \"" + new String(first, StandardCharsets.UTF_8) + "\" / GBK: \"" + new String(first, GB18030)
                + "\"";
    }

    /** Whether {@code b} ends a value: ASCII blanks and punctuation no GB18030 character holds as a byte. */
    private static boolean separates(byte b) {
        return b >= 0 && (b < 0x30 || b >= 0x3A && b <= 0x3F);
    }

    private static boolean hasHighBytes(ByteBuffer bytes, int from, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes.get(from + i) < 0) {
                return true;
            }
        }
        return false;
    }

    private static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The text, or null when a sequence is malformed or unmappable. */
    private static String strict(CharsetDecoder decoder, ByteBuffer bytes, int from, int length) {
        decoder.reset();
        try {
            CharBuffer chars = decoder.decode(bytes.slice(from, length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
