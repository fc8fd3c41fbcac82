package rectimap.print.font;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our own reading and embedding of TrueType faces against FontBox/PDFBox reading the same files: the same glyphs and
 * widths, a subset holding exactly the glyphs shown (and the parts of composite glyphs) with the original outlines,
 * text that extracts through ToUnicode, and the same bytes for the same glyphs.
 */
class EmbeddedCidFontTest {

    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static byte[] bundledBytes;
    private static TrueTypeFace bundled;
    private static TrueTypeFont bundledByFontBox;

    @BeforeAll
    static void readBundled() throws Exception {
        try (InputStream in = EmbeddedCidFontTest.class.getResourceAsStream("/fonts/wqy-microhei.ttc")) {
            bundledBytes = in.readAllBytes();
        }
        bundled = TrueTypeFace.read(bundledBytes, 0);
        bundledByFontBox = new TrueTypeCollection(new java.io.ByteArrayInputStream(bundledBytes))
                .getFontByName("WenQuanYiMicroHei");
    }

    @Test
    void glyphsAndAdvancesAreThoseFontBoxReads() throws Exception {
        var cmap = bundledByFontBox.getUnicodeCmapLookup();
        int found = 0;
        for (int codePoint = 0; codePoint < 0x30000; codePoint++) {
            assertThat(bundled.glyphId(codePoint)).as("U+%04X", codePoint).isEqualTo(cmap.getGlyphId(codePoint));
            found += bundled.has(codePoint) ? 1 : 0;
        }
        assertThat(found).isGreaterThan(20_000);
        for (int gid = 0; gid < bundledByFontBox.getNumberOfGlyphs(); gid++) {
            assertThat(bundled.advance(gid)).isEqualTo(bundledByFontBox.getAdvanceWidth(gid));
        }
        assertThat(bundled.glyphCount()).isEqualTo(bundledByFontBox.getNumberOfGlyphs());
        assertThat(bundled.postScriptName("?")).isEqualTo("WenQuanYiMicroHei");
    }

