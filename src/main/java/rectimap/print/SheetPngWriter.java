package rectimap.print;

import java.io.IOException;
import java.io.OutputStream;
import rectimap.render.ImageSurface;
import rectimap.render.MapFonts;

/**
 * Writes one sheet as a PNG at a given dpi through the same {@link SheetPainter} as the PDF (Java2D via
 * {@link ImageSurface}, bundled font so every machine gives the same picture). An A3 sheet at 300 dpi is
 * 4961 × 3508 pixels (about 70 MB while drawing). The stream is not closed. Any thread.
 */
public final class SheetPngWriter {

    private static final double MM_PER_INCH = 25.4;

    private SheetPngWriter() {
    }

    /** The image size in pixels of a sheet at {@code dpi}: {width, height}. */
    public static int[] pixelSize(SheetSpec spec, double dpi) {
        return new int[] {(int) Math.round(spec.widthMm() / MM_PER_INCH * dpi),
                (int) Math.round(spec.heightMm() / MM_PER_INCH * dpi)};
    }

    /** Paints the sheet at {@code dpi} and encodes it as PNG onto {@code out}. */
    public static void write(PreparedSheet sheet, double dpi, OutputStream out) throws IOException {
        int[] size = pixelSize(sheet.spec(), dpi);
        ImageSurface surface = new ImageSurface(size[0], size[1], dpi, rectimap.model.style.Rgba.WHITE,
                MapFonts.Choice.BUNDLED);
        try {
            SheetPainter.paint(sheet, surface);
            surface.writePng(out);
        } finally {
            surface.dispose();
        }
    }
}
