package rectimap.geo;

import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * The outcome of {@link OverlapAvoidance#clip}: the polygon to store (Polygon or MultiPolygon, lon/lat; empty when
 * the neighbours covered it all), the indexes of the neighbours it was clipped against (empty when it overlapped
 * none) and the ellipsoidal area removed, in m².
 */
public record OverlapClip(Geometry result, List<Integer> clippedBy, double removedM2) {
    public OverlapClip {
        Objects.requireNonNull(result, "result");
        clippedBy = List.copyOf(clippedBy);
    }

    /** Whether anything was cut away (the tool must say so). */
    public boolean clipped() {
        return !clippedBy.isEmpty();
    }

    /** Whether nothing is left: the new polygon lay wholly inside its neighbours. */
    public boolean coveredEntirely() {
        return result.isEmpty();
    }
}
