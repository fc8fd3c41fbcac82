package rectimap.ui.print;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs slow work for the dialog (preview drawing, size estimates) on one background thread so typing stays smooth:
 * each {@link #request} gets a new generation; work that is no longer the newest when its turn comes is skipped,
 * and a result is delivered (on the FX thread) only if nothing newer was asked for meanwhile. {@link #close} stops
 * the thread.
 *
 * @param <T> what the work produces
 */
final class NewestOnly<T> implements AutoCloseable {
    private final ExecutorService worker;
    private final AtomicLong newest = new AtomicLong();
    private final Consumer<T> onResult;
    private final Consumer<Exception> onFailure;

    /** {@code onResult} and {@code onFailure} run on the FX thread, for the newest request only. */
    NewestOnly(String threadName, Consumer<T> onResult, Consumer<Exception> onFailure) {
        this.onResult = onResult;
        this.onFailure = onFailure;
        worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Asks for {@code work}; earlier requests not yet started are dropped. Any thread. */
    void request(Callable<T> work) {
        long generation = newest.incrementAndGet();
        worker.execute(() -> {
            if (generation != newest.get()) {
                return;
            }
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    if (generation == newest.get()) {
                        onResult.accept(result);
                    }
                });
            } catch (Exception e) {
                Platform.runLater(() -> {
                    if (generation == newest.get()) {
                        onFailure.accept(e);
                    }
                });
            }
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
