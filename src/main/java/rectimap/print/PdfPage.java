package rectimap.print;

import java.io.IOException;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * One page painted apart from the document it will join, so pages of one PDF can be painted (and their content
 * deflated) on several threads: the page's content stream and images live in a scratch document of their own, which
 * nothing else touches; the page is then added, in order, to the document that is saved, and the scratch document is
 * closed only after that save (the saved document reads the page's streams from it). Fonts are the one thing pages
 * share (see {@link PdfFonts}). Stream data up to {@link #IN_MEMORY_BYTES} stays in memory, more (imagery) goes to a
 * temporary file, so an atlas of many orthophoto pages does not grow the heap with its page count.
 */
final class PdfPage implements AutoCloseable {

    /** Bytes of a page's streams kept in memory before they go to a temporary file: a vector page fits. */
    private static final long IN_MEMORY_BYTES = 1 << 20;

    private final PDDocument scratch;
    private final PDPage page;

    private PdfPage(PDDocument scratch, PDPage page) {
        this.scratch = scratch;
        this.page = page;
    }

    /** A blank page of {@code widthPt × heightPt} PDF points, not yet in any document. */
    static PdfPage blank(float widthPt, float heightPt) {
        return new PdfPage(new PDDocument(MemoryUsageSetting.setupMixed(IN_MEMORY_BYTES).streamCache),
                new PDPage(new PDRectangle(widthPt, heightPt)));
    }

    /** The page (its content and resources once painted). */
    PDPage page() {
        return page;
    }

    /** Where the page's streams (content, images) are created: its own, never the saved document. */
    PDDocument scratch() {
        return scratch;
    }

    /** Frees the page's streams: only after the document holding the page was saved. */
    @Override
    public void close() throws IOException {
        scratch.close();
    }
}
