package rectimap.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * "Avoid overlap": a new or moved polygon is clipped against its neighbours (e.g. responsibility areas of the same
 * kind) so that none is covered twice. Input in EPSG:4490 lon/lat, since the clipped-away area is measured with
 * {@link Measure} in m². Stateless and safe from any thread.
 */
public final class OverlapAvoidance {
    private OverlapAvoidance() {
    }

    /**
     * {@code polygon} minus every neighbour it overlaps.
     *
     * @param polygon   the new or moved Polygon/MultiPolygon, lon/lat
     * @param neighbours the polygons it must not overlap, lon/lat; the polygon's own old version must not be among them
     * @return the clipped polygon (possibly empty when the neighbours cover it), which neighbours were clipped
     *         against (indexes into {@code neighbours}) and the area removed in m²
     */
    public static OverlapClip clip(Geometry polygon, List<? extends Geometry> neighbours) {
        if (!(polygon instanceof Polygonal)) {
            throw new IllegalArgumentException("only polygons avoid overlap, not " + polygon.getGeometryType());
        }
        Geometry result = polygon;
        List<Integer> clippedBy = new ArrayList<>();
        for (int i = 0; i < neighbours.size(); i++) {
            Geometry neighbour = neighbours.get(i);
            // touching along an edge is fine: only a shared interior counts as overlap
            if (result.getEnvelopeInternal().intersects(neighbour.getEnvelopeInternal())
                    && result.relate(neighbour, "T********")) {
                result = result.difference(neighbour);
                clippedBy.add(i);
            }
        }
        if (clippedBy.isEmpty()) {
            return new OverlapClip(polygon, List.of(), 0);
        }
        if (!result.isValid()) {
            result = GeometryFixer.fix(result);
        }
        Geometry areal = polygon.getFactory().buildGeometry(PolygonExtracter.getPolygons(result));
        double removedM2 = Math.max(0, Measure.areaM2(polygon) - Measure.areaM2(areal));
        return new OverlapClip(areal, clippedBy, removedM2);
    }
}
