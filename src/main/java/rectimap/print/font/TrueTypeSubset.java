package rectimap.print.font;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A TrueType font program holding only some glyphs of a {@link TrueTypeFace}, as a PDF embeds it (FontFile2 of a
 * CIDFontType2): the tables PDF names for that ({@code head hhea loca maxp cvt prep glyf hmtx fpgm}, and
 * {@code gasp}), the glyphs renumbered in ascending order of their original ids after the missing glyph 0, parts of
 * composite glyphs included and their references renumbered. The same glyphs always give the same bytes.
 *
 * @param program  the font file's bytes
 * @param oldToNew new glyph id of each original glyph id; 0 for glyphs not kept
 */
public record TrueTypeSubset(byte[] program, int[] oldToNew) {

    private static final String[] TABLES = {"cvt ", "fpgm", "gasp", "glyf", "head", "hhea", "hmtx", "loca", "maxp",
            "prep"};
    private static final int ARGS_ARE_WORDS = 0x0001;
    private static final int HAS_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int HAS_X_Y_SCALE = 0x0040;
    private static final int HAS_TWO_BY_TWO = 0x0080;

    /** The subset of {@code face} holding {@code glyphIds} (and glyph 0, and the parts of composite glyphs). */
    public static TrueTypeSubset of(TrueTypeFace face, SortedSet<Integer> glyphIds) {
        TreeSet<Integer> kept = new TreeSet<>(glyphIds);
        kept.add(0);
        List<Integer> pending = new ArrayList<>(kept);
        while (!pending.isEmpty()) { // composite glyphs need their parts
            for (int part : components(face.glyph(pending.remove(pending.size() - 1)))) {
                if (kept.add(part)) {
                    pending.add(part);
                }
            }
        }
        int[] oldToNew = new int[kept.last() + 1];
        int next = 0;
        for (int gid : kept) {
            oldToNew[gid] = next++;
        }
        ByteArrayOutputStream glyf = new ByteArrayOutputStream();
        ByteBuffer loca = ByteBuffer.allocate(4 * (kept.size() + 1));
        ByteBuffer hmtx = ByteBuffer.allocate(4 * kept.size());
        for (int gid : kept) {
            loca.putInt(glyf.size());
            byte[] outline = bytes(face.glyph(gid));
            renumberComponents(outline, oldToNew);
            glyf.writeBytes(outline);
            while (glyf.size() % 4 != 0) {
                glyf.write(0);
            }
            hmtx.putShort((short) face.advance(gid)).putShort((short) face.leftSideBearing(gid));
        }
        loca.putInt(glyf.size());
        List<byte[]> contents = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String tag : TABLES) {
            byte[] table = switch (tag) {
                case "glyf" -> glyf.toByteArray();
                case "loca" -> loca.array();
                case "hmtx" -> hmtx.array();
                default -> {
                    ByteBuffer original = face.tableBytes(tag);
                    yield original == null ? null : bytes(original);
                }
            };
            if (table == null) {
                continue;
            }
            ByteBuffer edit = ByteBuffer.wrap(table);
            switch (tag) {
                case "head" -> edit.putInt(8, 0).putShort(50, (short) 1); // checksum adjustment later; long loca
                case "hhea" -> edit.putShort(34, (short) kept.size());
                case "maxp" -> edit.putShort(4, (short) kept.size());
                default -> { }
            }
            tags.add(tag);
            contents.add(table);
        }
        return new TrueTypeSubset(assemble(tags, contents), oldToNew);
    }

    /** The sfnt file: table directory (tags in ascending order), tables on 4-byte bounds, head's checksum fixed. */
    private static byte[] assemble(List<String> tags, List<byte[]> contents) {
        int count = tags.size();
        int offset = 12 + 16 * count;
        int size = offset;
        for (byte[] table : contents) {
            size += (table.length + 3) & ~3;
        }
        ByteBuffer file = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(count);
        file.putInt(0x00010000).putShort((short) count).putShort((short) (16 * power))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (16 * (count - power)));
        int headOffset = 0;
        for (int i = 0; i < count; i++) {
            byte[] table = contents.get(i);
            for (char c : tags.get(i).toCharArray()) {
                file.put((byte) c);
            }
            file.putInt(checksum(ByteBuffer.wrap(table), table.length)).putInt(offset).putInt(table.length);
            file.put(offset, table);
            if (tags.get(i).equals("head")) {
                headOffset = offset;
            }
            offset += (table.length + 3) & ~3;
        }
        file.putInt(headOffset + 8, 0xB1B0AFBA - checksum(file, size));
        return file.array();
    }

    private static int checksum(ByteBuffer bytes, int length) {
        int sum = 0;
        for (int i = 0; i < length; i += 4) {
            int word = 0;
            for (int j = 0; j < 4; j++) {
                word = (word << 8) | (i + j < length ? bytes.get(i + j) & 0xFF : 0);
            }
            sum += word;
        }
        return sum;
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] copy = new byte[buffer.remaining()];
        buffer.duplicate().get(copy);
        return copy;
    }

    /** The glyph ids a composite glyph is built of (none for a simple or empty glyph). */
    private static List<Integer> components(ByteBuffer glyph) {
        List<Integer> parts = new ArrayList<>();
        if (glyph.remaining() < 10 || glyph.getShort(0) >= 0) {
            return parts;
        }
        int at = 10;
        int flags;
        do {
            flags = Short.toUnsignedInt(glyph.getShort(at));
            parts.add(Short.toUnsignedInt(glyph.getShort(at + 2)));
            at += componentLength(flags);
        } while ((flags & MORE_COMPONENTS) != 0);
        return parts;
    }

    private static void renumberComponents(byte[] outline, int[] oldToNew) {
        ByteBuffer glyph = ByteBuffer.wrap(outline);
        if (outline.length < 10 || glyph.getShort(0) >= 0) {
            return;
        }
        int at = 10;
        int flags;
        do {
            flags = Short.toUnsignedInt(glyph.getShort(at));
            glyph.putShort(at + 2, (short) oldToNew[Short.toUnsignedInt(glyph.getShort(at + 2))]);
            at += componentLength(flags);
        } while ((flags & MORE_COMPONENTS) != 0);
    }

    /** Bytes of one component record: flags, glyph index, arguments and transform. */
    private static int componentLength(int flags) {
        int length = 4 + ((flags & ARGS_ARE_WORDS) != 0 ? 4 : 2);
        if ((flags & HAS_SCALE) != 0) {
            length += 2;
        } else if ((flags & HAS_X_Y_SCALE) != 0) {
            length += 4;
        } else if ((flags & HAS_TWO_BY_TWO) != 0) {
            length += 8;
        }
        return length;
    }
}
