package rectimap.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import rectimap.model.JournalStatus;
import rectimap.model.StoreException;

/**
 * The journal's writes not yet in the file, in order, each with the future its caller waits on. A write that fails
 * for a passing reason ({@link WriteFailures#isPassing}: another program holds the file, a full disk, no write
 * permission, an I/O error) stays at the head: the queue is kept in the {@link RecoveryJournal}, the status listeners
 * hear how many moves wait and why, and the queue is tried again after a back-off (1, 2, 4, 8, then every 10 s) for
 * as long as it takes ({@link WritePatience#KEEP_TRYING}) or a few times ({@link WritePatience#GIVE_UP}). A write that
 * does not fit the file fails the queue for good (the caller's model no longer matches the file), except an undo or
 * redo another program's change refuses ({@link #refused}). Confined to the
 * journal's writer thread, except {@link #addStatusListener}.
 */
final class WriteQueue {
    private static final Logger LOG = Logger.getLogger(WriteQueue.class.getName());
    private static final long MAX_BACK_OFF_MS = 10_000;

    private record Queued(PendingWrite pending, CompletableFuture<Void> done) {
    }

    private final Path file;
    private final JournalTransactions transactions;
    private final ScheduledExecutorService writer;
    private final WritePatience patience;
    private final RecoveryJournal recovery;
    private final String origin = UUID.randomUUID().toString();
    private final Deque<Queued> queue = new ArrayDeque<>();
    private final List<Consumer<JournalStatus>> listeners = new CopyOnWriteArrayList<>();
    private long nextSeq = 1;
    private int failedAttempts;
    private volatile JournalStatus status;
    private StoreException failure;
    private boolean retryScheduled;

    WriteQueue(Path file, JournalTransactions transactions, ScheduledExecutorService writer, WritePatience patience) {
        this.file = file;
        this.transactions = transactions;
        this.writer = writer;
        this.patience = patience;
        this.recovery = RecoveryJournal.of(file);
        this.status = JournalStatus.saved(file);
    }

    /** Queues {@code write}; {@code done} completes once it is in the file (or fails with the queue's failure). */
    void add(JournalWrite write, CompletableFuture<Void> done) {
        if (failure != null) {
            done.completeExceptionally(failure);
            return;
        }
        queue.add(new Queued(new PendingWrite(origin, nextSeq++, write), done));
        if (isWaiting()) {
            keepDurably();
            tell(new JournalStatus(file, unsavedMoves(), status.problem()));
        } else {
            drain();
        }
    }

    /** The failure that ended the queue for good; null while it works. */
    StoreException failure() {
        return failure;
    }

    /** Writes waiting, in order (for Save As: the copy gets them too). */
    List<PendingWrite> waiting() {
        return queue.stream().map(Queued::pending).toList();
    }

    boolean isWaiting() {
        return !status.isSaved();
    }

    void addStatusListener(Consumer<JournalStatus> listener) {
        listeners.add(listener);
        listener.accept(status);
    }

    /**
     * One more try before the journal closes; what still fails stays in the recovery journal for the next session
     * and its futures fail with the reason.
     */
    void closing() {
        if (queue.isEmpty() || failure != null) {
            return;
        }
        retryScheduled = false;
        drain();
        StoreException reason = new StoreException(status.isSaved() ? rectimap.model.StoreProblem.WRITE_FAILED
                : status.problem(), file, queue.size() + " moves not written yet; kept for the next opening");
        queue.forEach(queued -> queued.done().completeExceptionally(reason));
        queue.clear();
    }

    /** Writes the queue's head, one transaction each, until it is empty or a write fails. */
    private void drain() {
        retryScheduled = false;
        while (!queue.isEmpty()) {
            Queued head = queue.peek();
            try {
                transactions.write(head.pending());
            } catch (StoreException e) {
                failed(e);
                return;
            } catch (RuntimeException e) {
                failed(new StoreException(rectimap.model.StoreProblem.WRITE_FAILED, file,
                        head.pending().write().action() + ": " + e.getMessage(), e));
                return;
            }
            queue.remove();
            if (isWaiting()) {
                // The status is told before the future completes: whoever waits on it sees the new count.
                keepDurably();
                tell(queue.isEmpty() ? JournalStatus.saved(file) : new JournalStatus(file, unsavedMoves(),
                        status.problem()));
            }
            head.done().complete(null);
        }
        failedAttempts = 0;
    }

    private void failed(StoreException e) {
        if (e.problem() == rectimap.model.StoreProblem.CHANGED_OUTSIDE) {
            refused(e);
            return;
        }
        failedAttempts++;
        if (!SqliteFailures.isPassing(e) || patience.givesUpAfter(failedAttempts)) {
            failure = e;
            tell(new JournalStatus(file, queue.size(), e.problem()));
            queue.forEach(queued -> queued.done().completeExceptionally(e));
            queue.clear();
            if (patience == WritePatience.GIVE_UP) {
                clearRecovery();
            }
            return;
        }
        keepDurably();
        tell(new JournalStatus(file, unsavedMoves(), e.problem()));
        if (!retryScheduled) {
            retryScheduled = true;
            writer.schedule(this::retry, backOffMs(failedAttempts), TimeUnit.MILLISECONDS);
        }
    }

    /** The pause before the next try after {@code failedAttempts} failed ones: 1, 2, 4, 8, then every 10 s. */
    static long backOffMs(int failedAttempts) {
        return Math.min(MAX_BACK_OFF_MS, 1_000L << Math.min(failedAttempts - 1, 4));
    }

    /**
     * An undo or redo that no longer fits the file (another program changed its feature) is not written, nor are
     * the moves queued after it, which were made on top of it: their futures fail with the reason, the queue keeps
     * working for later moves, and the caller re-reads the file (the outside change makes the watch tell of it).
     */
    private void refused(StoreException e) {
        queue.forEach(queued -> queued.done().completeExceptionally(e));
        queue.clear();
        failedAttempts = 0;
        if (isWaiting()) {
            keepDurably();
            tell(JournalStatus.saved(file));
        }
    }

    private void retry() {
        if (failure == null && retryScheduled) {
            drain();
        }
    }

    private void keepDurably() {
        if (patience == WritePatience.GIVE_UP) {
            return;
        }
        try {
            recovery.keep(waiting());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "unsaved moves of " + file + " are kept in memory only: " + e.getMessage(), e);
        }
    }

    private void clearRecovery() {
        try {
            recovery.clear();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot delete the recovery journal of " + file + ": " + e.getMessage(), e);
        }
    }

    /** Moves the user made that wait (edits, settings, review records). */
    private int unsavedMoves() {
        return queue.size();
    }

    private void tell(JournalStatus next) {
        if (next.equals(status)) {
            return;
        }
        status = next;
        listeners.forEach(listener -> listener.accept(next));
    }
}
