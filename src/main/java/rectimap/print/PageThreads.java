package rectimap.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many threads paint the pages of one PDF: pages are independent (each paints into its own {@link PdfPage}), so
 * on a machine with two cores two pages are painted and deflated at once while the pages before them join the
 * document in order. The document is the same, byte for byte, whatever the count ({@code SheetPdfWriterTest}).
 */
record PageThreads(int count) {

    /** One thread per processor the JVM may use. */
    static PageThreads perCore() {
        return new PageThreads(Runtime.getRuntime().availableProcessors());
    }

    /** A page painter: paints page {@code index} and returns it. */
    interface Painter {
        PdfPage paint(int index) throws IOException;
    }

    PageThreads {
        if (count < 1) {
            throw new IllegalArgumentException("at least one thread paints pages: " + count);
        }
    }

    /**
     * Paints pages {@code 0 … pages-1} and returns them in order (the caller closes them after the save); at most twice
     * {@link #count} pages are handed to the threads ahead of the one awaited. With one thread, the calling thread
     * paints them all. A page that fails stops the painting: the pages painted are closed and the failure is thrown.
     */
    List<PdfPage> paint(int pages, Painter painter) throws IOException {
        List<PdfPage> painted = new ArrayList<>(pages);
        if (count == 1 || pages < 2) {
            try {
                for (int i = 0; i < pages; i++) {
                    painted.add(painter.paint(i));
                }
            } catch (IOException | RuntimeException e) {
                closeAll(painted, e);
                throw e;
            }
            return painted;
        }
        AtomicInteger started = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, pages), task -> {
            Thread thread = new Thread(task, "pdf-page-" + started.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        Deque<Future<PdfPage>> waiting = new ArrayDeque<>();
        int next = 0;
        try {
            while (painted.size() < pages) {
                while (next < pages && waiting.size() < 2 * count) {
                    int index = next++;
                    waiting.add(pool.submit(() -> painter.paint(index)));
                }
                painted.add(waiting.remove().get());
            }
            return painted;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            IOException stopped = new java.io.InterruptedIOException("page painting interrupted");
            closeAll(painted, stopped);
            throw stopped;
        } catch (ExecutionException e) {
            closeAll(painted, e);
            throw rethrown(e.getCause());
        } finally {
            pool.shutdown();
            for (Future<PdfPage> left : waiting) {
                try {
                    left.get().close();
                } catch (Exception ignored) {
                    // Painting stopped at an earlier page; this page's result is dropped either way.
                }
            }
        }
    }

    private static IOException rethrown(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }

    private static void closeAll(List<PdfPage> pages, Exception failure) {
        for (PdfPage page : pages) {
            try {
                page.close();
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
