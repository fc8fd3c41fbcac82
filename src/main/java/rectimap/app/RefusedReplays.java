package rectimap.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import rectimap.model.StepConflict;

/**
 * The steps an earlier session left in the outbox that the server refused when this opening sent them again
 * (someone changed their features meanwhile): held until the window asks for them ({@link #watch}), then handed to
 * it as they come. Thread-safe; the handler is called on the thread that heard the refusal.
 */
final class RefusedReplays {
    private final List<StepConflict> early = new ArrayList<>();
    private Consumer<StepConflict> handler;

    /** Follows {@code replayed} (the outbox's sends at opening): a conflict among them is handed on. */
    RefusedReplays(List<CompletableFuture<Void>> replayed) {
        replayed.forEach(sent -> sent.whenComplete((ok, failure) -> conflictOf(failure).ifPresent(this::refused)));
    }

    /** Hands {@code refused} every refusal so far, now, and each later one when it comes. */
    void watch(Consumer<StepConflict> refused) {
        List<StepConflict> before;
        synchronized (early) {
            handler = refused;
            before = List.copyOf(early);
            early.clear();
        }
        before.forEach(refused);
    }

    private void refused(StepConflict conflict) {
        Consumer<StepConflict> now;
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
