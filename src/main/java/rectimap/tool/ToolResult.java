package rectimap.tool;

import java.util.Objects;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.Selection;

/** What a tool hands to the application when the user finishes something. */
public sealed interface ToolResult {

    /** One finished undoable edit (a vertex drag, a move, a split): apply it, record it in the undo history. */
    record Edit(ChangeSet step) implements ToolResult {
        public Edit {
            Objects.requireNonNull(step, "step");
        }
    }

    /** The selection the user made (replaces the current one). */
    record SelectionChange(Selection selection) implements ToolResult {
        public SelectionChange {
            Objects.requireNonNull(selection, "selection");
        }
    }

    /**
     * A new geometry drawn in layer {@code tableName}: open the attribute form for {@code draft} (next free id,
     * geometry in the layer's CRS — EPSG:4490 lon/lat —, derived fields computed, typed fields null) and, when the
     * user confirms, apply {@link #addition()} with the typed values merged in; cancelling the form drops it.
     */
    record NewFeature(String tableName, Feature draft, String layerTitle) implements ToolResult {
        public NewFeature {
            Objects.requireNonNull(tableName, "tableName");
            Objects.requireNonNull(draft, "draft");
            Objects.requireNonNull(layerTitle, "layerTitle");
        }

        /** The step that adds the draft as it is, named "新建 <layer title>". */
        public ChangeSet addition() {
            return new ChangeSet("新建 " + layerTitle,
                    java.util.List.of(rectimap.model.FeatureChange.added(tableName, draft)));
        }
    }
}
