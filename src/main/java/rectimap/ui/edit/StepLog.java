package rectimap.ui.edit;

import java.time.LocalTime;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import rectimap.edit.SessionChange;
import rectimap.model.ChangeSet;

/**
 * What the history panel knows about each step beyond its changes: when it was done in this window and whether its
 * last move (do, undo or redo) has been written. Steps read from the project file (done in an earlier session) have
 * no time and count as saved. Keyed by the step instance the history holds. FX thread only.
 */
public final class StepLog {
    private final Map<ChangeSet, LocalTime> doneAt = new IdentityHashMap<>();
    private final Map<ChangeSet, CompletableFuture<Void>> lastWrite = new IdentityHashMap<>();

    /**
     * Notes a move; {@code steps} and {@code doneCount} are the history after it (the moved step is the last done one
     * after a do or redo, the first undone one after an undo).
     */
    public void moved(SessionChange change, List<ChangeSet> steps, int doneCount, LocalTime now) {
        int index = switch (change.kind()) {
            case DONE, REDONE -> doneCount - 1;
            case UNDONE -> doneCount;
            case RELOADED -> -1;
        };
        if (index < 0 || index >= steps.size()) {
            return;
        }
        ChangeSet step = steps.get(index);
        if (change.kind() == SessionChange.Kind.DONE) {
            doneAt.put(step, now);
        }
        lastWrite.put(step, change.durable());
        doneAt.keySet().removeIf(s -> !containsInstance(steps, s));
        lastWrite.keySet().removeIf(s -> !containsInstance(steps, s));
    }

    /** When {@code step} was done in this window, null when before it opened. */
    public LocalTime doneAt(ChangeSet step) {
        return doneAt.get(step);
    }

    /** Whether {@code step}'s last move is written. */
    public SaveState saveState(ChangeSet step) {
        CompletableFuture<Void> write = lastWrite.get(step);
        if (write == null || write.isDone() && !write.isCompletedExceptionally()) {
            return SaveState.SAVED;
        }
        return write.isDone() ? SaveState.FAILED : SaveState.WAITING;
    }

    private static boolean containsInstance(List<ChangeSet> steps, ChangeSet step) {
        for (ChangeSet s : steps) {
            if (s == step) {
                return true;
            }
        }
        return false;
    }
}
