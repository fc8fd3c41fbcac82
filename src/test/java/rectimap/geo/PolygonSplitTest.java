package rectimap.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class PolygonSplitTest {
    private static final WKTReader WKT = new WKTReader();

    private static LineString line(String wkt) throws ParseException {
        return (LineString) WKT.read(wkt);
    }

    @Test
    void aSquareCutDownTheMiddleGivesTwoHalves() throws ParseException {
        Geometry square = WKT.read("POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0))");

        List<Polygon> parts = PolygonSplit.split(square, line("LINESTRING (1 -1, 1 3)"));

        assertThat(parts).hasSize(2);
        assertThat(parts).allSatisfy(p -> assertThat(p.getArea()).isEqualTo(2.0));
        assertThat(parts.get(0).union(parts.get(1)).symDifference(square).getArea()).isZero();
        assertThat(parts.stream().map(p -> p.getEnvelopeInternal().getMaxX()).sorted().toList())
                .containsExactly(1.0, 2.0);
    }

    @Test
    void anUnevenCutOnLonLatKeepsTheEllipsoidalArea() throws ParseException {
        Geometry cell = WKT.read("POLYGON ((111 35, 111.01 35, 111.01 35.01, 111 35.01, 111 35))");

        List<Polygon> parts = PolygonSplit.split(cell, line("LINESTRING (110.99 35.002, 111.02 35.008)"));

        assertThat(parts).hasSize(2);
        double sumM2 = Measure.areaM2(parts.get(0)) + Measure.areaM2(parts.get(1));
        assertThat(sumM2).isCloseTo(Measure.areaM2(cell), org.assertj.core.api.Assertions.within(0.01));
        assertThat(parts.get(0).getArea()).isGreaterThan(parts.get(1).getArea());
    }

    @Test
    void aZigzagCutGivesThreeParts() throws ParseException {
        Geometry square = WKT.read("POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0))");

        List<Polygon> parts = PolygonSplit.split(square, line("LINESTRING (1 -1, 1 5, 3 5, 3 -1)"));

        assertThat(parts).hasSize(3);
        assertThat(parts.stream().mapToDouble(Polygon::getArea).sum()).isEqualTo(16.0);
    }

    @Test
    void aHoleStaysAHole() throws ParseException {
        Geometry ring = WKT.read("POLYGON ((0 0, 6 0, 6 6, 0 6, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2))");

        List<Polygon> parts = PolygonSplit.split(ring, line("LINESTRING (3 -1, 3 7)"));

        assertThat(parts).hasSize(2);
        assertThat(parts.stream().mapToDouble(Polygon::getArea).sum()).isEqualTo(32.0);
    }

    @Test
    void aLineThatMissesOrStopsInsideDoesNotSplit() throws ParseException {
        Geometry square = WKT.read("POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0))");

        assertThat(PolygonSplit.split(square, line("LINESTRING (3 0, 3 2)"))).isEmpty();
        assertThat(PolygonSplit.split(square, line("LINESTRING (1 -1, 1 1)"))).isEmpty();
    }

    @Test
    void onlyTheCrossedPartOfAMultipolygonIsCut() throws ParseException {
        Geometry two = WKT.read("MULTIPOLYGON (((0 0, 2 0, 2 2, 0 2, 0 0)), ((5 0, 6 0, 6 1, 5 1, 5 0)))");

        List<Polygon> parts = PolygonSplit.split(two, line("LINESTRING (1 -1, 1 3)"));

        assertThat(parts).hasSize(3);
        assertThat(parts.stream().mapToDouble(Polygon::getArea).sorted().boxed().toList())
                .containsExactly(1.0, 2.0, 2.0);
    }

    @Test
    void aPointIsNotSplit() {
        assertThatThrownBy(() -> PolygonSplit.split(WKT.read("POINT (1 1)"), line("LINESTRING (0 0, 2 2)")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
