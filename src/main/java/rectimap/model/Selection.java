package rectimap.model;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The selected features of a project, in the order they were selected. Immutable; "with" methods return changed
 * copies. Features are named by {@link FeatureRef}, so a selection survives edits that replace feature instances.
 */
public record Selection(Set<FeatureRef> features) {
    private static final Selection EMPTY = new Selection(Set.of());

    public Selection {
        features = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(features));
    }

    public static Selection empty() {
        return EMPTY;
    }

    public static Selection of(Collection<FeatureRef> refs) {
        return new Selection(new LinkedHashSet<>(refs));
    }

    public boolean isEmpty() {
        return features.isEmpty();
    }

    public boolean contains(FeatureRef ref) {
        return features.contains(ref);
    }

    /** This selection plus {@code refs} (already selected ones stay, in their place). */
    public Selection plus(Collection<FeatureRef> refs) {
        Set<FeatureRef> grown = new LinkedHashSet<>(features);
        grown.addAll(refs);
        return new Selection(grown);
    }

    /** This selection with {@code ref} removed when selected, added when not (Shift+click). */
    public Selection toggled(FeatureRef ref) {
        Set<FeatureRef> changed = new LinkedHashSet<>(features);
        if (!changed.remove(ref)) {
            changed.add(ref);
        }
        return new Selection(changed);
    }

    /** The ids selected in one layer, in selection order. */
    public java.util.List<Long> idsIn(String tableName) {
        return features.stream().filter(f -> f.tableName().equals(tableName)).map(FeatureRef::featureId).toList();
    }
}
