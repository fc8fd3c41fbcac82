package rectimap.print.font;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A TrueType face embedded in one PDF by our own code, as PDFBox would (Type 0 font, Identity-H, CIDFontType2 whose
 * CIDs are the face's glyph ids), but from a {@link TrueTypeFace} read in place: nothing is built for the 49,000
 * glyphs of the bundled face, only for the glyphs shown. The font dictionary exists from the start (pages name it);
 * {@link #embed} fills it with the subset program, the widths, the CID-to-glyph map and the ToUnicode map (text stays
 * extractable). Widths are those PDFBox gives (font units scaled to 1/1000 em, rounded), so layouts do not change.
 */
public final class EmbeddedCidFont implements PdfFace {

    private final TrueTypeFace face;
    private final String name;
    private final float scale;
    private final COSDictionary type0 = new COSDictionary();
    /** Each glyph shown, with the smallest code point shown with it (the same whatever order pages are painted in). */
    private final TreeMap<Integer, Integer> shown = new TreeMap<>();

    /** {@code face} for one document, named {@code postScriptName} (with a subset tag) in the PDF. */
    public EmbeddedCidFont(TrueTypeFace face, String postScriptName) {
        this.face = face;
        this.name = postScriptName;
        this.scale = 1000f / face.unitsPerEm();
    }

    @Override
    public boolean has(int codePoint) {
        return face.has(codePoint);
    }

    @Override
    public double width(String text) {
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            width += glyphWidth(face.glyphId(codePoint));
        }
        return width / 1000.0;
    }

    @Override
    public double ascent() {
        return face.s16("hhea", 4) * scale / 1000.0;
    }

    @Override
    public double descent() {
        return Math.abs(face.s16("hhea", 6) * scale) / 1000.0;
    }

    @Override
    public void select(FontContentStream stream, float size) throws IOException {
        stream.setFont(type0, size);
    }

    @Override
    public void show(FontContentStream stream, String text) throws IOException {
        byte[] codes = new byte[2 * text.length()];
        int length = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            int gid = face.glyphId(codePoint);
            shown.merge(gid, codePoint, Math::min);
            codes[length++] = (byte) (gid >> 8);
            codes[length++] = (byte) gid;
        }
        stream.showCodes(java.util.Arrays.copyOf(codes, length));
    }

    /** The glyphs shown so far (original glyph ids = CIDs), ascending. */
    java.util.SortedSet<Integer> shownGlyphs() {
        return java.util.Collections.unmodifiableSortedSet(shown.navigableKeySet());
    }

    @Override
    public void embed(PDDocument document) throws IOException {
        TrueTypeSubset subset = TrueTypeSubset.of(face, shown.navigableKeySet());
        String baseFont = tag() + "+" + name;
        COSDictionary descriptor = descriptor(baseFont);
        COSStream program = stream(document, subset.program());
        program.setInt(COSName.LENGTH1, subset.program().length);
        descriptor.setItem(COSName.FONT_FILE2, program);

        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setName(COSName.BASE_FONT, baseFont);
        COSDictionary system = new COSDictionary();
        system.setItem(COSName.REGISTRY, new COSString("Adobe"));
        system.setItem(COSName.ORDERING, new COSString("Identity"));
        system.setInt(COSName.SUPPLEMENT, 0);
        cidFont.setItem(COSName.CIDSYSTEMINFO, system);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setItem(COSName.W, widths());
        cidFont.setItem(COSName.CID_TO_GID_MAP, stream(document, cidToGid(subset.oldToNew())));

        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, baseFont);
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        type0.setItem(COSName.TO_UNICODE, stream(document, toUnicode().getBytes(StandardCharsets.US_ASCII)));
    }

    private int glyphWidth(int gid) {
        return Math.round(face.advance(gid) * scale);
    }

    /** Six capital letters that depend only on the glyphs shown (PDF's subset tag). */
    private String tag() {
        long hash = 1125899906842597L;
        for (int gid : shown.keySet()) {
            hash = 31 * hash + gid;
        }
        StringBuilder tag = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Math.floorMod(hash, 26)));
            hash = Math.floorDiv(hash, 26);
        }
        return tag.toString();
    }

    private COSDictionary descriptor(String baseFont) {
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, baseFont);
        descriptor.setInt(COSName.FLAGS, 4); // symbolic: glyphs are addressed by id, not by a standard encoding
        float left = face.s16("head", 36) * scale;
        float right = face.s16("head", 40) * scale;
        COSArray box = new COSArray();
        for (float value : new float[] {left, face.s16("head", 38) * scale, right, face.s16("head", 42) * scale}) {
            box.add(new COSFloat(value));
        }
        descriptor.setItem(COSName.FONT_BBOX, box);
        descriptor.setFloat(COSName.ITALIC_ANGLE, face.hasTable("post") ? face.s16("post", 4) : 0);
        descriptor.setFloat(COSName.ASCENT, face.s16("hhea", 4) * scale);
        descriptor.setFloat(COSName.DESCENT, face.s16("hhea", 6) * scale);
        if (face.hasTable("OS/2") && face.s16("OS/2", 0) >= 2) {
            descriptor.setFloat(COSName.FONT_WEIGHT, face.s16("OS/2", 4));
            descriptor.setFloat(COSName.CAP_HEIGHT, face.s16("OS/2", 88) * scale);
            descriptor.setFloat(COSName.XHEIGHT, face.s16("OS/2", 86) * scale);
        } else {
            descriptor.setFloat(COSName.CAP_HEIGHT, face.s16("hhea", 4) * scale);
        }
        descriptor.setFloat(COSName.STEM_V, (right - left) * .13f);
        return descriptor;
    }

    /** W: widths of the glyphs shown that differ from the default 1,000, consecutive CIDs in one array. */
    private COSArray widths() {
        COSArray w = new COSArray();
        COSArray run = null;
        int previous = -2;
        for (int gid : shown.keySet()) {
            int width = glyphWidth(gid);
            if (width == 1000) {
                continue;
            }
            if (gid != previous + 1 || run == null) {
                run = new COSArray();
                w.add(COSInteger.get(gid));
                w.add(run);
            }
            run.add(COSInteger.get(width));
            previous = gid;
        }
        return w;
    }

    private static byte[] cidToGid(int[] oldToNew) {
        byte[] map = new byte[2 * oldToNew.length];
        for (int cid = 0; cid < oldToNew.length; cid++) {
            map[2 * cid] = (byte) (oldToNew[cid] >> 8);
            map[2 * cid + 1] = (byte) oldToNew[cid];
        }
        return map;
    }

    /** The ToUnicode CMap: each glyph shown to its character. */
    private String toUnicode() {
        StringBuilder cmap = new StringBuilder(64 * shown.size() + 400).append("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """);
        int inBlock = 0;
        for (Map.Entry<Integer, Integer> glyph : shown.entrySet()) {
            if (inBlock == 0) {
                cmap.append(Math.min(100, shown.tailMap(glyph.getKey()).size())).append(" beginbfchar\n");
            }
            hex4(cmap.append('<'), glyph.getKey()).append("> <");
            for (char c : Character.toChars(glyph.getValue())) {
                hex4(cmap, c);
            }
            cmap.append(">\n");
            if (++inBlock == 100 || glyph.getKey().equals(shown.lastKey())) {
                cmap.append("endbfchar\n");
                inBlock = 0;
            }
        }
        return cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
    }

    private static StringBuilder hex4(StringBuilder to, int value) {
        for (int shift = 12; shift >= 0; shift -= 4) {
            to.append(Character.toUpperCase(Character.forDigit((value >> shift) & 0xF, 16)));
        }
        return to;
    }

    private static COSStream stream(PDDocument document, byte[] bytes) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(bytes);
        }
        return stream;
    }
}
