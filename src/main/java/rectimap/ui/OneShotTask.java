package rectimap.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;

/**
 * Slow work the window hands off: {@code work} runs once on a daemon thread of its own, and its result (or failure)
 * comes back once on the FX thread. Call from the FX thread.
 */
public final class OneShotTask {
    private OneShotTask() {
    }

    /**
     * Starts {@code work} on a daemon thread named {@code threadName}; {@code done} gets its result and
     * {@code failed} what it threw, both on the FX thread.
     */
    public static <T> void start(String threadName, Supplier<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return work.get();
            }
        };
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> failed.accept(task.getException()));
        Thread thread = new Thread(task, threadName);
        thread.setDaemon(true);
        thread.start();
    }
}
