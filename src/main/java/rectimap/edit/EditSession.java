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
    private long moves;

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

    /**
     * Why the next undo cannot be done: the step names a feature another program changed or deleted since
     * (CHANGED_OUTSIDE, naming layer, feature and what changed); empty when it can, or there is nothing to undo.
     */
    public Optional<CommandRefused> undoRefusal() {
        return history.undoName().flatMap(name -> StepFit.refusal(project,
                history.steps().get(history.doneCount() - 1).inverse(), name, StepFit.Move.UNDO, rules));
    }

    /** Why the next redo cannot be done (see {@link #undoRefusal()}). */
    public Optional<CommandRefused> redoRefusal() {
        return history.redoName().flatMap(name -> StepFit.refusal(project, history.steps().get(history.doneCount()),
                name, StepFit.Move.REDO, rules));
    }

    /**
     * Undoes the last done step; empty when there is none.
     *
     * @throws IllegalStateException when {@link #undoRefusal()} has a reason; nothing changes then
     */
    public Optional<SessionChange> undo() {
        Optional<String> name = history.undoName();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        refuseUnfit(undoRefusal());
        ChangeSet inverse = history.steps().get(history.doneCount() - 1).inverse();
        Project next = ChangeApplier.apply(project, inverse);
        history.undo();
        return Optional.of(publish(SessionChange.Kind.UNDONE, inverse, next,
                journal == null ? null : () -> journal.recordUndone(inverse)));
    }

    /**
     * Redoes the last undone step; empty when there is none.
     *
     * @throws IllegalStateException when {@link #redoRefusal()} has a reason; nothing changes then
     */
    public Optional<SessionChange> redo() {
        if (history.redoName().isEmpty()) {
            return Optional.empty();
        }
        refuseUnfit(redoRefusal());
        ChangeSet step = history.steps().get(history.doneCount());
        Project next = ChangeApplier.apply(project, step);
        history.redo();
        return Optional.of(publish(SessionChange.Kind.REDONE, step, next,
                journal == null ? null : () -> journal.recordRedone(step)));
    }

    /**
     * Undoes or redoes step by step until {@code cursor} steps are done (the history panel's "back to here"); each
     * move is journalled on its own, in order. Stops before a move that is refused (see {@link #undoRefusal()}):
     * the moves made until then stay done, and the refusal is thrown.
     *
     * @throws IllegalArgumentException when {@code cursor} is outside 0..steps
     * @throws CommandRefused           when a move on the way does not fit the project any more
     */
    public List<SessionChange> undoTo(int cursor) throws CommandRefused {
        if (cursor < 0 || cursor > history.steps().size()) {
            throw new IllegalArgumentException("cursor " + cursor + " outside 0.." + history.steps().size());
        }
        List<SessionChange> changes = new ArrayList<>();
        while (history.doneCount() > cursor) {
            throwIfPresent(undoRefusal());
            undo().ifPresent(changes::add);
        }
        while (history.doneCount() < cursor) {
            throwIfPresent(redoRefusal());
            redo().ifPresent(changes::add);
        }
        return changes;
    }

    /**
     * Replaces the project and the history by what the project file holds after another program changed it (read
     * in one read transaction after every move made so far was written): nothing is applied or journalled; the
     * listeners are told (RELOADED).
     */
    public SessionChange reload(Project read, UndoHistory readHistory) {
        history.replaceWith(readHistory);
        return publish(SessionChange.Kind.RELOADED, new ChangeSet("", List.of()), read, null);
    }

    /** How many moves (execute, undo, redo, reload) this session made: a re-read asked before a move is stale. */
    public long moves() {
        return moves;
    }

    private static void throwIfPresent(Optional<CommandRefused> refusal) throws CommandRefused {
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    private static void refuseUnfit(Optional<CommandRefused> refusal) {
        refusal.ifPresent(refused -> {
            throw new IllegalStateException(refused.textEn(), refused);
        });
    }

    /** Sets the project, starts the write (the journal queues it; we never wait) and tells the listeners. */
    private SessionChange publish(SessionChange.Kind kind, ChangeSet applied, Project next,
            java.util.function.Supplier<CompletableFuture<Void>> write) {
        project = next;
        moves++;
        CompletableFuture<Void> durable = write == null ? CompletableFuture.completedFuture(null) : write.get();
        SessionChange change = new SessionChange(kind, applied, next, durable);
        for (Consumer<SessionChange> listener : listeners) {
            listener.accept(change);
        }
        return change;
    }
}
