package rectimap.print;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Writes the sheets of one atlas part as one PDF: sheets are prepared (features on each sheet, legend counts and
 * areas) in parallel on the common pool while pages are painted one after another into the document, whose page
 * content streams to a temporary file (see {@link SheetPdfWriter}). Any thread.
 */
public final class AtlasWriter {

    private AtlasWriter() {
    }

    /** Prepares every sheet as page x of n, in parallel. */
    public static List<PreparedSheet> prepare(List<SheetSpec> specs, SheetContent content) throws SheetException {
        List<CompletableFuture<PreparedSheet>> futures = new ArrayList<>(specs.size());
        for (int i = 0; i < specs.size(); i++) {
            int page = i + 1;
            SheetSpec spec = specs.get(i);
            futures.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return PreparedSheet.prepare(spec, content, page, specs.size());
                } catch (SheetException e) {
                    throw new CompletionException(e);
                }
            }));
        }
        List<PreparedSheet> sheets = new ArrayList<>(specs.size());
        for (CompletableFuture<PreparedSheet> future : futures) {
            try {
                sheets.add(future.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof SheetException problem) {
                    throw problem;
                }
                throw e;
            }
        }
        return sheets;
    }

    /** Prepares and writes the part's sheets as one PDF onto {@code out} (not closed). */
    public static void write(AtlasPlan.Part part, SheetContent content, OutputStream out)
            throws IOException, SheetException {
        SheetPdfWriter.write(prepare(part.sheets(), content), out);
    }
}
