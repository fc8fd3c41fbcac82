package rectimap.store.pg;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import rectimap.model.ChangeSet;
import rectimap.model.EditJournal;
import rectimap.model.JournalStatus;
import rectimap.model.StepConflict;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * The shared project's journal that also survives this program ending while the server is out of reach: every
 * move is put in the user's {@link PgOutbox} (forced to disk) before {@link PgJournal} sends it under its id, and
 * taken out once the server confirmed it or refused it for this account (a permission). A move refused because
 * someone else changed its features first ({@link StepConflict}) stays until the user {@link #settle settled} it
 * (saved a new step or gave it up): a program ended while the conflict dialog is open offers it again at the next
 * opening. Opening replays what an earlier session left, under the same ids, before any new move, so each lands
 * exactly once. The outbox is touched only by this journal's own disk thread, in call order, so the writer's order
 * is the user's.
 */
public final class PgOutboxJournal implements EditJournal {
    private static final long CLOSE_WAIT_SECONDS = 3;
    private final PgJournal journal;
    private final PgOutbox outbox;
    private final ExecutorService disk = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rectimap-pg-outbox");
        t.setDaemon(true);
        return t;
    });
    private final List<Replay> replayed;
    /** Moves refused by a conflict and still in the outbox, by their refusal (identity), until settled. */
    private final java.util.Map<StepConflict, UUID> unsettled = new java.util.concurrent.ConcurrentHashMap<>();

    private PgOutboxJournal(PgJournal journal, PgOutbox outbox) {
        this.journal = journal;
        this.outbox = outbox;
        this.replayed = outbox.pending().stream().map(p -> new Replay(p.step(), p.keptAt(),
                send(p.id(), p.action(), p.step()))).toList();
    }

    /** The journal of {@code store}'s project for this user, its outbox in the user's data folder. */
    public static PgOutboxJournal open(PgFeatureStore store, SeenVersions seen) {
        return new PgOutboxJournal(new PgJournal(store, seen), PgOutbox.of(store.address()));
    }

    /** As {@link #open(PgFeatureStore, SeenVersions)} with the outbox in {@code folder}. */
    public static PgOutboxJournal open(PgFeatureStore store, SeenVersions seen, Path folder) {
        return new PgOutboxJournal(new PgJournal(store, seen), PgOutbox.in(folder, store.address()));
    }

    /**
     * A move an earlier session left in the outbox and this opening sent again: the step, when it was kept (null
     * for a record without its time) and its sending (done once confirmed; a conflict fails it with the
     * {@link StepConflict}).
     */
    public record Replay(ChangeSet step, java.time.Instant keptAt, CompletableFuture<Void> sent) {
    }

    /** The moves an earlier session left and this one sent again, oldest first. */
    public List<Replay> replayed() {
        return replayed;
    }

    @Override
    public CompletableFuture<Void> recordDone(ChangeSet step) {
        return queue(UUID.randomUUID(), "DONE", step);
    }

    @Override
    public CompletableFuture<Void> recordUndone(ChangeSet inverse) {
        return queue(UUID.randomUUID(), "UNDONE", inverse);
    }

    @Override
    public CompletableFuture<Void> recordRedone(ChangeSet step) {
        return queue(UUID.randomUUID(), "REDONE", step);
    }

    /** Keeps the move in the outbox, then sends it. */
    private CompletableFuture<Void> queue(UUID id, String action, ChangeSet step) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        disk.execute(() -> {
            try {
                outbox.add(id, action, step);
            } catch (IOException e) {
                // No durable copy (disk full, no permission): the move is still sent and retried in memory.
            }
            relay(id, action, step, result);
        });
        return result;
    }

    private CompletableFuture<Void> send(UUID id, String action, ChangeSet step) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        disk.execute(() -> relay(id, action, step, result));
        return result;
    }

    private void onDisk(Runnable work) {
        try {
            disk.execute(work);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // Closing: the step stays in the outbox and is sent once more next time (applied once).
        }
    }

    private void relay(UUID id, String action, ChangeSet step, CompletableFuture<Void> result) {
        journal.submit(id, action, step).whenComplete((ok, failure) -> {
            if (causeOf(failure) instanceof StepConflict conflict) {
                unsettled.put(conflict, id);
            } else if (failure == null || isFinal(failure)) {
                onDisk(() -> {
                    try {
                        outbox.done(id);
                    } catch (IOException e) {
                        // Left in the outbox: the next session sends it again and the server applies it once.
                    }
                });
            }
            if (failure == null) {
                result.complete(null);
            } else {
                result.completeExceptionally(failure);
            }
        });
    }

    /**
     * The user settled the move {@code refused} names (saved their choice as a new step, or gave it up): it leaves
     * the outbox. Nothing when it is not this journal's (or was settled already) or the journal is closed.
     */
    public void settle(StepConflict refused) {
        onDisk(() -> {
            UUID id = unsettled.remove(refused);
            if (id != null) {
                try {
                    outbox.done(id);
                } catch (IOException e) {
                    // Left in the outbox: the next opening offers the conflict again; nothing is lost.
                }
            }
        });
    }

    /** A refusal that sending again would not change (this account's rights). */
    private static boolean isFinal(Throwable failure) {
        return causeOf(failure) instanceof StoreException s && s.problem() == StoreProblem.PERMISSION_DENIED;
    }

    private static Throwable causeOf(Throwable failure) {
        return failure instanceof java.util.concurrent.CompletionException c ? c.getCause() : failure;
    }

    /** The moves kept in the outbox and not confirmed yet. */
    public int waitingMoves() {
        return journal.waitingMoves();
    }

    @Override
    public void addStatusListener(Consumer<JournalStatus> listener) {
        journal.addStatusListener(listener);
    }

    /**
     * Waits a few seconds for the moves being sent; those still unsent (the server out of reach) stay in the outbox
     * and are sent at the next opening, so closing never hangs on a dead server.
     */
    @Override
    public void close() {
        journal.close(CLOSE_WAIT_SECONDS);
        disk.shutdown();
        try {
            disk.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            outbox.close();
        } catch (IOException e) {
            // The outbox's last records are on disk already (steps are forced); nothing else to keep.
        }
    }
}
