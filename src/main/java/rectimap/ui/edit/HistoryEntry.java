package rectimap.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import rectimap.model.ChangeSet;

/**
 * One row of the history panel: the step's name (as recorded, Chinese), its state, and the undo cursor that
 * clicking the row asks for (the number of steps done once this row is the current one). Row 0 is the starting
 * point, with cursor 0 and the name given by the caller ("打开项目时").
 */
public record HistoryEntry(int cursor, String name, StepState state) {
    public HistoryEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
    }

    /**
     * The rows for {@code steps} (oldest first) with {@code doneCount} of them done, preceded by the starting point.
     *
     * @throws IllegalArgumentException when {@code doneCount} is outside 0..steps
     */
    public static List<HistoryEntry> of(List<ChangeSet> steps, int doneCount, String startName) {
        if (doneCount < 0 || doneCount > steps.size()) {
            throw new IllegalArgumentException("cursor " + doneCount + " outside 0.." + steps.size());
        }
        List<HistoryEntry> entries = new ArrayList<>(steps.size() + 1);
        entries.add(new HistoryEntry(0, startName, stateOf(0, doneCount)));
        for (int i = 0; i < steps.size(); i++) {
            entries.add(new HistoryEntry(i + 1, steps.get(i).name(), stateOf(i + 1, doneCount)));
        }
        return List.copyOf(entries);
    }

    private static StepState stateOf(int cursor, int doneCount) {
        return cursor < doneCount ? StepState.DONE : cursor == doneCount ? StepState.CURRENT : StepState.UNDONE;
    }
}
