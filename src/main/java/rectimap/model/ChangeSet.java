package rectimap.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One undoable step: a human name in the interface language (e.g. "拆分 解州镇-3 责任区") and the feature changes it
 * makes, applied in order. It is persisted as one transaction and undone by applying {@link #inverse()}.
 */
public record ChangeSet(String name, List<FeatureChange> changes) {
    public ChangeSet {
        Objects.requireNonNull(name, "name");
        changes = List.copyOf(changes);
    }

    /** The step that undoes this one: every change inverted, in reverse order, under the same name. */
    public ChangeSet inverse() {
        List<FeatureChange> inverted = new ArrayList<>(changes.size());
        for (FeatureChange change : changes) {
            inverted.add(change.inverse());
        }
        Collections.reverse(inverted);
        return new ChangeSet(name, inverted);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
