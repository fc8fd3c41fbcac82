package rectimap.exchange;

import java.util.Map;
import rectimap.model.LayerRole;

/** Where imported features go: a new layer of the project, or appended to an existing (planning) layer. */
public sealed interface ImportTarget {

    /**
     * A new layer: table name (unique in the project), display title and role (reference or planning). Written
     * by the store's bulk import; not an undoable step.
     */
    record NewLayer(String tableName, String title, LayerRole role) implements ImportTarget {
    }

    /**
     * Appended to {@code tableName} as one undoable step; {@code sourceFieldByTarget} maps each target field to the
     * source field that fills it (unmapped target fields stay empty; see {@link FieldMatching#auto}).
     */
    record Append(String tableName, Map<String, String> sourceFieldByTarget) implements ImportTarget {
        public Append {
            sourceFieldByTarget = Map.copyOf(sourceFieldByTarget);
        }
    }
}
