package rectimap.store.pg;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import rectimap.model.ChangeSet;
import rectimap.model.EditJournal;
import rectimap.model.JournalStatus;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * The shared project's {@link EditJournal}: each move (done, undone, redone) is one version-checked transaction
 * ({@link PgStepWriter}) written in order by one writer thread. Every move gets its step id when it is handed in;
 * while the server cannot be reached (restart, network) the move waits and is retried with the SAME id, so it is
 * applied exactly once however often the connection drops; the listeners hear SERVER_UNREACHABLE with the number
 * of waiting moves, and "saved" once they are written. A move refused because someone else changed its features
 * first fails its future with a {@link rectimap.model.StepConflict}; one the database refuses for this account
 * with PERMISSION_DENIED. Layer display moves (visibility, order, opacity, style) stay with this user's window.
 */
public final class PgJournal implements EditJournal {
    private static final long MAX_BACKOFF_MS = 2_000;
    private final PgFeatureStore store;
    private final PgStepWriter writer;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rectimap-pg-journal");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger waiting = new AtomicInteger();
    private final List<Consumer<JournalStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean closing;

    public PgJournal(PgFeatureStore store, SeenVersions seen) {
        this.store = store;
        this.writer = new PgStepWriter(store, seen);
    }

    @Override
    public CompletableFuture<Void> recordDone(ChangeSet step) {
        return submit("DONE", step);
    }

    @Override
    public CompletableFuture<Void> recordUndone(ChangeSet inverse) {
        return submit("UNDONE", inverse);
    }

    @Override
    public CompletableFuture<Void> recordRedone(ChangeSet step) {
        return submit("REDONE", step);
    }

    /** Writes {@code step} under {@code id}: the same id handed in twice is applied once. */
    CompletableFuture<Void> submit(UUID id, String action, ChangeSet step) {
        waiting.incrementAndGet();
        CompletableFuture<Void> done = new CompletableFuture<>();
        thread.execute(() -> {
            RuntimeException failure = null;
            try {
                if (!step.changes().isEmpty()) {
                    writeUntilReached(id, action, step);
                }
            } catch (RuntimeException e) {
                failure = e;
            }
            // The standing is told before the future completes, so whoever waits on it sees "saved" already.
            if (waiting.decrementAndGet() == 0) {
                tell(JournalStatus.saved(store.address().label()));
            }
            if (failure == null) {
                done.complete(null);
            } else {
                done.completeExceptionally(failure);
            }
        });
        return done;
    }

    private CompletableFuture<Void> submit(String action, ChangeSet step) {
        return submit(UUID.randomUUID(), action, step);
    }

    private void writeUntilReached(UUID id, String action, ChangeSet step) {
        long backoff = 100;
        while (true) {
            try {
                writer.write(id, action, step);
                return;
            } catch (SQLException e) {
                StoreProblem problem = PgFailures.problemOf(e);
                if (problem != StoreProblem.SERVER_UNREACHABLE || closing) {
                    throw PgFailures.of(e, store.address(), "writing step " + step.name());
                }
            } catch (StoreException e) {
                // A read the writer needs first (the layer list) met the server down: wait as for the step itself.
                if (e.problem() != StoreProblem.SERVER_UNREACHABLE || closing) {
                    throw e;
                }
            }
            tell(new JournalStatus(store.address().label(), Math.max(1, waiting.get()),
                    StoreProblem.SERVER_UNREACHABLE));
            sleep(backoff);
            backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(StoreProblem.SERVER_UNREACHABLE, null, "interrupted while waiting", e);
        }
    }

    /** Moves handed in and not yet written (or refused). */
    public int waitingMoves() {
        return waiting.get();
    }

    @Override
    public void addStatusListener(Consumer<JournalStatus> listener) {
        listeners.add(listener);
    }

    private void tell(JournalStatus status) {
        listeners.forEach(l -> l.accept(status));
    }

    /** Waits up to a minute for waiting moves (a server still down then: they fail, the window already said so). */
    @Override
    public void close() {
        close(60);
    }

    /**
     * Waits up to {@code seconds} for waiting moves, then stops retrying: those not written fail (a durable outbox
     * keeps them for the next session, see {@link PgOutboxJournal}).
     */
    void close(long seconds) {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(seconds, TimeUnit.SECONDS)) {
                closing = true;
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
