package rectimap.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Splits text into runs of one font each, so a character the bundled font lacks is shown in the first fallback font
 * that has it (PDFBox throws on a missing glyph). A character no font has is dropped from the output rather than
 * failing the export. Widths are per unit of font size.
 */
final class PdfTextRuns {

    /** A run of characters in one face and its advance width at font size 1. */
    record Run(PdfFonts.Face face, String text, double widthPerUnitSize) {
    }

    /** Ascent and descent at font size 1. */
    record Metrics(double ascent, double descent) {
    }

    private static final Map<PDType0Font, Metrics> METRICS = new ConcurrentHashMap<>();

    private PdfTextRuns() {
    }

    static List<Run> split(String text, PdfFonts fonts) throws IOException {
        List<Run> runs = new ArrayList<>(2);
        StringBuilder current = new StringBuilder();
        PdfFonts.Face currentFace = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            PdfFonts.Face face = fonts.faceFor(codePoint);
            if (face == null) {
                continue;
            }
            if (face != currentFace && current.length() > 0) {
                runs.add(run(currentFace, current.toString()));
                current.setLength(0);
            }
            currentFace = face;
            current.appendCodePoint(codePoint);
        }
        if (current.length() > 0) {
            runs.add(run(currentFace, current.toString()));
        }
        return runs;
    }

    private static Run run(PdfFonts.Face face, String text) throws IOException {
        return new Run(face, text, face.pdf().getStringWidth(text) / 1000.0);
    }

    /** Ascent and descent of the face from its font descriptor (1/1000 em units in PDF). */
    static Metrics metrics(PdfFonts.Face face) {
        return METRICS.computeIfAbsent(face.pdf(), font -> {
            PDFontDescriptor descriptor = font.getFontDescriptor();
            double ascent = descriptor == null ? 880 : descriptor.getAscent();
            double descent = descriptor == null ? 120 : Math.abs(descriptor.getDescent());
            return new Metrics(ascent / 1000.0, descent / 1000.0);
        });
    }
}
