package rectimap.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Reference values come from GeographicLib's C++ command-line tools (Debian geographiclib-tools 2.1.2), an
 * implementation independent of the Java port under test, on the CGCS2000 ellipsoid:
 * {@code Planimeter -e 6378137 1/298.257222101 -p 9} (input "lat lon" lines) and {@code GeodSolve -i -e ...}.
 */
class MeasureTest {
    private static final WKTReader WKT = new WKTReader();
    /** GeographicLib's area is accurate to well under a square metre at district scale. */
    private static final double AREA_TOLERANCE_M2 = 0.01;
    private static final double LENGTH_TOLERANCE_M = 1e-6;

    private static final String CELL = "POLYGON ((111 35, 111.1 35, 111.1 35.1, 111 35.1, 111 35))";
    private static final String SHELL_CW =
            "(110.9 35.0, 110.95 35.05, 110.93 35.12, 111.02 35.2, 111.10 35.15, 111.08 35.03, 110.9 35.0)";
    private static final String HOLE = "(110.98 35.05, 110.98 35.08, 111.02 35.08, 111.02 35.05, 110.98 35.05)";
    private static final double SHELL_AREA_M2 = 237_195_605.7925;
    private static final double HOLE_AREA_M2 = 12_143_586.2915;

    @Test
    void cellOfATenthDegreeAt35NorthMatchesPlanimeter() throws ParseException {
        assertThat(Measure.areaM2(WKT.read(CELL))).isCloseTo(101_214_798.6706, within(AREA_TOLERANCE_M2));
    }

    @Test
    void cellBoundedByParallelsMatchesTheClosedFormZoneArea() {
        // Densify the parallels so geodesic edges follow them to micrometres, then compare with the textbook
        // area of an ellipsoidal quadrangle: b²Δλ/2 · [sinφ/(1−e²sin²φ) + atanh(e sinφ)/e] between φ1 and φ2.
        Geometry cell = densifiedCell(111.0, 35.0, 0.1, 1000);

        assertThat(Measure.areaM2(cell)).isCloseTo(quadrangleAreaM2(35.0, 35.1, 0.1), within(1.0));
    }

    @Test
    void orientationDoesNotChangeTheArea() throws ParseException {
        Geometry clockwise = WKT.read("POLYGON (" + SHELL_CW + ")");
        Geometry counterClockwise = clockwise.reverse();

        assertThat(Measure.areaM2(clockwise)).isCloseTo(SHELL_AREA_M2, within(AREA_TOLERANCE_M2));
        assertThat(Measure.areaM2(counterClockwise)).isCloseTo(SHELL_AREA_M2, within(AREA_TOLERANCE_M2));
    }

    @Test
    void holesAreSubtractedWhateverTheirOrientation() throws ParseException {
        Geometry withHole = WKT.read("POLYGON (" + SHELL_CW + ", " + HOLE + ")");
        assertThat(withHole.isValid()).isTrue();

        assertThat(Measure.areaM2(withHole)).isCloseTo(SHELL_AREA_M2 - HOLE_AREA_M2, within(AREA_TOLERANCE_M2));
        assertThat(Measure.areaM2(withHole.reverse()))
                .isCloseTo(SHELL_AREA_M2 - HOLE_AREA_M2, within(AREA_TOLERANCE_M2));
    }

    @Test
    void multiPolygonSumsItsParts() throws ParseException {
        // The cell moved 0.2° east keeps its area (the ellipsoid is symmetric about its axis) and clears the shell.
        Geometry multi = WKT.read("MULTIPOLYGON (((111.2 35, 111.3 35, 111.3 35.1, 111.2 35.1, 111.2 35)), ("
                + SHELL_CW + ", " + HOLE + "))");
        assertThat(multi.isValid()).isTrue();

        assertThat(Measure.areaM2(multi))
                .isCloseTo(101_214_798.6706 + SHELL_AREA_M2 - HOLE_AREA_M2, within(AREA_TOLERANCE_M2));
    }

