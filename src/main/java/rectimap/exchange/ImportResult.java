package rectimap.exchange;

import java.util.List;
import rectimap.model.ChangeSet;
import rectimap.model.Layer;

/**
 * A finished (not yet written) import: for a new layer the layer to write, for an append the one undoable step to
 * execute; the records repaired or left out; the number of features imported.
 */
public record ImportResult(Layer newLayer, ChangeSet appendStep, List<RecordNote> notes, long importedCount) {
    public ImportResult {
        notes = List.copyOf(notes);
    }

    public long skippedCount() {
        return notes.stream().filter(n -> n.action() == RecordNote.Action.SKIPPED).count();
    }

    public long repairedCount() {
        return notes.stream().filter(n -> n.action() == RecordNote.Action.REPAIRED).count();
    }
}
