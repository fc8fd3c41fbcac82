package rectimap.store.pg;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import rectimap.model.Feature;

/**
 * Which row version this client saw each feature at, keyed by the feature's exact content: a step's "before"
 * feature finds the version it was built on, so a step built from what the user saw before a refresh is checked
 * against that old version (and refused when the row moved on), never against the refreshed one. A few recent
 * contents are kept per feature. Thread-safe.
 */
public final class SeenVersions {
    private static final int KEPT_PER_FEATURE = 4;
    private final Map<String, LinkedHashMap<Feature, Long>> seen = new HashMap<>();

    /** Remembers that {@code feature} of {@code table} is at {@code version}. */
    public synchronized void saw(String table, Feature feature, long version) {
        LinkedHashMap<Feature, Long> versions = seen.computeIfAbsent(key(table, feature.id()),
                k -> new LinkedHashMap<>());
        versions.remove(feature);
        versions.put(feature, version);
        while (versions.size() > KEPT_PER_FEATURE) {
            versions.remove(versions.keySet().iterator().next());
        }
    }

    /** Remembers every row of a layer as read. */
    public synchronized void sawAll(String table, Iterable<VersionedFeature> rows) {
        for (VersionedFeature row : rows) {
            saw(table, row.feature(), row.version());
        }
    }

    /** The version {@code feature} was seen at; -1 when this exact content was never seen (always a conflict). */
    public synchronized long versionOf(String table, Feature feature) {
        LinkedHashMap<Feature, Long> versions = seen.get(key(table, feature.id()));
        Long version = versions == null ? null : versions.get(feature);
        return version == null ? -1 : version;
    }

    /** The newest version seen of the feature, or -1. */
    public synchronized long newest(String table, long id) {
        LinkedHashMap<Feature, Long> versions = seen.get(key(table, id));
        return versions == null ? -1 : versions.values().stream().mapToLong(Long::longValue).max().orElse(-1);
    }

    private static String key(String table, long id) {
        return table + '\u0000' + id;
    }
}
