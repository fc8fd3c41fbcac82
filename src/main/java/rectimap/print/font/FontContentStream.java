package rectimap.print.font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Text operators of one page's content stream for both kinds of {@link PdfFace}: a PDFBox font goes through PDFBox;
 * a font built here ({@link EmbeddedCidFont}) is named in the page's resources like PDFBox names its fonts, and its
 * glyph codes are written as PDFBox writes them ({@code /F1 12 Tf}, {@code <hex> Tj}).
 *
 * @param stream    the page's content stream, inside a text object when text is shown
 * @param resources the page's resources (where font names are kept)
 */
public record FontContentStream(PDPageContentStream stream, PDResources resources) {

    /** {@code Tf} with a PDFBox font. */
    void setFont(org.apache.pdfbox.pdmodel.font.PDFont font, float size) throws IOException {
        stream.setFont(font, size);
    }

    /** {@code Tj} of {@code text} in the PDFBox font set last. */
    void showText(String text) throws IOException {
        stream.showText(text);
    }

    /** {@code Tf} with {@code font}, named in the page's resources on its first use. */
    @SuppressWarnings("deprecation") // raw commands: the one way to write an operator PDFBox's API does not offer
    void setFont(COSDictionary font, float size) throws IOException {
        COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fonts == null) {
            fonts = new COSDictionary();
            resources.getCOSObject().setItem(COSName.FONT, fonts);
        }
        COSName name = null;
        for (COSName key : fonts.keySet()) {
            if (fonts.getDictionaryObject(key) == font) {
                name = key;
            }
        }
        if (name == null) {
            int n = fonts.size();
            do {
                name = COSName.getPDFName("F" + ++n);
            } while (fonts.containsKey(name));
            fonts.setItem(name, font);
        }
        stream.appendRawCommands("/" + name.getName() + " ");
        stream.appendRawCommands(size);
        stream.appendRawCommands("Tf\n");
    }

    /** {@code Tj} of already encoded glyph codes. */
    @SuppressWarnings("deprecation")
    void showCodes(byte[] codes) throws IOException {
        ByteArrayOutputStream string = new ByteArrayOutputStream(2 * codes.length + 2);
        COSWriter.writeString(codes, string);
        string.write(" Tj\n".getBytes(StandardCharsets.US_ASCII));
        stream.appendRawCommands(string.toByteArray());
    }
}
