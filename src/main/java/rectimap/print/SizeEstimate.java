package rectimap.print;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The expected size of an export, shown before it is made. A PDF is written for real to a byte counter for its first
 * one or two pages (fonts and shared resources are in the first; the second shows what a further page adds) and
 * extrapolated to all pages. A PNG is drawn at a low resolution and its compressed size scaled to the asked dpi by
 * the pixel ratio, damped by {@link #PNG_DAMPING} because larger images of the same map compress better per pixel
 * (calibrated against real output in the tests). Slow as one sheet's export: call off the UI thread.
 */
public final class SizeEstimate {

    /** The dpi a PNG is drawn at for the estimate. */
    static final double PNG_PROBE_DPI = 50;
    /** Exponent applied to the pixel ratio: compressed bytes grow slower than pixels (flat areas, long runs). */
    static final double PNG_DAMPING = 0.8;

    private SizeEstimate() {
    }

    /** Expected bytes of a PDF of these sheets. */
    public static long pdfBytes(List<PreparedSheet> sheets) throws IOException {
        if (sheets.isEmpty()) {
            return 0;
        }
        long first = measure(List.of(sheets.get(0)));
        if (sheets.size() == 1) {
            return first;
        }
        long two = measure(sheets.subList(0, 2));
        return first + (two - first) * (sheets.size() - 1);
    }

    /** Expected bytes of a PNG of the sheet at {@code dpi}. */
    public static long pngBytes(PreparedSheet sheet, double dpi) throws IOException {
        double probeDpi = Math.min(dpi, PNG_PROBE_DPI);
        ByteCounter counter = new ByteCounter();
        SheetPngWriter.write(sheet, probeDpi, counter);
        double pixelRatio = (dpi / probeDpi) * (dpi / probeDpi);
        return Math.round(counter.count * Math.pow(pixelRatio, PNG_DAMPING));
    }

    /** Expected bytes of the export of these sheets with the preset (a PNG per sheet summed). */
    public static long bytes(List<PreparedSheet> sheets, ExportFormat format, ExportPreset preset)
            throws IOException {
        if (format == ExportFormat.PDF) {
            return pdfBytes(sheets);
        }
        long total = 0;
        for (PreparedSheet sheet : sheets) {
            total += pngBytes(sheet, preset.dpi());
        }
        return total;
    }

    private static long measure(List<PreparedSheet> sheets) throws IOException {
        ByteCounter counter = new ByteCounter();
        SheetPdfWriter.write(sheets, counter);
        return counter.count;
    }

    /** An output stream that only counts what is written to it. */
    private static final class ByteCounter extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
