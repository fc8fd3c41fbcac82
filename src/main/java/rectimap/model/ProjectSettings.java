package rectimap.model;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Small named settings a project keeps inside its own file, so they travel with it (e.g. the print dialog's last
 * sheet under {@code print.sheet}). Keys are short ASCII names, values text (callers choose the encoding). Any
 * thread may call; {@link #read} may wait for writes submitted before it, {@link #write} never blocks.
 */
public interface ProjectSettings {

    /** The value stored under {@code key}; empty when never stored (or the file cannot be read). */
    Optional<String> read(String key);

    /**
     * Stores {@code value} under {@code key}, replacing what was there, in order with the file's other writes.
     *
     * @return completes when stored; fails with a {@link StoreException} when the file refused the write
     */
    CompletableFuture<Void> write(String key, String value);

    /** Settings that last as long as this object (a project shown without a file, or a read-only session). */
    static ProjectSettings inMemory(Map<String, String> initial) {
        Map<String, String> values = new ConcurrentHashMap<>(initial);
        return new ProjectSettings() {
            @Override
            public Optional<String> read(String key) {
                return Optional.ofNullable(values.get(key));
            }

            @Override
            public CompletableFuture<Void> write(String key, String value) {
                values.put(key, value);
                return CompletableFuture.completedFuture(null);
            }
        };
    }
}
