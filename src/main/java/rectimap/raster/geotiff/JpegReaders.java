package rectimap.raster.geotiff;

import java.io.IOException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageReader;

/**
 * The JDK's own JPEG readers (java.desktop's libjpeg), lent out one per decoding thread and kept for the next tile:
 * making a reader costs far more than setting a new input on one, and an {@link ImageReader} serves one thread at a
 * time. As many readers exist as threads ever decoded at once. Thread-safe.
 */
final class JpegReaders {

    private static final ConcurrentLinkedDeque<ImageReader> IDLE = new ConcurrentLinkedDeque<>();
    private static final AtomicBoolean PREPARING = new AtomicBoolean();

    private JpegReaders() {
    }

    /**
     * Makes the first reader on a thread of its own, once per run: in a fresh JVM that is ImageIO's plug-in registry
     * (it opens every jar on the class path to look for plug-ins, ~150 ms of processor on the bench machine), which
     * then runs while the file's headers are read and the view asks for its tiles, not before the first tile decodes.
     */
    static void prepare() {
        if (!IDLE.isEmpty() || !PREPARING.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                IDLE.addLast(jdkJpegReader());
            } catch (IOException | RuntimeException e) {
                // The decoding thread asks again and reports the problem where it can be shown.
            }
        }, "jpeg-reader");
        thread.setDaemon(true);
        thread.start();
    }

    /** An idle reader, or a new one; give it back with {@link #giveBack}. */
    static ImageReader borrow() throws IOException {
        ImageReader reader = IDLE.pollFirst();
        return reader != null ? reader : jdkJpegReader();
    }

    /** Returns {@code reader} for the next tile (its input is dropped, so no tile's bytes stay referenced). */
    static void giveBack(ImageReader reader) {
        reader.setInput(null);
        IDLE.addFirst(reader);
    }

    /**
     * The JDK's JPEG reader (TwelveMonkeys registers its own JPEG reader first, which parses every segment again in
     * Java before handing the stream to this one).
     */
    private static ImageReader jdkJpegReader() throws IOException {
        return JdkImageReader.of("jpeg");
    }
}
