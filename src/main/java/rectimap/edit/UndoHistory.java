package rectimap.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import rectimap.model.ChangeSet;

/**
 * The application-wide undo history: the steps done, in order, and a cursor. Recording a new step drops the steps
 * that were undone after the cursor. FX application thread only.
 */
public final class UndoHistory {
    private final List<ChangeSet> steps = new ArrayList<>();
    private int done;

    /** Records a step that has just been applied. */
    public void record(ChangeSet step) {
        steps.subList(done, steps.size()).clear();
        steps.add(step);
        done++;
    }

    /** The step to apply to undo the last done step (its inverse), moving the cursor back; empty when none. */
    public Optional<ChangeSet> undo() {
        if (done == 0) {
            return Optional.empty();
        }
        done--;
        return Optional.of(steps.get(done).inverse());
    }

    /** The step to apply to redo the last undone step, moving the cursor forward; empty when none. */
    public Optional<ChangeSet> redo() {
        if (done == steps.size()) {
            return Optional.empty();
        }
        return Optional.of(steps.get(done++));
    }

    /** The name of the step {@link #undo()} would undo ("撤销 " + this in the Edit menu). */
    public Optional<String> undoName() {
        return done == 0 ? Optional.empty() : Optional.of(steps.get(done - 1).name());
    }

    public Optional<String> redoName() {
        return done == steps.size() ? Optional.empty() : Optional.of(steps.get(done).name());
    }

    /** All steps, oldest first; the first {@link #doneCount()} are done, the rest undone. */
    public List<ChangeSet> steps() {
        return List.copyOf(steps);
    }

    public int doneCount() {
        return done;
    }

    /**
     * Forgets {@code step} (the newest recording of it), as if it had never been done: a shared project refused it,
     * so it is in no one's project. The steps after it stay, in order; false when it is not here.
     */
    public boolean forget(ChangeSet step) {
        int at = steps.lastIndexOf(step);
        if (at < 0) {
            return false;
        }
        steps.remove(at);
        if (at < done) {
            done--;
        }
        return true;
    }

    /** Replaces the whole history by one read back from the project file (after another program changed it). */
    public void replaceWith(UndoHistory read) {
        steps.clear();
        steps.addAll(read.steps);
        done = read.done;
    }

    /** Restores a history read back from the project file. */
    public static UndoHistory of(List<ChangeSet> steps, int doneCount) {
        if (doneCount < 0 || doneCount > steps.size()) {
            throw new IllegalArgumentException("cursor " + doneCount + " outside 0.." + steps.size());
        }
        UndoHistory history = new UndoHistory();
        history.steps.addAll(steps);
        history.done = doneCount;
        return history;
    }
}
