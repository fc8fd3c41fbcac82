package rectimap.print;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Writes sheets as one vector PDF: one page per sheet at the exact paper size, painted by {@link SheetPainter} on a
 * {@link PdfSurface}, the sheets on every core at once and joined in order (see {@link PdfPage}); fonts are embedded
 * once per document, as subsets of the glyphs shown, when it is saved. The stream is
 * not closed (files go through {@code exchange.AtomicFileWrite}). Any thread; one call per document.
 */
public final class SheetPdfWriter {

    private SheetPdfWriter() {
    }

    /**
     * Starts reading the PDF font ahead on a thread of its own, for a caller that will write a PDF after slower work
     * (reading a project): see {@link PdfFonts#prefetchBundled}. Output is the same with or without it.
     */
    public static void prepareFonts() {
        PdfFonts.prefetchBundled();
    }

    /** Paints every sheet (in order) and writes the PDF onto {@code out}. */
    public static void write(List<PreparedSheet> sheets, OutputStream out) throws IOException {
        write(sheets, EvidencePages.NONE, out);
    }

    /**
     * Paints every sheet (in order), then the photo pages (A4 portrait; each picture decoded as its page is
     * painted), and writes the PDF onto {@code out}. Sheets are painted on every core ({@link PageThreads}).
     */
    public static void write(List<PreparedSheet> sheets, EvidencePages photos, OutputStream out) throws IOException {
        write(sheets, photos, out, PageThreads.perCore());
    }

    /** As {@link #write(List, EvidencePages, OutputStream)}, the sheets painted on {@code threads}. */
    static void write(List<PreparedSheet> sheets, EvidencePages photos, OutputStream out, PageThreads threads)
            throws IOException {
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("a PDF needs at least one sheet");
        }
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
             PdfFonts fonts = new PdfFonts(document)) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(sheets.get(0).title());
            info.setCreator("Rectimap 城乡环境整治一张图");
            document.setDocumentId(documentId(sheets));
            List<PdfPage> pages = new ArrayList<>(threads.paint(sheets.size(), i -> {
                PreparedSheet sheet = sheets.get(i);
                return painted(PdfSurface.blankPage(sheet.spec().widthMm(), sheet.spec().heightMm()), fonts,
                        surface -> SheetPainter.paint(sheet, surface));
            }));
            try {
                // Photo pages one at a time: each decodes its pictures, which a second thread would double.
                pages.addAll(new PageThreads(1).paint(photos.pageCount(), page -> painted(PdfSurface.blankPage(
                        EvidencePagePainter.WIDTH_MM, EvidencePagePainter.HEIGHT_MM), fonts,
                        surface -> EvidencePagePainter.paint(photos, page, surface))));
                for (PdfPage page : pages) {
                    document.addPage(page.page());
                }
                fonts.subsetShown();
                document.save(out);
            } finally {
                for (PdfPage page : pages) {
                    page.close();
                }
            }
        }
    }

    /** {@code page} painted whole by {@code painting}; closed when the painting fails. */
    private static PdfPage painted(PdfPage page, PdfFonts fonts, Consumer<PdfSurface> painting) throws IOException {
        try (PdfSurface surface = PdfSurface.open(page, fonts)) {
            painting.accept(surface);
        } catch (IOException | RuntimeException e) {
            page.close();
            throw e;
        }
        return page;
    }

    /**
     * The seed of the file identifier (/ID), from what the sheets show: PDFBox seeds it with the clock otherwise, so
     * the same atlas printed twice gave files that differ. Only values whose hash is the same in every run.
     */
    private static long documentId(List<PreparedSheet> sheets) {
        long id = 17;
        for (PreparedSheet sheet : sheets) {
            SheetSpec spec = sheet.spec();
            String page = String.join("|", sheet.title(), sheet.subtitle(), spec.paper().name(),
                    spec.orientation().name(), String.valueOf(spec.date()), String.valueOf(sheet.scaleDenominator()),
                    String.valueOf(sheet.centreX()), String.valueOf(sheet.centreY()), String.valueOf(sheet.pageNumber()));
            id = 31 * id + page.hashCode();
        }
        return id;
    }
}
