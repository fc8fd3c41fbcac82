package rectimap.campaign.sample;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The ellipsoidal area of a lon/lat polygon on CGCS2000, in km², through the cylindrical equal-area mapping
 * (x = λ, y = a²·q(φ)/2 with q the authalic function). It is exact for edges straight in that mapping, so it agrees
 * with the geodesic area to well under 0.01 % for the densely noded outline; the generator uses it only to tune
 * the outline toward the real district area, and the tests check the result with GeographicLib.
 */
final class EqualAreaKm2 {
    private static final double A_KM = 6378.137;
    private static final double E2 = (1.0 / 298.257222101) * (2 - 1.0 / 298.257222101);
    private static final double E = Math.sqrt(E2);

    private EqualAreaKm2() {
    }

    static double of(Geometry lonLat) {
        double km2 = 0;
        for (int i = 0; i < lonLat.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) lonLat.getGeometryN(i);
            km2 += ring(polygon.getExteriorRing());
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                km2 -= ring(polygon.getInteriorRingN(h));
            }
        }
        return km2;
    }

    private static double ring(LinearRing ring) {
        Coordinate[] c = ring.getCoordinates();
        double twice = 0;
        for (int i = 0; i + 1 < c.length; i++) {
            twice += Math.toRadians(c[i].x) * y(c[i + 1].y) - Math.toRadians(c[i + 1].x) * y(c[i].y);
        }
        return Math.abs(twice) / 2;
    }

    private static double y(double latDeg) {
        double s = Math.sin(Math.toRadians(latDeg));
        double q = (1 - E2) * (s / (1 - E2 * s * s) - Math.log((1 - E * s) / (1 + E * s)) / (2 * E));
        return A_KM * A_KM * q / 2;
    }
}
