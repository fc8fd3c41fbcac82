package rectimap.print;

import java.io.ByteArrayInputStream;
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
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF document: the bundled WenQuanYi Micro Hei first (every Chinese character of the sample), then
 * system fonts for characters it lacks (per-character fallback), each embedded as a subset (only the glyphs used).
 * Fonts are loaded lazily; a fallback file that is absent or unreadable is skipped. Close after the document is
 * saved (subsetting reads the font files at save time). One per document; threads painting pages of the document at
 * once hold its monitor while they use it or its faces ({@code synchronized (fonts)}), since PDFBox's fonts keep
 * their glyph sets and caches unguarded. Text runs are kept per string: a label, legend entry or footer repeats on
 * every page of an atlas.
 */
final class PdfFonts implements AutoCloseable {

    private static final String BUNDLED_RESOURCE = "/fonts/wqy-microhei.ttc";
    private static final String BUNDLED_FACE = "WenQuanYiMicroHei";
    /** System fonts tried, in order, for characters the bundled font lacks (Debian paths; absent ones skipped). */
    static final List<Path> FALLBACK_FILES = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"));

    /** One usable font: the PDF font and the TrueType data to ask whether a character has a glyph. */
    record Face(PDType0Font pdf, TrueTypeFont ttf) {
        boolean has(int codePoint) {
            try {
                return ttf.getUnicodeCmapLookup().getGlyphId(codePoint) != 0;
            } catch (IOException e) {
                return false;
            }
        }
    }

    private final PDDocument document;
    private final List<AutoCloseable> open = new ArrayList<>();
    private final List<Face> faces = new ArrayList<>();
    private final Map<String, List<PdfTextRuns.Run>> runs = new HashMap<>();
    /** Faces some page shows text in, in the order first shown: these are subset and embedded at save. */
    private final Set<Face> shown = new LinkedHashSet<>();
    private TrueTypeFont bundled;
    private int fallbacksLoaded;

    PdfFonts(PDDocument document) {
        this.document = document;
    }

    /** The bundled CJK face (loaded on first use). */
    Face primary() throws IOException {
        if (faces.isEmpty()) {
            faces.add(loadBundled());
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
    void shown(Face face) {
        shown.add(face);
    }

    /**
     * Reduces every face a page shows text in to the glyphs shown: call once, after the last page is painted and
     * before the document is saved. (Pages are painted apart from the saved document, see {@link PdfPage}, so the
     * document's own save does not know these fonts.)
     */
    void subsetShown() throws IOException {
        for (Face face : shown) {
            face.pdf().subset();
        }
    }

    /** The first face with a glyph for {@code codePoint}, or null when no font has one. */
    Face faceFor(int codePoint) throws IOException {
        Face first = primary();
        if (first.has(codePoint)) {
            return first;
        }
        for (int i = 1; i < faces.size(); i++) {
            if (faces.get(i).has(codePoint)) {
                return faces.get(i);
            }
        }
        while (fallbacksLoaded < FALLBACK_FILES.size()) {
            Face face = loadFallback(FALLBACK_FILES.get(fallbacksLoaded++));
            if (face != null) {
                faces.add(face);
                if (face.has(codePoint)) {
                    return face;
                }
            }
        }
        return null;
    }

    private Face loadBundled() throws IOException {
        TrueTypeFont ttf = IDLE_BUNDLED.poll();
        if (ttf == null) {
            ttf = Prefetched.take();
            if (ttf == null) {
                ttf = parseBundled();
            }
        }
        bundled = ttf;
        return new Face(PDType0Font.load(document, ttf, true), ttf);
    }

    private static TrueTypeFont parseBundled() throws IOException {
        TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(BundledBytes.get()));
        TrueTypeFont ttf = collection.getFontByName(BUNDLED_FACE);
        if (ttf == null) {
            throw new IOException("bundled font " + BUNDLED_RESOURCE + " has no face " + BUNDLED_FACE);
        }
        // The tables every document's font reads first, parsed here once (the font caches them).
        ttf.getUnicodeCmapLookup();
        ttf.getHorizontalMetrics();
        return ttf;
    }

    /**
     * Starts parsing the bundled face on a thread of its own (once per JVM): a command that will write a PDF calls
     * this before it reads the project, so on a machine with a free core the parse (a tenth of a second of processor
     * time) is done when the first page needs the font (issue 13). The first thread that needs the font takes the
     * parsed one over whole; any later thread parses its own, as before.
     */
    static void prefetchBundled() {
        Prefetched.start();
    }

    /** The face parsed ahead, handed to exactly one thread. */
    private static final class Prefetched {
        private static final java.util.concurrent.atomic.AtomicReference<
                java.util.concurrent.CompletableFuture<TrueTypeFont>> AHEAD = new java.util.concurrent.atomic.AtomicReference<>();

        static void start() {
            java.util.concurrent.CompletableFuture<TrueTypeFont> future = new java.util.concurrent.CompletableFuture<>();
            if (AHEAD.compareAndSet(null, future)) {
                Thread thread = new Thread(() -> {
                    try {
                        future.complete(parseBundled());
                    } catch (IOException | RuntimeException e) {
                        future.completeExceptionally(e);
                    }
                }, "pdf-font-ahead");
                thread.setDaemon(true);
                thread.start();
            }
        }

        /** The face parsed ahead if one was started and not yet taken; null otherwise (or when it failed). */
        static TrueTypeFont take() {
            java.util.concurrent.CompletableFuture<TrueTypeFont> future = AHEAD.getAndSet(
                    java.util.concurrent.CompletableFuture.completedFuture(null));
            try {
                return future == null ? null : future.join();
            } catch (java.util.concurrent.CompletionException e) {
                return null;
            }
        }
    }

    /**
     * Parsed bundled faces no document is using: parsing the 49,000-glyph collection costs a tenth of a second of
     * processor time or more, more than painting a sheet. A document takes one for its lifetime and gives it back when
     * closed; FontBox does not promise that concurrent reads of one font are safe, so two documents written at once
     * never share one (the second parses its own, which later documents reuse).
     */
    private static final java.util.concurrent.ConcurrentLinkedDeque<TrueTypeFont> IDLE_BUNDLED =
            new java.util.concurrent.ConcurrentLinkedDeque<>();

    /** The bundled font file read once per JVM (5 MB), shared by every document. */
    private static final class BundledBytes {
        private static volatile byte[] bytes;

        static byte[] get() throws IOException {
            byte[] read = bytes;
            if (read == null) {
                try (InputStream in = PdfFonts.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                    if (in == null) {
                        throw new IOException("bundled font missing from the classpath: " + BUNDLED_RESOURCE);
                    }
                    read = in.readAllBytes();
                }
                bytes = read;
            }
            return read;
        }
    }

    private Face loadFallback(Path file) {
        if (!Files.isReadable(file)) {
            return null;
        }
        try {
            TrueTypeFont ttf;
            if (file.toString().endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
                open.add(collection);
                List<TrueTypeFont> first = new ArrayList<>(1);
                collection.processAllFonts(f -> {
                    if (first.isEmpty()) {
                        first.add(f);
                    }
                });
                ttf = first.isEmpty() ? null : first.get(0);
            } else {
                ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
                open.add(ttf);
            }
            return ttf == null ? null : new Face(PDType0Font.load(document, ttf, true), ttf);
        } catch (IOException | RuntimeException e) {
            // A broken system font must not stop the export; the character falls through to the next font.
            return null;
        }
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
        if (bundled != null) {
            IDLE_BUNDLED.push(bundled);
            bundled = null;
        }
    }
}
