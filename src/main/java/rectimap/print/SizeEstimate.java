package rectimap.print;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The expected size of an export, shown before it is made. A single-sheet PDF is written for real to a byte
 * counter (exact). For an atlas, up to {@link #PDF_SAMPLE_PAGES} pages spread over it are written and read back: the
 * fonts and shared parts are counted once, the pages' content streams on average per page (a further page adds its
 * drawing but few new glyphs, so extrapolating whole-file growth would overshoot). A PNG is drawn at two low resolutions; the compressed
 * size grows as a power of the dpi (flat areas compress better the larger they are), so the power fitted through the
 * two probes is extrapolated to the asked dpi. Checked against real output in the tests. Slow as about two sheets'
 * export: call off the UI thread.
 */
public final class SizeEstimate {

    /** The two dpi a PNG is drawn at for the estimate. */
    static final double PNG_LOW_DPI = 36;
    static final double PNG_HIGH_DPI = 72;
    /** How many pages of an atlas are written to estimate it. */
    static final int PDF_SAMPLE_PAGES = 4;

    private SizeEstimate() {
    }

    /** Expected bytes of a PDF of these sheets. */
    public static long pdfBytes(List<PreparedSheet> sheets) throws IOException {
        if (sheets.isEmpty()) {
            return 0;
        }
        if (sheets.size() == 1) {
            return measure(sheets);
        }
        int count = Math.min(PDF_SAMPLE_PAGES, sheets.size());
        List<PreparedSheet> sample = new java.util.ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sample.add(sheets.get((int) Math.round(i * (sheets.size() - 1) / (double) (count - 1))));
        }
        java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
        SheetPdfWriter.write(sample, written);
        long content = 0;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(
                written.toByteArray())) {
            for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
                java.util.Iterator<org.apache.pdfbox.pdmodel.common.PDStream> streams = page.getContentStreams();
                while (streams.hasNext()) {
                    content += streams.next().getCOSObject().getLength();
                }
            }
        }
        long shared = written.size() - content;
        return Math.round(shared + content / (double) count * sheets.size());
    }

    /** Expected bytes of a PNG of the sheet at {@code dpi}. */
    public static long pngBytes(PreparedSheet sheet, double dpi) throws IOException {
        if (dpi <= PNG_HIGH_DPI) {
            return png(sheet, dpi);
        }
        double low = png(sheet, PNG_LOW_DPI);
        double high = png(sheet, PNG_HIGH_DPI);
        double power = Math.log(high / low) / Math.log(PNG_HIGH_DPI / PNG_LOW_DPI);
        return Math.round(high * Math.pow(dpi / PNG_HIGH_DPI, power));
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

    private static long png(PreparedSheet sheet, double dpi) throws IOException {
        ByteCounter counter = new ByteCounter();
        SheetPngWriter.write(sheet, dpi, counter);
        return counter.count;
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