    @Test
    void theSubsetHoldsExactlyTheGlyphsShownWithTheirOutlinesAndTheTextExtracts() throws Exception {
        String text = "解州镇 Yanhu 1:16,000 解州";
        EmbeddedCidFont font = new EmbeddedCidFont(bundled, "WenQuanYiMicroHei");
        byte[] pdf = show(font, text);
        long distinct = text.codePoints().distinct().count();
        assertThat(font.shownGlyphs()).hasSize((int) distinct);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).strip()).isEqualTo(text);
            PDType0Font loaded = onlyFont(document.getPage(0).getResources());
            assertThat(loaded.isEmbedded()).isTrue();
            assertThat(loaded.getName()).matches("[A-Z]{6}\\+WenQuanYiMicroHei");
            PDCIDFontType2 cid = (PDCIDFontType2) loaded.getDescendantFont();
            TrueTypeFont subset = new TTFParser(true).parse(new RandomAccessReadBuffer(
                    cid.getFontDescriptor().getFontFile2().toByteArray()));
            // The glyphs shown, the missing glyph 0 and the parts of composite glyphs (FontBox's reading), no more.
            assertThat(subset.getNumberOfGlyphs()).isEqualTo(withParts(bundledByFontBox, font.shownGlyphs()).size());
            for (int gid : font.shownGlyphs()) {
                int inSubset = cid.codeToGID(gid);
                assertThat(inSubset).isPositive();
                assertThat(bounds(subset, inSubset)).isEqualTo(bounds(bundledByFontBox, gid));
                assertThat(subset.getAdvanceWidth(inSubset)).isEqualTo(bundledByFontBox.getAdvanceWidth(gid));
            }
            // Widths in the PDF are those PDFBox's own embedding gives, so layouts measured either way agree.
            try (PDDocument pdfBox = new PDDocument()) {
                float expected = PDType0Font.load(pdfBox, bundledByFontBox, true).getStringWidth(text);
                assertThat(loaded.getStringWidth(text)).isEqualTo(expected);
                assertThat(font.width(text) * 1000).isEqualTo(expected);
            }
        }
    }

    @Test
    void aCompositeGlyphIsEmbeddedWithItsParts() throws Exception {
        TrueTypeFont dejaVu = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(DEJAVU)));
        String composite = null;
        for (String candidate : List.of("é", "Å", "ñ", "ç", "ǻ", "ṏ")) {
            GlyphData glyph = dejaVu.getGlyph().getGlyph(dejaVu.getUnicodeCmapLookup().getGlyphId(
                    candidate.codePointAt(0)));
            if (glyph.getDescription().isComposite()) {
                composite = candidate;
                break;
            }
        }
        assertThat(composite).as("DejaVu Sans builds an accented letter from parts").isNotNull();
        TrueTypeFace face = TrueTypeFace.read(Files.readAllBytes(DEJAVU), 0);
        EmbeddedCidFont font = new EmbeddedCidFont(face, face.postScriptName("DejaVuSans"));
        try (PDDocument document = Loader.loadPDF(show(font, composite))) {
            assertThat(new PDFTextStripper().getText(document).strip()).isEqualTo(composite);
            PDCIDFontType2 cid = (PDCIDFontType2) onlyFont(document.getPage(0).getResources()).getDescendantFont();
            TrueTypeFont subset = new TTFParser(true).parse(new RandomAccessReadBuffer(
                    cid.getFontDescriptor().getFontFile2().toByteArray()));
            assertThat(subset.getNumberOfGlyphs()).isGreaterThan(2); // the letter, its parts and the missing glyph
            int gid = face.glyphId(composite.codePointAt(0));
            assertThat(bounds(subset, cid.codeToGID(gid))).isEqualTo(bounds(dejaVu, gid));
        }
    }

    @Test
    void theSameGlyphsGiveTheSameFontWhateverTheOrderTheyAreShownIn() throws Exception {
        byte[] first = show(new EmbeddedCidFont(bundled, "WenQuanYiMicroHei"), "中城街道", "北城街道");
        byte[] second = show(new EmbeddedCidFont(bundled, "WenQuanYiMicroHei"), "北城街道", "中城街道");
        List<byte[]> a = fontStreams(first);
        List<byte[]> b = fontStreams(second);
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i)).as("font stream %d", i).isEqualTo(a.get(i));
        }
    }

    /** A one-page PDF showing each of {@code lines} in {@code font}, the font embedded, saved. */
    private static byte[] show(EmbeddedCidFont font, String... lines) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                FontContentStream text = new FontContentStream(stream, page.getResources());
                for (int i = 0; i < lines.length; i++) {
                    stream.beginText();
                    font.select(text, 12);
                    stream.setTextMatrix(Matrix.getTranslateInstance(50, 700 - 20 * i));
                    font.show(text, lines[i]);
                    stream.endText();
                }
            }
            font.embed(document);
            document.save(out);
        }
        return out.toByteArray();
    }

    private static PDType0Font onlyFont(PDResources resources) throws Exception {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        assertThat(fonts).hasSize(1);
        return (PDType0Font) fonts.get(0);
    }

    private static List<byte[]> fontStreams(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDType0Font font = onlyFont(document.getPage(0).getResources());
            PDCIDFontType2 cid = (PDCIDFontType2) font.getDescendantFont();
            return List.of(cid.getFontDescriptor().getFontFile2().toByteArray(),
                    font.getCOSObject().getCOSStream(COSName.TO_UNICODE).createInputStream().readAllBytes(),
                    cid.getCOSObject().getCOSStream(COSName.CID_TO_GID_MAP).createInputStream().readAllBytes(),
                    font.getName().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
    }

    private static java.util.Set<Integer> withParts(TrueTypeFont font, java.util.Set<Integer> glyphs) throws Exception {
        java.util.Set<Integer> all = new java.util.TreeSet<>(glyphs);
        all.add(0);
        java.util.Deque<Integer> pending = new java.util.ArrayDeque<>(all);
        while (!pending.isEmpty()) {
            GlyphData glyph = font.getGlyph().getGlyph(pending.pop());
            if (glyph != null && glyph.getDescription().isComposite()) {
                for (var part : ((org.apache.fontbox.ttf.GlyfCompositeDescript) glyph.getDescription()).getComponents()) {
                    if (all.add(part.getGlyphIndex())) {
                        pending.push(part.getGlyphIndex());
                    }
                }
            }
        }
        return all;
    }

    private static Rectangle2D bounds(TrueTypeFont font, int gid) throws Exception {
        return font.getGlyph().getGlyph(gid).getPath().getBounds2D();
    }
}
