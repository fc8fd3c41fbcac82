package rectimap.print;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * saved (subsetting reads the font files at save time). Not thread-safe: one per document.
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
        TrueTypeFont ttf = BUNDLED_PER_THREAD.get();
        if (ttf == null) {
            ttf = Prefetched.take();
            if (ttf == null) {
                ttf = parseBundled();
            }
            BUNDLED_PER_THREAD.set(ttf);
        }
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
     * The parsed bundled face, kept per thread: parsing the 49,000-glyph collection costs about half a second, more
     * than painting a sheet, and a parsed font is read (never changed) by the subsetter, but FontBox does not promise
     * that concurrent reads are safe, so threads do not share one.
     */
    private static final ThreadLocal<TrueTypeFont> BUNDLED_PER_THREAD = new ThreadLocal<>();

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
    }
}
