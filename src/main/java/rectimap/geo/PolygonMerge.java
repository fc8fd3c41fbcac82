package rectimap.geo;

import java.util.Collection;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The union of polygons, always valid: shared edges dissolve, overlaps count once; disjoint inputs give a
 * multipolygon. Works in any planar coordinates. Stateless and safe from any thread.
 */
public final class PolygonMerge {
    private PolygonMerge() {
    }

    /**
     * The union of {@code polygons} (each a Polygon or MultiPolygon) as a Polygon or MultiPolygon.
     *
     * @throws IllegalArgumentException when the collection is empty or holds a non-polygonal geometry
     */
    public static Geometry union(Collection<? extends Geometry> polygons) {
        if (polygons.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge");
        }
        for (Geometry polygon : polygons) {
            if (!(polygon instanceof Polygonal)) {
                throw new IllegalArgumentException("only polygons are merged, not " + polygon.getGeometryType());
            }
        }
        GeometryFactory factory = polygons.iterator().next().getFactory();
        Geometry union = UnaryUnionOp.union(polygons, factory);
        if (!union.isValid()) {
            union = GeometryFixer.fix(union);
        }
        // a union can carry collapsed slivers as lines; only the areal part is the merged polygon
        return factory.buildGeometry(PolygonExtracter.getPolygons(union));
    }
}
