package rectimap.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import rectimap.print.font.PdfFace;

/**
 * Splits text into runs of one font each, so a character the bundled font lacks is shown in the first fallback font
 * that has it. A character no font has is dropped from the output rather than failing the export. Widths are per
 * unit of font size.
 */
final class PdfTextRuns {

    /** A run of characters in one face and its advance width at font size 1. */
    record Run(PdfFace face, String text, double widthPerUnitSize) {
    }

    private PdfTextRuns() {
    }

    static List<Run> split(String text, PdfFonts fonts) throws IOException {
        List<Run> runs = new ArrayList<>(2);
        StringBuilder current = new StringBuilder();
        PdfFace currentFace = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            PdfFace face = fonts.faceFor(codePoint);
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

    private static Run run(PdfFace face, String text) throws IOException {
        return new Run(face, text, face.width(text));
    }
}
