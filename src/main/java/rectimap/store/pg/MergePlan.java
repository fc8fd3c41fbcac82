package rectimap.store.pg;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureType;

/**
 * The three-way comparison of one planning layer of a work package, as a pure function: for every feature the
 * cadre touched (package vs its base), whether the server moved on since that base (row version). Base = what this
 * package last merged for the feature ({@link Merged}, from the project's registry) or else the package's base copy.
 * <ul>
 * <li>package = base → nothing (the server's later changes stand);</li>
 * <li>no base → ADD;</li>
 * <li>server row still at the base version → CHANGE or DELETE;</li>
 * <li>server moved on, but holds what the package holds (or both deleted) → SAME;</li>
 * <li>else → CONFLICT.</li>
 * </ul>
 */
final class MergePlan {

    /** What an earlier merge of this package left on the server for one package feature. */
    record Merged(long serverFid, long version, String fingerprint) {
    }

    private MergePlan() {
    }

    /**
     * @param type   the layer's schema (derived fields marked, so they are compared through the geometry)
     * @param base   the package's base rows of this layer, by package fid
     * @param merged the registry's rows of this package and layer, by package fid
     * @param mine   the package's features of this layer, by package fid
     * @param server the server's rows of every server fid named by {@code base} and {@code merged}, by server fid
     */
    static List<MergeItem> compare(String table, FeatureType type, Map<Long, BaseRow> base, Map<Long, Merged> merged,
            Map<Long, Feature> mine, Map<Long, VersionedFeature> server) {
        TreeSet<Long> keys = new TreeSet<>(base.keySet());
        keys.addAll(merged.keySet());
        keys.addAll(mine.keySet());
        List<MergeItem> items = new ArrayList<>();
        for (long fid : keys) {
            Feature m = mine.get(fid);
            String mineFp = FeatureFingerprint.of(type, m);
            Merged was = merged.get(fid);
            BaseRow row = base.get(fid);
            if (was == null && row == null) {
                items.add(new MergeItem(MergeItem.Kind.ADD, table, fid, -1, null, m, null));
                continue;
            }
            long serverFid = was != null ? was.serverFid() : row.serverFid();
            long baseVersion = was != null ? was.version() : row.version();
            Feature baseFeature = was != null ? null : row.feature();
            String baseFp = was != null ? was.fingerprint() : FeatureFingerprint.of(type, row.feature());
            if (mineFp.equals(baseFp)) {
                continue;
            }
            VersionedFeature s = server.get(serverFid);
            MergeItem.Kind kind;
            if (s != null && s.version() == baseVersion) {
                kind = m == null ? MergeItem.Kind.DELETE : MergeItem.Kind.CHANGE;
            } else if (mineFp.equals(FeatureFingerprint.of(type, s == null ? null : s.feature()))) {
                kind = MergeItem.Kind.SAME;
            } else {
                kind = MergeItem.Kind.CONFLICT;
            }
            items.add(new MergeItem(kind, table, fid, serverFid, baseFeature, m, s));
        }
        return items;
    }
}
