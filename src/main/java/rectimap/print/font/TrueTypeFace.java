package rectimap.print.font;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * One TrueType face read in place from the bytes of a {@code .ttf} or a {@code .ttc} collection: nothing is parsed
 * beyond the table directory and the header fields; a character's glyph is found by searching the {@code cmap}
 * subtable where it lies, a glyph's advance by indexing {@code hmtx}. Opening the bundled 49,000-glyph face costs
 * microseconds instead of the tenth of a second a full parse takes (issue 13). Only glyph outlines ({@code glyf})
 * are supported: a CFF-flavoured face is refused. Immutable and safe to share between threads.
 */
public final class TrueTypeFace {

    /** A table's place in the file. */
    record Table(int offset, int length) {
    }

    private final ByteBuffer data;
    private final Map<String, Table> tables;
    private final int unitsPerEm;
    private final int numberOfHMetrics;
    private final boolean longLoca;
    private final int cmapOffset;
    private final int cmapFormat;

    private TrueTypeFace(ByteBuffer data, Map<String, Table> tables) throws IOException {
        this.data = data;
        this.tables = tables;
        for (String needed : new String[] {"head", "hhea", "hmtx", "maxp", "loca", "glyf", "cmap"}) {
            if (!tables.containsKey(needed)) {
                throw new IOException("not a TrueType face with glyph outlines: no '" + needed + "' table");
            }
        }
        int head = table("head").offset();
        unitsPerEm = u16(head + 18);
        longLoca = data.getShort(head + 50) == 1;
        numberOfHMetrics = u16(table("hhea").offset() + 34);
        int[] subtable = unicodeSubtable();
        cmapOffset = subtable[0];
        cmapFormat = subtable[1];
    }

    /**
     * Face {@code index} of {@code bytes}: a collection ({@code ttcf}) or a single face (then {@code index} must be 0).
     * The array is not copied: it must not change afterwards.
     */
    public static TrueTypeFace read(byte[] bytes, int index) throws IOException {
        ByteBuffer data = ByteBuffer.wrap(bytes);
        try {
            int directory = 0;
            if (data.getInt(0) == 0x74746366) { // 'ttcf'
                int faces = data.getInt(8);
                if (index < 0 || index >= faces) {
                    throw new IOException("the collection has " + faces + " faces, not face " + index);
                }
                directory = data.getInt(12 + 4 * index);
            } else if (index != 0) {
                throw new IOException("a single font file has only face 0, not face " + index);
            }
            int count = Short.toUnsignedInt(data.getShort(directory + 4));
            Map<String, Table> tables = new HashMap<>();
            for (int i = 0; i < count; i++) {
                int record = directory + 12 + 16 * i;
                String tag = new String(bytes, record, 4, StandardCharsets.ISO_8859_1);
                tables.put(tag, new Table(data.getInt(record + 8), data.getInt(record + 12)));
            }
            return new TrueTypeFace(data, tables);
        } catch (IndexOutOfBoundsException e) {
            throw new IOException("truncated or damaged font file", e);
        }
    }

    /** The glyph shown for {@code codePoint}, 0 (the missing glyph) when the face has none. */
    public int glyphId(int codePoint) {
        return cmapFormat == 12 ? glyphId12(codePoint) : glyphId4(codePoint);
    }

    /** True when the face has a glyph for {@code codePoint}. */
    public boolean has(int codePoint) {
        return glyphId(codePoint) != 0;
    }

    /** Advance width of glyph {@code gid} in font units. */
    public int advance(int gid) {
        int hmtx = table("hmtx").offset();
        return u16(hmtx + 4 * Math.min(gid, numberOfHMetrics - 1));
    }

    /** Left side bearing of glyph {@code gid} in font units. */
    int leftSideBearing(int gid) {
        int hmtx = table("hmtx").offset();
        return gid < numberOfHMetrics ? data.getShort(hmtx + 4 * gid + 2)
                : data.getShort(hmtx + 4 * numberOfHMetrics + 2 * (gid - numberOfHMetrics));
    }

    /** Font units per em (the PDF's glyph space is 1,000 per em). */
    public int unitsPerEm() {
        return unitsPerEm;
    }

    /** Number of glyphs in the face. */
    public int glyphCount() {
        return u16(table("maxp").offset() + 4);
    }

