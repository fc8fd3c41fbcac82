package rectimap.ui.edit;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import rectimap.model.ChangeSet;
import rectimap.model.FeatureChange;
import rectimap.model.LayerStateChange;

/**
 * One row of the history panel: the step's name (as recorded, Chinese), its state, the undo cursor that clicking the
 * row asks for (the number of steps done once this row is the current one), when it was done in this window (null
 * when before it opened), the layers (table names) and feature ids it touches, and whether its last move is written.
 * Row 0 is the starting point, with cursor 0 and the name given by the caller ("打开项目时").
 */
public record HistoryEntry(int cursor, String name, StepState state, LocalTime time, List<String> tables,
                           List<Long> featureIds, SaveState saved) {
    public HistoryEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(saved, "saved");
        tables = List.copyOf(tables);
        featureIds = List.copyOf(featureIds);
    }

    /**
     * The rows for {@code steps} (oldest first) with {@code doneCount} of them done, preceded by the starting point;
     * times and save states from {@code log}.
     *
     * @throws IllegalArgumentException when {@code doneCount} is outside 0..steps
     */
    public static List<HistoryEntry> of(List<ChangeSet> steps, int doneCount, String startName, StepLog log) {
        if (doneCount < 0 || doneCount > steps.size()) {
            throw new IllegalArgumentException("cursor " + doneCount + " outside 0.." + steps.size());
        }
        List<HistoryEntry> entries = new ArrayList<>(steps.size() + 1);
        entries.add(new HistoryEntry(0, startName, stateOf(0, doneCount), null, List.of(), List.of(),
                SaveState.SAVED));
        for (int i = 0; i < steps.size(); i++) {
            ChangeSet step = steps.get(i);
            Set<String> tables = new LinkedHashSet<>();
            Set<Long> ids = new LinkedHashSet<>();
            for (FeatureChange change : step.changes()) {
                tables.add(change.tableName());
                ids.add(change.featureId());
            }
            tables.addAll(displayChanged(step.layerStates()));
            entries.add(new HistoryEntry(i + 1, step.name(), stateOf(i + 1, doneCount), log.doneAt(step),
                    List.copyOf(tables), List.copyOf(ids), log.saveState(step)));
        }
        return List.copyOf(entries);
    }

    /** The layers whose display a step changes (visibility, opacity, style or place). */
    private static List<String> displayChanged(LayerStateChange change) {
        List<String> tables = new ArrayList<>();
        if (change != null) {
            for (int i = 0; i < change.before().size(); i++) {
                if (!change.before().get(i).equals(change.after().get(i))) {
                    tables.add(change.after().get(i).tableName());
                }
            }
        }
        return tables;
    }

    private static StepState stateOf(int cursor, int doneCount) {
        return cursor < doneCount ? StepState.DONE : cursor == doneCount ? StepState.CURRENT : StepState.UNDONE;
    }
}
