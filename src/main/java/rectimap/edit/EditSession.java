package rectimap.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import rectimap.model.ChangeApplier;
import rectimap.model.ChangeSet;
import rectimap.model.EditJournal;
import rectimap.model.LayerRules;
import rectimap.model.Project;

/**
 * The editing state of an open project: the current immutable {@link Project}, the application-wide
 * {@link UndoHistory} and the {@link EditJournal} that makes each move durable (null in tests without a file). Every
 * execute, undo and redo applies its changes with {@link ChangeApplier}, records the move, forwards it to the journal
 * (which writes it as one transaction on its own thread; nothing here waits for the disk) and tells the listeners.
 * FX application thread only.
 */
public final class EditSession {
    private final UndoHistory history;
    private final EditJournal journal;
    private final LayerRules rules;
    private final List<Consumer<SessionChange>> listeners = new CopyOnWriteArrayList<>();
    private Project project;

    /**
     * @param journal where moves are made durable, or null to keep them in memory only
     * @param rules   the domain rules commands obey ({@code PlanningRules.INSTANCE} in the app)
     */
    public EditSession(Project project, UndoHistory history, EditJournal journal, LayerRules rules) {
        this.project = Objects.requireNonNull(project, "project");
        this.history = Objects.requireNonNull(history, "history");
        this.journal = journal;
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public Project project() {
        return project;
    }

    public UndoHistory history() {
        return history;
    }

    public LayerRules rules() {
        return rules;
    }

    public void addListener(Consumer<SessionChange> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<SessionChange> listener) {
        listeners.remove(listener);
    }

    /**
     * Builds {@code command} on the current project and executes its step; the result tells of any overlap clip.
     *
     * @throws CommandRefused when the command cannot be done; nothing changes then
     */
    public CommandResult run(EditCommand command) throws CommandRefused {
        CommandResult result = command.build(project, rules);
        execute(result.changes());
        return result;
    }

    /**
     * Applies {@code step}, records it as the newest undoable step (dropping undone ones) and journals it. An empty
     * step changes nothing and is not recorded (empty result).
     *
     * @throws IllegalStateException when the step does not fit the current project (stale); nothing changes then
     */
    public Optional<SessionChange> execute(ChangeSet step) {
        if (step.isEmpty()) {
            return Optional.empty();
        }
        Project next = ChangeApplier.apply(project, step);
        history.record(step);
        return Optional.of(publish(SessionChange.Kind.DONE, step, next,
                journal == null ? null : () -> journal.recordDone(step)));
    }

    /** Undoes the last done step; empty when there is none. */
    public Optional<SessionChange> undo() {
        Optional<String> name = history.undoName();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        ChangeSet inverse = history.steps().get(history.doneCount() - 1).inverse();
        Project next = ChangeApplier.apply(project, inverse);
        history.undo();
        return Optional.of(publish(SessionChange.Kind.UNDONE, inverse, next,
                journal == null ? null : () -> journal.recordUndone(inverse)));
    }

    /** Redoes the last undone step; empty when there is none. */
    public Optional<SessionChange> redo() {
        if (history.redoName().isEmpty()) {
            return Optional.empty();
        }
        ChangeSet step = history.steps().get(history.doneCount());
        Project next = ChangeApplier.apply(project, step);
        history.redo();
        return Optional.of(publish(SessionChange.Kind.REDONE, step, next,
                journal == null ? null : () -> journal.recordRedone(step)));
    }

    /**
     * Undoes or redoes step by step until {@code cursor} steps are done (the history panel's "back to here"); each
     * move is journalled on its own, in order.
     *
     * @throws IllegalArgumentException when {@code cursor} is outside 0..steps
     */
    public List<SessionChange> undoTo(int cursor) {
        if (cursor < 0 || cursor > history.steps().size()) {
            throw new IllegalArgumentException("cursor " + cursor + " outside 0.." + history.steps().size());
        }
        List<SessionChange> changes = new ArrayList<>();
        while (history.doneCount() > cursor) {
            undo().ifPresent(changes::add);
        }
        while (history.doneCount() < cursor) {
            redo().ifPresent(changes::add);
        }
        return changes;
    }

    /** Sets the project, starts the write (the journal queues it; we never wait) and tells the listeners. */
    private SessionChange publish(SessionChange.Kind kind, ChangeSet applied, Project next,
            java.util.function.Supplier<CompletableFuture<Void>> write) {
        project = next;
        CompletableFuture<Void> durable = write == null ? CompletableFuture.completedFuture(null) : write.get();
        SessionChange change = new SessionChange(kind, applied, next, durable);
        for (Consumer<SessionChange> listener : listeners) {
            listener.accept(change);
        }
        return change;
    }
}
