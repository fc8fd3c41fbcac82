package rectimap.print;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Writes sheets as one vector PDF: one page per sheet at the exact paper size, painted by {@link SheetPainter} on a
 * {@link PdfSurface}. Page content is cached in a temporary file rather than the heap, so an atlas of many pages
 * does not grow memory with its page count; fonts are embedded as subsets when the document is saved. The stream is
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
     * painted), and writes the PDF onto {@code out}.
     */
    public static void write(List<PreparedSheet> sheets, EvidencePages photos, OutputStream out) throws IOException {
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("a PDF needs at least one sheet");
        }
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
             PdfFonts fonts = new PdfFonts(document)) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(sheets.get(0).title());
            info.setCreator("Rectimap 城乡环境整治一张图");
            document.setDocumentId(documentId(sheets));
            for (PreparedSheet sheet : sheets) {
                try (PdfSurface surface = PdfSurface.open(document, fonts, sheet.spec().widthMm(),
                        sheet.spec().heightMm())) {
                    SheetPainter.paint(sheet, surface);
                }
            }
            for (int page = 0; page < photos.pageCount(); page++) {
                try (PdfSurface surface = PdfSurface.open(document, fonts, EvidencePagePainter.WIDTH_MM,
                        EvidencePagePainter.HEIGHT_MM)) {
                    EvidencePagePainter.paint(photos, page, surface);
                }
            }
            document.save(out);
        }
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
