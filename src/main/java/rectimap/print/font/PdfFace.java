package rectimap.print.font;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * One font of one PDF document as the page painters use it: which characters it has, how wide a text is, and how to
 * show text in it on a page; {@link #embed} puts the glyphs shown into the document before it is saved. Not
 * thread-safe: the document's painters use it under one lock.
 */
public interface PdfFace {

    /** True when the face has a glyph for {@code codePoint}. */
    boolean has(int codePoint);

    /** The advance of {@code text} (every character of which the face has) at font size 1. */
    double width(String text) throws IOException;

    /** Ascent above the baseline at font size 1 (as the font descriptor states it). */
    double ascent();

    /** Descent below the baseline at font size 1, as a positive number. */
    double descent();

    /** Selects this face at {@code size} in {@code stream}'s text object ({@code Tf}). */
    void select(FontContentStream stream, float size) throws IOException;

    /** Shows {@code text} (every character of which the face has) at the text position ({@code Tj}). */
    void show(FontContentStream stream, String text) throws IOException;

    /** Embeds the glyphs shown so far as the font's subset: once, after the last page and before the save. */
    void embed(PDDocument document) throws IOException;
}
