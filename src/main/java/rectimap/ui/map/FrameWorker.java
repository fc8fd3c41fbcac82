package rectimap.ui.map;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Paints map frames on one background thread ({@value #THREAD}), newest first: a new request stops the frame being
 * painted (its surface gives up within one feature) and requests queued behind a newer one are skipped, so after the
 * last change of the view only that view's frame is painted. Each finished frame is handed to the FX thread in one
 * step; frames arrive in the order they were asked for. Requests from the FX thread.
 */
final class FrameWorker {
    /** The name of the painting thread (tests check frames come from it). */
    static final String THREAD = "map-frame";

    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread painter = new Thread(task, THREAD);
        painter.setDaemon(true);
        return painter;
    });
    private final AtomicLong latest = new AtomicLong(-1);
    private final MapPainter painter;
    private final Consumer<MapFrame> onFrame;

    /** {@code onFrame} receives each finished frame on the FX thread. */
    FrameWorker(MapPainter painter, Consumer<MapFrame> onFrame) {
        this.painter = painter;
        this.onFrame = onFrame;
    }

    /** Paints {@code request}, giving up every older one; its generation must be higher than theirs. */
    void paint(FrameRequest request) {
        latest.set(request.generation());
        thread.execute(() -> run(request));
    }

    private void run(FrameRequest request) {
        long generation = request.generation();
        if (generation != latest.get()) {
            return;
        }
        MapFrame frame;
        try {
            frame = painter.paint(request, () -> latest.get() != generation);
        } catch (CancellationException | CompletionException e) {
            if (latest.get() != generation) {
                return;
            }
            throw e;
        }
        Platform.runLater(() -> onFrame.accept(frame));
    }
}
