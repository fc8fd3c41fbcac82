package rectimap.exchange;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import rectimap.model.Feature;
import rectimap.store.FeatureFeed;

/**
 * A feed read ahead on its own thread: while the project file takes one batch of rows (SQLite on the caller's
 * thread), the next batches are read, decoded, reprojected and checked on the other core. A 100,000-polygon
 * Shapefile import spends about half its time in each, so the two overlap instead of taking turns. Features come
 * out in the order the feed made them; a failure of the feed comes out where it happened, after the features
 * before it, with the record index it named. At most {@link #BATCHES_AHEAD} batches are held. {@link #close()}
 * stops the reader and waits for it, so the source may be closed afterwards (and the feed's counters read).
 */
final class PrefetchedFeed implements FeatureFeed<ExchangeException>, AutoCloseable {
    static final int BATCH = 256;
    static final int BATCHES_AHEAD = 4;

    /** Features read, then possibly the failure that ended the reading (with its record index) or the end. */
    private record Batch(List<Feature> features, Throwable failure, long failureIndex, boolean end) {
    }

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread reader;
    private volatile boolean stopped;
    private Iterator<Feature> current = java.util.Collections.emptyIterator();
    private boolean ended;
    private long lastIndex = -1;

    /**
     * Starts reading {@code feed} ahead. {@code recordIndex} tells the index of the record the feed read last (on
     * the reader thread), so a failure names it.
     */
    PrefetchedFeed(FeatureFeed<ExchangeException> feed, LongSupplier recordIndex) {
        reader = new Thread(() -> read(feed, recordIndex), "import-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(FeatureFeed<ExchangeException> feed, LongSupplier recordIndex) {
        List<Feature> batch = new ArrayList<>(BATCH);
        try {
            for (Feature feature = feed.next(); feature != null && !stopped; feature = feed.next()) {
                batch.add(feature);
                if (batch.size() == BATCH) {
                    put(new Batch(batch, null, -1, false));
                    batch = new ArrayList<>(BATCH);
                }
            }
            put(new Batch(batch, null, -1, true));
        } catch (Throwable e) {
            // Handed to the caller's thread, which throws it after the features read before it.
            long index = recordIndex.getAsLong();
            put(new Batch(batch, null, -1, false));
            put(new Batch(List.of(), e, index, true));
        }
    }

    private void put(Batch batch) {
        try {
            while (!stopped && !queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                // The caller is busy writing; wait for room unless it has stopped taking.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Feature next() throws ExchangeException {
        while (!current.hasNext()) {
            if (ended) {
                return null;
            }
            Batch batch = take();
            ended = batch.end();
            if (batch.failure() != null) {
                lastIndex = batch.failureIndex();
                throw rethrown(batch.failure());
            }
            current = batch.features().iterator();
        }
        Feature feature = current.next();
        lastIndex = feature.id() - 1;
        return feature;
    }

    private Batch take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the import", e);
        }
    }

    private static RuntimeException rethrown(Throwable failure) throws ExchangeException {
        if (failure instanceof ExchangeException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(failure);
    }

    /** The index of the record the last feature (or failure) handed out came from; -1 before the first. */
    long lastIndex() {
        return lastIndex;
    }

    /** Stops reading ahead and waits for the reader to finish. */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
