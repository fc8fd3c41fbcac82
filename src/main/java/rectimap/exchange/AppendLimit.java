package rectimap.exchange;

import java.nio.file.Path;

/**
 * The most features one append may bring in. An append is ONE undoable step: its features are read whole into
 * memory, then live in the step kept by the undo history, in the layer and in its projected copy for the map (the
 * journal also encodes the step as one history row), about 8 KB of heap per ten-vertex polygon all told. The limit
 * follows the heap, so a file too big says so at once (by its record count) or when the limit is passed (sources
 * that do not know their count) instead of exhausting memory. New layers are streamed and have no such limit.
 *
 * @param maxFeatures features allowed per append, at least 1
 */
public record AppendLimit(long maxFeatures) {
    /** Heap an appended feature takes in its several copies, with room for the reading's garbage. */
    static final long HEAP_BYTES_PER_FEATURE = 8_192;
    /** No append beyond this however large the heap: the history row and the undo would take too long. */
    static final long MOST_FEATURES = 250_000;
    /** At least this many even on a small heap (a few MB). */
    static final long LEAST_FEATURES = 1_000;

    public AppendLimit {
        if (maxFeatures < 1) {
            throw new IllegalArgumentException("an append limit must allow a feature: " + maxFeatures);
        }
    }

    /** The limit for a heap of {@code maxHeapBytes} ({@link Runtime#maxMemory()}). */
    public static AppendLimit forHeap(long maxHeapBytes) {
        return new AppendLimit(Math.max(LEAST_FEATURES, Math.min(MOST_FEATURES, maxHeapBytes / HEAP_BYTES_PER_FEATURE)));
    }

    /** The limit for this JVM's heap. */
    public static AppendLimit ofThisJvm() {
        return forHeap(Runtime.getRuntime().maxMemory());
    }

    /**
     * Fails when {@code features} (a record count, or the records read so far) exceed the limit.
     *
     * @param record the 0-based record that passed the limit, -1 when refused by the source's count up front
     * @throws ExchangeException TOO_LARGE, its detail the limit as a number (the message explains it)
     */
    void require(Path file, long features, long record) throws ExchangeException {
        if (features > maxFeatures) {
            throw new ExchangeException(ExchangeProblem.TOO_LARGE, file, record, String.format("%,d", maxFeatures));
        }
    }
}