    @Test
    void linesHaveNoAreaAndPolygonsHaveTheirPerimeterAsLength() throws ParseException {
        assertThat(Measure.areaM2(WKT.read("LINESTRING (111 35, 111.1 35.1)"))).isZero();
        assertThat(Measure.areaM2(WKT.read("POINT (111 35)"))).isZero();
        // Planimeter prints the perimeter beside the area: 40434.811291908 m for the cell.
        assertThat(Measure.lengthM(WKT.read(CELL))).isCloseTo(40_434.811291908, within(LENGTH_TOLERANCE_M));
    }

    @Test
    void lineStringLengthMatchesPlanimeterPolyline() throws ParseException {
        // Planimeter -l gives 29305.264603641 m for this path.
        Geometry road = WKT.read("LINESTRING (110.8 34.95, 110.85 35.0, 110.95 35.02, 111.05 35.1)");

        assertThat(Measure.lengthM(road)).isCloseTo(29_305.264603641, within(LENGTH_TOLERANCE_M));
    }

    @Test
    void multiLineStringSumsItsParts() throws ParseException {
        // GeodSolve -i gives 28239.259348457 m from (34.95 N, 110.8 E) to (35.1 N, 111.05 E).
        Geometry roads = WKT.read("MULTILINESTRING ((110.8 34.95, 110.85 35.0, 110.95 35.02, 111.05 35.1),"
                + " (110.8 34.95, 111.05 35.1))");

        assertThat(Measure.lengthM(roads)).isCloseTo(29_305.264603641 + 28_239.259348457, within(LENGTH_TOLERANCE_M));
        assertThat(Measure.distanceM(110.8, 34.95, 111.05, 35.1)).isCloseTo(28_239.259348457, within(1e-6));
    }

    @Test
    void unitConversions() {
        assertThat(Measure.m2ToMu(10_000)).isCloseTo(15.0, within(1e-12));
        assertThat(Measure.m2ToMu(666.0 + 2.0 / 3.0)).isCloseTo(1.0, within(1e-12));
        assertThat(Measure.m2ToHectares(1_205_000_000)).isCloseTo(120_500.0, within(1e-9));
    }

    private static Geometry densifiedCell(double lon0, double lat0, double sizeDeg, int stepsPerEdge) {
        Coordinate[] ring = new Coordinate[4 * stepsPerEdge + 1];
        double step = sizeDeg / stepsPerEdge;
        int k = 0;
        for (int i = 0; i < stepsPerEdge; i++) {
            ring[k++] = new Coordinate(lon0 + i * step, lat0);
        }
        for (int i = 0; i < stepsPerEdge; i++) {
            ring[k++] = new Coordinate(lon0 + sizeDeg, lat0 + i * step);
        }
        for (int i = 0; i < stepsPerEdge; i++) {
            ring[k++] = new Coordinate(lon0 + sizeDeg - i * step, lat0 + sizeDeg);
        }
        for (int i = 0; i < stepsPerEdge; i++) {
            ring[k++] = new Coordinate(lon0, lat0 + sizeDeg - i * step);
        }
        ring[k] = ring[0];
        return new GeometryFactory().createPolygon(ring);
    }

    private static double quadrangleAreaM2(double lat1Deg, double lat2Deg, double dLonDeg) {
        double f = Measure.CGCS2000_F;
        double e2 = f * (2 - f);
        double e = Math.sqrt(e2);
        double b = Measure.CGCS2000_A_M * (1 - f);
        double q2 = zoneTerm(Math.toRadians(lat2Deg), e, e2);
        double q1 = zoneTerm(Math.toRadians(lat1Deg), e, e2);
        return b * b * Math.toRadians(dLonDeg) / 2 * (q2 - q1);
    }

    private static double zoneTerm(double lat, double e, double e2) {
        double s = Math.sin(lat);
        return s / (1 - e2 * s * s) + 0.5 / e * Math.log((1 + e * s) / (1 - e * s));
    }
}
