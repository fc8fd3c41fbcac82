package rectimap.tool;

import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * The display-metre copies of the stored geometries a tool keeps looking at while the pointer moves (the township
 * under the pointer is examined on every move), least recently used dropped beyond {@link #CAPACITY}. Keyed by the
 * identity of the stored geometry: features are immutable and an edit makes new instances, so an entry can never be
 * stale. Mutable; FX application thread only.
 */
final class DisplayGeometries {
    static final int CAPACITY = 256;

    private final Map<Key, Geometry> byGeometry = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Geometry> eldest) {
            return size() > CAPACITY;
        }
    };

    /** {@code stored} in display metres; the returned geometry is shared and must not be changed. */
    Geometry of(Geometry stored, LayerProjection projection) {
        return byGeometry.computeIfAbsent(new Key(stored, projection), k -> projection.toDisplay(stored));
    }

    /** A stored geometry by identity, with the projection it is seen through. */
    private record Key(Geometry stored, LayerProjection projection) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.stored == stored && key.projection.equals(projection);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(stored) * 31 + projection.hashCode();
        }
    }
}
