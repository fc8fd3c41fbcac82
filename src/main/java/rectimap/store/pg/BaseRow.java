package rectimap.store.pg;

import rectimap.model.Feature;

/**
 * One packaged planning feature as it was on the server when the package was made: its layer, its id in the
 * package ({@code fid}) and on the server ({@code serverFid}), its row version there and its content, so a merge
 * sees what the cadre changed (package vs this copy, whatever program edited the package) and what the server
 * changed meanwhile (its version vs this one).
 */
public record BaseRow(String tableName, long fid, long serverFid, long version, Feature feature) {

    /** The base row of a server row packaged under its own id. */
    static BaseRow packaged(String tableName, VersionedFeature row) {
        return new BaseRow(tableName, row.feature().id(), row.feature().id(), row.version(), row.feature());
    }
}
