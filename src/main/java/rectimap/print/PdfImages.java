package rectimap.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Imagery as PDF image XObjects: the colour as a JPEG ({@code /DCTDecode}, quality {@link #JPEG_QUALITY}), which
 * keeps an A3 orthophoto sheet at 300 dpi to a few megabytes where a lossless image would take tens; where the image
 * has transparent pixels (outside the raster's coverage) a lossless grey soft mask, whose flat areas compress to
 * almost nothing and whose edge stays sharp.
 */
final class PdfImages {

    /** JPEG quality of imagery on sheets: no visible blocks at 300 dpi, about 1.5 bits per pixel for orthophotos. */
    static final float JPEG_QUALITY = 0.8f;

    private PdfImages() {
    }

    /** {@code image} (any type; alpha honoured) as a JPEG image XObject of {@code document}. */
    static PDImageXObject jpeg(PDDocument document, BufferedImage image) throws IOException {
        int width = image.getWidth();
        int height = image.getHeight();
        BufferedImage colour = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        BufferedImage mask = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        boolean transparent = false;
        int[] row = new int[width];
        byte[] alphaRow = new byte[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int alpha = row[x] >>> 24;
                transparent |= alpha != 255;
                alphaRow[x] = (byte) alpha;
            }
            colour.setRGB(0, y, width, 1, row, 0, width);
            mask.getRaster().setDataElements(0, y, width, 1, alphaRow);
        }
        PDImageXObject xobject = JPEGFactory.createFromImage(document, colour, JPEG_QUALITY);
        if (transparent) {
            PDImageXObject softMask = LosslessFactory.createFromImage(document, mask);
            xobject.getCOSObject().setItem(COSName.SMASK, softMask);
        }
        return xobject;
    }
}
