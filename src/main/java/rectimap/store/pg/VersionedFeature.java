package rectimap.store.pg;

import rectimap.model.Feature;

/**
 * A feature as read from the shared project with its row version (raised by every update of the row) and the
 * database user who inserted or last updated it.
 */
public record VersionedFeature(Feature feature, long version, String changedBy) {
}
