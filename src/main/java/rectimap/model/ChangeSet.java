package rectimap.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One undoable step: a human name in the interface language (e.g. "拆分 解州镇-3 责任区", "隐藏图层 道路"), the
 * feature changes it makes, applied in order, and how it changes the layers' display (order, visibility, opacity,
 * style; null when it does not). It is persisted as one transaction and undone by applying {@link #inverse()}.
 */
public record ChangeSet(String name, List<FeatureChange> changes, LayerStateChange layerStates) {
    public ChangeSet {
        Objects.requireNonNull(name, "name");
        changes = List.copyOf(changes);
    }

    /** A step of feature changes only. */
    public ChangeSet(String name, List<FeatureChange> changes) {
        this(name, changes, null);
    }

    /** A step that changes only how layers are shown. */
    public static ChangeSet ofLayerStates(String name, LayerStateChange layerStates) {
        return new ChangeSet(name, List.of(), Objects.requireNonNull(layerStates, "layerStates"));
    }

    /** The step that undoes this one: every change inverted, in reverse order, under the same name. */
    public ChangeSet inverse() {
        List<FeatureChange> inverted = new ArrayList<>(changes.size());
        for (FeatureChange change : changes) {
            inverted.add(change.inverse());
        }
        Collections.reverse(inverted);
        return new ChangeSet(name, inverted, layerStates == null ? null : layerStates.inverse());
    }

    /**
     * The removals of features this step does not add back itself (a feature removed and added again is replaced,
     * not gone): what the step takes out of the project, in order.
     */
    public List<FeatureChange> removalsForGood() {
        java.util.Set<String> added = new java.util.HashSet<>();
        for (FeatureChange change : changes) {
            if (change.after() != null && change.before() == null) {
                added.add(change.tableName() + "\n" + change.featureId());
            }
        }
        return changes.stream().filter(c -> c.before() != null && c.after() == null)
                .filter(c -> !added.contains(c.tableName() + "\n" + c.featureId())).toList();
    }

    /** Whether the step changes nothing: no feature changes and no display change (or one that changes nothing). */
    public boolean isEmpty() {
        return changes.isEmpty() && (layerStates == null || layerStates.changesNothing());
    }
}
