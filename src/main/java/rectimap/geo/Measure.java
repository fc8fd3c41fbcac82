package rectimap.geo;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import net.sf.geographiclib.PolygonArea;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The one official measurement of areas and lengths: geodesic on the CGCS2000 ellipsoid (a = 6 378 137 m,
 * f = 1/298.257222101) with GeographicLib, never planar and never in Web Mercator. Input geometries are in
 * EPSG:4490, x = longitude and y = latitude in degrees. Stateless and safe from any thread.
 */
public final class Measure {
    /** The CGCS2000 ellipsoid's semi-major axis in metres. */
    public static final double CGCS2000_A_M = 6_378_137.0;
    /** The CGCS2000 ellipsoid's flattening. */
    public static final double CGCS2000_F = 1.0 / 298.257222101;
    /** One 亩 (mu) in square metres: 10000/15, i.e. 666.67 m². */
    public static final double M2_PER_MU = 10_000.0 / 15.0;
    /** One hectare (公顷) in square metres. */
    public static final double M2_PER_HECTARE = 10_000.0;

    private static final Geodesic CGCS2000 = new Geodesic(CGCS2000_A_M, CGCS2000_F);

    private Measure() {
    }

    /**
     * The ellipsoidal area in m² of the polygonal parts of {@code lonLat} (Polygon, MultiPolygon or a collection):
     * each shell counts positive whatever its orientation, each hole is subtracted. Points and lines have area 0.
     */
    public static double areaM2(Geometry lonLat) {
        double areaM2 = 0;
        for (int i = 0; i < lonLat.getNumGeometries(); i++) {
            Geometry part = lonLat.getGeometryN(i);
            if (part instanceof Polygon polygon) {
                areaM2 += polygonAreaM2(polygon);
            } else if (part != lonLat) {
                areaM2 += areaM2(part);
            }
        }
        return areaM2;
    }

    private static double polygonAreaM2(Polygon polygon) {
        if (polygon.isEmpty()) {
            return 0;
        }
        double areaM2 = ringAreaM2(polygon.getExteriorRing().getCoordinateSequence());
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
            areaM2 -= ringAreaM2(polygon.getInteriorRingN(h).getCoordinateSequence());
        }
        return areaM2;
    }

    /** The unsigned area enclosed by a closed ring; the closing vertex is implied by PolygonArea, so it is skipped. */
    private static double ringAreaM2(CoordinateSequence ring) {
        PolygonArea area = new PolygonArea(CGCS2000, false);
        for (int i = 0; i < ring.size() - 1; i++) {
            area.AddPoint(ring.getY(i), ring.getX(i));
        }
        // sign = true gives counter-clockwise positive, clockwise negative; the absolute value makes orientation moot.
        return Math.abs(area.Compute(false, true).area);
    }

    /**
     * The ellipsoidal length in metres of the lineal parts of {@code lonLat} (LineString, MultiLineString); for
     * polygons the perimeter of all their rings; points have length 0.
     */
    public static double lengthM(Geometry lonLat) {
        double lengthM = 0;
        for (int i = 0; i < lonLat.getNumGeometries(); i++) {
            Geometry part = lonLat.getGeometryN(i);
            if (part instanceof LineString line) {
                lengthM += pathLengthM(line.getCoordinateSequence());
            } else if (part instanceof Polygon polygon) {
                lengthM += perimeterM(polygon);
            } else if (part != lonLat) {
                lengthM += lengthM(part);
            }
        }
        return lengthM;
    }

    private static double perimeterM(Polygon polygon) {
        if (polygon.isEmpty()) {
            return 0;
        }
        double lengthM = pathLengthM(polygon.getExteriorRing().getCoordinateSequence());
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
            lengthM += pathLengthM(polygon.getInteriorRingN(h).getCoordinateSequence());
        }
        return lengthM;
    }

    private static double pathLengthM(CoordinateSequence path) {
        double lengthM = 0;
        for (int i = 1; i < path.size(); i++) {
            lengthM += CGCS2000.Inverse(path.getY(i - 1), path.getX(i - 1), path.getY(i), path.getX(i),
                    GeodesicMask.DISTANCE).s12;
        }
        return lengthM;
    }

    /** The geodesic distance in metres between two lon/lat positions (degrees). */
    public static double distanceM(double lon1, double lat1, double lon2, double lat2) {
        return CGCS2000.Inverse(lat1, lon1, lat2, lon2, GeodesicMask.DISTANCE).s12;
    }

    /** Square metres to 亩 (1 亩 = 10000/15 m²). */
    public static double m2ToMu(double areaM2) {
        return areaM2 / M2_PER_MU;
    }

    /** Square metres to hectares (公顷, 10 000 m²). */
    public static double m2ToHectares(double areaM2) {
        return areaM2 / M2_PER_HECTARE;
    }
}
