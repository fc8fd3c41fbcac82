package rectimap.print.font;

import java.io.IOException;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A face PDFBox parses and embeds: for a system font our own embedding does not read (OpenType with CFF outlines,
 * such as Noto Sans CJK). Glyphs shown are subset at {@link #embed}.
 *
 * @param pdf the PDF font, loaded for subsetting into the document
 * @param ttf the parsed font, to ask whether a character has a glyph
 */
public record PdfBoxFace(PDType0Font pdf, TrueTypeFont ttf) implements PdfFace {

    /** {@code ttf} loaded into {@code document} for embedding as a subset. */
    public static PdfBoxFace load(PDDocument document, TrueTypeFont ttf) throws IOException {
        return new PdfBoxFace(PDType0Font.load(document, ttf, true), ttf);
    }

    @Override
    public boolean has(int codePoint) {
        try {
            return ttf.getUnicodeCmapLookup().getGlyphId(codePoint) != 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public double width(String text) throws IOException {
        return pdf.getStringWidth(text) / 1000.0;
    }

    @Override
    public double ascent() {
        PDFontDescriptor descriptor = pdf.getFontDescriptor();
        return (descriptor == null ? 880 : descriptor.getAscent()) / 1000.0;
    }

    @Override
    public double descent() {
        PDFontDescriptor descriptor = pdf.getFontDescriptor();
        return Math.abs(descriptor == null ? 120 : descriptor.getDescent()) / 1000.0;
    }

    @Override
    public void select(FontContentStream stream, float size) throws IOException {
        stream.setFont(pdf, size);
    }

    @Override
    public void show(FontContentStream stream, String text) throws IOException {
        stream.showText(text);
    }

    @Override
    public void embed(PDDocument document) throws IOException {
        pdf.subset();
    }
}
