package rectimap.render;

import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Geometry;
import rectimap.geo.CrsTransform;

/**
 * How a stored geometry becomes a packed display shape (EPSG:4546 metres). The CRS form packs the stored
 * coordinates and transforms the array in place (no JTS copy of every geometry, which was a third of preparing a
 * big layer); the general form applies any geometry operator first. Implementations are thread-safe.
 */
interface DisplayProjection {

    /** The display shape of a stored geometry (any JTS type; collections flattened). */
    DisplayShape shape(Geometry stored);

    /** The display position of a stored position, as {x, y}. */
    double[] point(double x, double y);

    /** A projection through a CRS transform (thread-safe: proj4j state is per thread). */
    static DisplayProjection of(CrsTransform transform) {
        return new DisplayProjection() {
            @Override
            public DisplayShape shape(Geometry stored) {
                DisplayShape packed = DisplayShape.of(stored);
                transform.applyInPlace(packed.xy, packed.vertexCount());
                return packed;
            }

            @Override
            public double[] point(double x, double y) {
                double[] xy = {x, y};
                transform.applyInPlace(xy, 1);
                return xy;
            }
        };
    }

    /** A projection through a geometry operator, e.g. {@code UnaryOperator.identity()} for display data. */
    static DisplayProjection of(UnaryOperator<Geometry> toDisplay) {
        return new DisplayProjection() {
            @Override
            public DisplayShape shape(Geometry stored) {
                return DisplayShape.of(toDisplay.apply(stored));
            }

            @Override
            public double[] point(double x, double y) {
                Geometry point = new org.locationtech.jts.geom.GeometryFactory().createPoint(
                        new org.locationtech.jts.geom.Coordinate(x, y));
                Geometry projected = toDisplay.apply(point);
                return new double[] {projected.getCoordinate().x, projected.getCoordinate().y};
            }
        };
    }
}