    /** The outline bytes of glyph {@code gid} (empty for a glyph without outline, such as the space). */
    ByteBuffer glyph(int gid) {
        int loca = table("loca").offset();
        int start = longLoca ? data.getInt(loca + 4 * gid) : 2 * u16(loca + 2 * gid);
        int end = longLoca ? data.getInt(loca + 4 * gid + 4) : 2 * u16(loca + 2 * gid + 2);
        return data.slice(table("glyf").offset() + start, Math.max(0, end - start));
    }

    /** Signed 16-bit value at {@code at} of table {@code tag} (a header field). */
    public int s16(String tag, int at) {
        return data.getShort(table(tag).offset() + at);
    }

    /** True when the face has table {@code tag}. */
    public boolean hasTable(String tag) {
        return tables.containsKey(tag);
    }

    /** Table {@code tag}'s bytes, or null when the face has no such table. */
    ByteBuffer tableBytes(String tag) {
        Table table = tables.get(tag);
        return table == null ? null : data.slice(table.offset(), table.length());
    }

    /** The face's PostScript name (name 6), or {@code fallback} when it has none. */
    public String postScriptName(String fallback) {
        Table name = tables.get("name");
        if (name == null) {
            return fallback;
        }
        int count = u16(name.offset() + 2);
        int strings = name.offset() + u16(name.offset() + 4);
        for (int i = 0; i < count; i++) {
            int record = name.offset() + 6 + 12 * i;
            if (u16(record + 6) == 6) {
                int platform = u16(record);
                byte[] raw = new byte[u16(record + 8)];
                data.get(strings + u16(record + 10), raw);
                String text = new String(raw, platform == 1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_16BE);
                return text.isBlank() ? fallback : text.strip();
            }
        }
        return fallback;
    }

    private Table table(String tag) {
        return tables.get(tag);
    }

    private int u16(int at) {
        return Short.toUnsignedInt(data.getShort(at));
    }

    /** The Unicode subtable searched: (3,10) format 12 first, then (3,1) or (0,x) format 4. */
    private int[] unicodeSubtable() throws IOException {
        int cmap = table("cmap").offset();
        int count = u16(cmap + 2);
        int[] best = null;
        for (int i = 0; i < count; i++) {
            int record = cmap + 4 + 8 * i;
            int platform = u16(record);
            int encoding = u16(record + 2);
            int offset = cmap + data.getInt(record + 4);
            int format = u16(offset);
            boolean unicode = platform == 0 || platform == 3 && (encoding == 1 || encoding == 10);
            if (unicode && format == 12) {
                return new int[] {offset, 12};
            }
            if (unicode && format == 4 && best == null) {
                best = new int[] {offset, 4};
            }
        }
        if (best == null) {
            throw new IOException("the face has no Unicode character map of format 4 or 12");
        }
        return best;
    }

    private int glyphId4(int codePoint) {
        if (codePoint > 0xFFFF) {
            return 0;
        }
        int segments = u16(cmapOffset + 6) / 2;
        int ends = cmapOffset + 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int ranges = deltas + 2 * segments;
        int low = 0;
        int high = segments - 1;
        while (low < high) { // the first segment whose end is >= codePoint
            int mid = (low + high) >>> 1;
            if (u16(ends + 2 * mid) < codePoint) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        int start = u16(starts + 2 * low);
        if (codePoint < start || codePoint > u16(ends + 2 * low)) {
            return 0;
        }
        int delta = data.getShort(deltas + 2 * low);
        int rangeOffset = u16(ranges + 2 * low);
        if (rangeOffset == 0) {
            return (codePoint + delta) & 0xFFFF;
        }
        int glyph = u16(ranges + 2 * low + rangeOffset + 2 * (codePoint - start));
        return glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
    }

    private int glyphId12(int codePoint) {
        int groups = data.getInt(cmapOffset + 12);
        int low = 0;
        int high = groups - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int group = cmapOffset + 16 + 12 * mid;
            if (codePoint < data.getInt(group)) {
                high = mid - 1;
            } else if (codePoint > data.getInt(group + 4)) {
                low = mid + 1;
            } else {
                return data.getInt(group + 8) + codePoint - data.getInt(group);
            }
        }
        return 0;
    }
}
