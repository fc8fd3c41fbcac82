package rectimap.print;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import rectimap.print.font.EmbeddedCidFont;
import rectimap.print.font.PdfBoxFace;
import rectimap.print.font.PdfFace;
import rectimap.print.font.TrueTypeFace;

/**
 * The fonts of one PDF document: the bundled WenQuanYi Micro Hei first (every Chinese character of the sample), then
 * system fonts for characters it lacks (per-character fallback), each embedded as a subset (only the glyphs shown).
 * TrueType faces are read in place and embedded by our own code ({@link EmbeddedCidFont}: nothing is parsed or built
 * for the glyphs not shown); a system font with CFF outlines goes through PDFBox ({@link PdfBoxFace}). Fallback fonts
 * are loaded lazily; one that is absent or unreadable is skipped. One per document; threads painting pages of the
 * document at once hold its monitor while they use it or its faces ({@code synchronized (fonts)}). Text runs are
 * kept per string: a label, legend entry or footer repeats on every page of an atlas.
 */
final class PdfFonts implements AutoCloseable {

    private static final String BUNDLED_RESOURCE = "/fonts/wqy-microhei.ttc";
    private static final String BUNDLED_FACE = "WenQuanYiMicroHei";
    /** System fonts tried, in order, for characters the bundled font lacks (Debian paths; absent ones skipped). */
    static final List<Path> FALLBACK_FILES = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"));

    private final PDDocument document;
    private final List<AutoCloseable> open = new ArrayList<>();
    private final List<PdfFace> faces = new ArrayList<>();
    private final Map<String, List<PdfTextRuns.Run>> runs = new HashMap<>();
    /** Faces some page shows text in, in the order first shown: these are embedded at save. */
    private final Set<PdfFace> shown = new LinkedHashSet<>();
    private int fallbacksLoaded;

    PdfFonts(PDDocument document) {
        this.document = document;
    }

    /** The bundled CJK face. */
    PdfFace primary() throws IOException {
        if (faces.isEmpty()) {
            faces.add(new EmbeddedCidFont(Bundled.face(), BUNDLED_FACE));
        }
        return faces.get(0);
    }

    /** {@code text} split into runs of one face each (see {@link PdfTextRuns}), the same list for the same text. */
    List<PdfTextRuns.Run> runs(String text) throws IOException {
        List<PdfTextRuns.Run> split = runs.get(text);
        if (split == null) {
            split = List.copyOf(PdfTextRuns.split(text, this));
            runs.put(text, split);
        }
        return split;
    }

    /** Notes that a page shows text in {@code face}, so {@link #subsetShown} embeds it. */
    void shown(PdfFace face) {
        shown.add(face);
    }

    /**
     * Embeds every face a page shows text in, reduced to the glyphs shown: call once, after the last page is painted
     * and before the document is saved. (Pages are painted apart from the saved document, see {@link PdfPage}.)
     */
    void subsetShown() throws IOException {
        for (PdfFace face : shown) {
            face.embed(document);
        }
    }

    /** The first face with a glyph for {@code codePoint}, or null when no font has one. */
    PdfFace faceFor(int codePoint) throws IOException {
        PdfFace first = primary();
        if (first.has(codePoint)) {
            return first;
        }
        for (int i = 1; i < faces.size(); i++) {
            if (faces.get(i).has(codePoint)) {
                return faces.get(i);
            }
        }
        while (fallbacksLoaded < FALLBACK_FILES.size()) {
            PdfFace face = loadFallback(FALLBACK_FILES.get(fallbacksLoaded++));
            if (face != null) {
                faces.add(face);
                if (face.has(codePoint)) {
                    return face;
                }
            }
        }
        return null;
    }

    /**
     * Starts reading the bundled font on a thread of its own (once per JVM): a command that will write a PDF calls
     * this before it reads the project, so the 5 MB resource is read when the first page needs it (issue 13).
     */
    static void prefetchBundled() {
        Bundled.start();
    }

    /** The bundled face, read once per JVM (the bytes and the face are immutable and shared by every document). */
    private static final class Bundled {
        private static final AtomicReference<CompletableFuture<TrueTypeFace>> FACE = new AtomicReference<>();

        static void start() {
            CompletableFuture<TrueTypeFace> future = new CompletableFuture<>();
            if (FACE.compareAndSet(null, future)) {
                Thread thread = new Thread(() -> complete(future), "pdf-font-ahead");
                thread.setDaemon(true);
                thread.start();
            }
        }

        static TrueTypeFace face() throws IOException {
            CompletableFuture<TrueTypeFace> future = new CompletableFuture<>();
            if (FACE.compareAndSet(null, future)) {
                complete(future);
            }
            try {
                return FACE.get().join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            }
        }

        private static void complete(CompletableFuture<TrueTypeFace> future) {
            try (InputStream in = PdfFonts.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IOException("bundled font missing from the classpath: " + BUNDLED_RESOURCE);
                }
                future.complete(TrueTypeFace.read(in.readAllBytes(), 0));
            } catch (IOException | RuntimeException e) {
                future.completeExceptionally(e);
            }
        }
    }

    /** A system font: read in place when it has TrueType outlines, else through PDFBox; null when unusable. */
    private PdfFace loadFallback(Path file) {
        if (!Files.isReadable(file)) {
            return null;
        }
        try {
            if (!file.toString().endsWith(".ttc")) {
                try {
                    TrueTypeFace face = TrueTypeFace.read(Files.readAllBytes(file), 0);
                    return new EmbeddedCidFont(face, face.postScriptName(baseName(file)));
                } catch (IOException notTrueTypeOutlines) {
                    // Fall through to PDFBox, which reads CFF outlines too.
                }
            }
            TrueTypeFont ttf = parsed(file);
            return ttf == null ? null : PdfBoxFace.load(document, ttf);
        } catch (IOException | RuntimeException e) {
            // A broken system font must not stop the export; the character falls through to the next font.
            return null;
        }
    }

    private TrueTypeFont parsed(Path file) throws IOException {
        if (file.toString().endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            open.add(collection);
            List<TrueTypeFont> first = new ArrayList<>(1);
            collection.processAllFonts(f -> {
                if (first.isEmpty()) {
                    first.add(f);
                }
            });
            return first.isEmpty() ? null : first.get(0);
        }
        TrueTypeFont ttf = new org.apache.fontbox.ttf.TTFParser().parse(
                new org.apache.pdfbox.io.RandomAccessReadBufferedFile(file.toFile()));
        open.add(ttf);
        return ttf;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.')).replaceAll("[^A-Za-z0-9-]", "");
    }

    @Override
    public void close() throws IOException {
        for (AutoCloseable closeable : open) {
            try {
                closeable.close();
            } catch (Exception e) {
                // Closing a font file after the save cannot lose output; keep closing the others.
            }
        }
        open.clear();
    }
}
