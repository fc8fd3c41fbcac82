package rectimap.ui.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.IntConsumer;
import rectimap.print.ExportPreset;

/**
 * What the dialog asks of the headless print core for its sheets: a raster of one sheet (preview, PNG, printer) and
 * a PDF of several, and the expected size of each. Implemented over {@code rectimap.print} by {@link PrintCore};
 * callable from any thread but the FX thread (slow).
 */
interface SheetOutput {

    /** The sheet drawn at {@code dpi} pixels per inch on a white page of its paper size. */
    BufferedImage image(PlannedSheet sheet, double dpi) throws Exception;

    /**
     * The sheets as one PDF, pages in order, onto {@code out} (not closed); {@code pageDone} is told the number of
     * pages finished so far and may throw {@link java.util.concurrent.CancellationException} to stop.
     */
    void writePdf(List<PlannedSheet> sheets, ExportPreset preset, OutputStream out, IntConsumer pageDone)
            throws Exception;

    /** The expected size in bytes of the PDF of {@code sheets} with {@code preset}. */
    long expectedPdfBytes(List<PlannedSheet> sheets, ExportPreset preset) throws Exception;

    /** The expected size in bytes of the PNGs of {@code sheets} at {@code dpi}. */
    long expectedPngBytes(List<PlannedSheet> sheets, double dpi) throws Exception;

    /** The dpi a PNG is written at for {@code preset} (bounded so an A1 page still fits in memory). */
    double pngDpi(PlannedSheet sheet, ExportPreset preset);

    /** Encodes {@code image} as PNG onto {@code out}. */
    default void writePng(BufferedImage image, OutputStream out) throws IOException {
        if (!javax.imageio.ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer in this Java runtime");
        }
    }
}
