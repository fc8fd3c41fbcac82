package rectimap.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import rectimap.model.RefusedReplay;
import rectimap.model.StepConflict;
import rectimap.store.pg.PgOutboxJournal;

/**
 * The steps an earlier session left in the outbox that the server refused when this opening sent them again
 * (someone changed their features meanwhile): held until the window asks for them ({@link #watch}), then handed to
 * it as they come. Thread-safe; the handler is called on the thread that heard the refusal.
 */
final class RefusedReplays {
    private final List<RefusedReplay> early = new ArrayList<>();
    private Consumer<RefusedReplay> handler;

    /** Follows {@code replayed} (the outbox's sends at opening): a conflict among them is handed on with its time. */
    RefusedReplays(List<PgOutboxJournal.Replay> replayed) {
        replayed.forEach(replay -> replay.sent().whenComplete((ok, failure) -> conflictOf(failure)
                .ifPresent(conflict -> refused(new RefusedReplay(conflict, replay.keptAt())))));
    }

    /** Hands {@code refused} every refusal so far, now, and each later one when it comes. */
    void watch(Consumer<RefusedReplay> refused) {
        List<RefusedReplay> before;
        synchronized (early) {
            handler = refused;
            before = List.copyOf(early);
            early.clear();
        }
        before.forEach(refused);
    }

    private void refused(RefusedReplay conflict) {
        Consumer<RefusedReplay> now;
        synchronized (early) {
            now = handler;
            if (now == null) {
                early.add(conflict);
            }
        }
        if (now != null) {
            now.accept(conflict);
        }
    }

    /** The conflict a failed send (or its {@code CompletionException}) carries. */
    static Optional<StepConflict> conflictOf(Throwable failure) {
        if (failure instanceof StepConflict conflict) {
            return Optional.of(conflict);
        }
        return failure != null && failure.getCause() instanceof StepConflict conflict ? Optional.of(conflict)
                : Optional.empty();
    }
}
