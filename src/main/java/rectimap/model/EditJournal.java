package rectimap.model;

import java.util.concurrent.CompletableFuture;

/**
 * Where finished edits are made durable: the project file. Each call is written as ONE transaction, in call order,
 * by a single writer thread; the returned future completes when the transaction has committed (or fails with a
 * {@link StoreException}). Callers on the FX thread never wait on it. The history cursor is the number of done
 * steps, as in {@code rectimap.edit.UndoHistory}.
 */
public interface EditJournal extends AutoCloseable {

    /** A new step was done: apply its changes, drop undone history rows after the cursor, append it, cursor + 1. */
    CompletableFuture<Void> recordDone(ChangeSet step);

    /** The last done step was undone: apply {@code inverse} (its inverse), cursor − 1. */
    CompletableFuture<Void> recordUndone(ChangeSet inverse);

    /** The next undone step was redone: apply {@code step} again, cursor + 1. */
    CompletableFuture<Void> recordRedone(ChangeSet step);

    /**
     * Tells {@code listener} each time the file's standing changes ({@link JournalStatus}: saved, or moves waiting
     * to be written and why), on the journal's own thread, so a UI hops to its thread itself. The journal keeps
     * moves it cannot write yet and retries them by itself; their futures complete once they are written.
     */
    default void addStatusListener(java.util.function.Consumer<JournalStatus> listener) {
    }

    /**
     * Waits for every pending write, then stops the writer. Moves that still cannot be written stay in the
     * journal's recovery file and are written when the project is opened next.
     */
    @Override
    void close();
}
