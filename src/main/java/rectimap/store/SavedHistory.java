package rectimap.store;

import java.util.List;
import rectimap.model.ChangeSet;

/**
 * The undo history as one commit of the file has it: the steps, oldest first, and how many of them are done
 * ({@code cursor}, 0..steps). Read in one read transaction ({@link GeoPackageStore#savedHistory()}), so the cursor
 * always fits the steps; feed both to {@code UndoHistory.of}.
 */
public record SavedHistory(List<ChangeSet> steps, int cursor) {
    public SavedHistory {
        steps = List.copyOf(steps);
        if (cursor < 0 || cursor > steps.size()) {
            throw new IllegalArgumentException("cursor " + cursor + " outside 0.." + steps.size());
        }
    }
}
