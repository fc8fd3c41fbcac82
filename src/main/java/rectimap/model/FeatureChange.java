package rectimap.model;

import java.util.Objects;

/**
 * One feature's change within a layer: added ({@code before} null), removed ({@code after} null) or replaced (both,
 * same id). Immutable; {@link #inverse()} undoes it exactly, restoring the old instance.
 */
public record FeatureChange(String tableName, Feature before, Feature after) {
    public FeatureChange {
        Objects.requireNonNull(tableName, "tableName");
        if (before == null && after == null) {
            throw new IllegalArgumentException("a change needs a before or an after");
        }
        if (before != null && after != null && before.id() != after.id()) {
            throw new IllegalArgumentException("a replacement keeps the feature id: " + before.id() + " → " + after.id());
        }
    }

    public static FeatureChange added(String tableName, Feature feature) {
        return new FeatureChange(tableName, null, feature);
    }

    public static FeatureChange removed(String tableName, Feature feature) {
        return new FeatureChange(tableName, feature, null);
    }

    public static FeatureChange replaced(String tableName, Feature before, Feature after) {
        return new FeatureChange(tableName, before, after);
    }

    public long featureId() {
        return before != null ? before.id() : after.id();
    }

    public FeatureChange inverse() {
        return new FeatureChange(tableName, after, before);
    }
}
