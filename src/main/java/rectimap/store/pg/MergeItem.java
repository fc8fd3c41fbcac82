package rectimap.store.pg;

import rectimap.model.Feature;

/**
 * One package feature's fate in a merge. {@code packageFid} is its id in the package, {@code serverFid} its row on
 * the server (-1 for a feature the cadre added); {@code base} what both sides started from (null for an add, or when
 * the base is an earlier merge, known only by version and fingerprint), {@code mine} the package's feature (null when
 * the cadre deleted it), {@code theirs} the server's row now (null when deleted there or for an add).
 */
public record MergeItem(Kind kind, String tableName, long packageFid, long serverFid, Feature base, Feature mine,
        VersionedFeature theirs) {

    /** What the merge does with the feature. */
    public enum Kind {
        /** A feature the cadre added: inserted under a new server id. */
        ADD,
        /** Changed in the package only: written over the server row (version-checked). */
        CHANGE,
        /** Deleted in the package only: deleted on the server (version-checked). */
        DELETE,
        /** Both sides hold the same now (e.g. merged before): nothing to write. */
        SAME,
        /** Changed in the package AND on the server since the base, differently: left for a choice. */
        CONFLICT,
        /** The package's geometry lies outside the package's township: refused. */
        OUTSIDE
    }

    MergeItem as(Kind other) {
        return new MergeItem(other, tableName, packageFid, serverFid, base, mine, theirs);
    }
}
