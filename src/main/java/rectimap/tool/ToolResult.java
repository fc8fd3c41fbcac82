package rectimap.tool;

import java.util.Map;
import java.util.Objects;
import rectimap.edit.AddFeatureCommand;
import rectimap.edit.ClipReport;
import rectimap.edit.CommandResult;
import rectimap.edit.OverlapPolicy;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.Selection;

/** What a tool hands to the application when the user finishes something. */
public sealed interface ToolResult {

    /**
     * One finished undoable edit (a vertex drag, a move, a split, a delete), built by the edit commands: execute
     * {@link #step()} through the edit session ({@code EditSession.execute}) and show {@link #clips()} — a clip made to
     * avoid overlap is never silent.
     */
    record Edit(CommandResult result) implements ToolResult {
        public Edit {
            Objects.requireNonNull(result, "result");
        }

        public ChangeSet step() {
            return result.changes();
        }

        public java.util.List<ClipReport> clips() {
            return result.clips();
        }
    }

    /** The selection the user made (replaces the current one). */
    record SelectionChange(Selection selection) implements ToolResult {
        public SelectionChange {
            Objects.requireNonNull(selection, "selection");
        }
    }

    /**
     * A new geometry drawn in layer {@code tableName}: open the attribute form for {@code draft} (the id it will get,
     * geometry in the layer's CRS — EPSG:4490 lon/lat —, derived fields computed, typed fields null) and, when the
     * user confirms, run {@link #command} with the typed values (which checks the rules, avoids overlap and may
     * refuse); cancelling the form drops it.
     */
    record NewFeature(String tableName, Feature draft, String layerTitle) implements ToolResult {
        public NewFeature {
            Objects.requireNonNull(tableName, "tableName");
            Objects.requireNonNull(draft, "draft");
            Objects.requireNonNull(layerTitle, "layerTitle");
        }

        /** The command that adds the drawn geometry with the values typed in the form. */
        public AddFeatureCommand command(Map<String, Object> typedValues, OverlapPolicy overlap) {
            return new AddFeatureCommand(tableName, draft.geometry(), typedValues, overlap);
        }
    }
}
