package rectimap.store.pg;

import rectimap.model.Feature;

/** A feature as read from the shared project with its row version (raised by every update of the row). */
public record VersionedFeature(Feature feature, long version) {
}
