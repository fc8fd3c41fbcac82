package rectimap.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class GeometryCheckTest {
    private static final WKTReader WKT = new WKTReader();

    @Test
    void aSquareIsValidAndRepairLeavesItAlone() throws ParseException {
        Geometry square = WKT.read("POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0))");

        assertThat(GeometryCheck.problem(square)).isEmpty();
        assertThat(GeometryCheck.repaired(square)).isSameAs(square);
    }

    @Test
    void aBowtieIsReportedAtItsCrossingAndRepairedIntoTwoTriangles() throws ParseException {
        Geometry bowtie = WKT.read("POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))");

        GeometryProblem problem = GeometryCheck.problem(bowtie).orElseThrow();

        assertThat(problem.kind()).isEqualTo(GeometryProblemKind.SELF_INTERSECTION);
        assertThat(problem.location().distance(new Coordinate(1, 1))).isLessThan(1e-9);
        assertThat(problem.describeZh()).isEqualTo("边界自相交 (1.0000000, 1.0000000)");
        assertThat(problem.describeEn()).isEqualTo("the boundary crosses itself at (1.0000000, 1.0000000)");
        Geometry repaired = GeometryCheck.repaired(bowtie);
        assertThat(GeometryCheck.isValid(repaired)).isTrue();
        assertThat(repaired.getNumGeometries()).isEqualTo(2);
        assertThat(repaired.getArea()).isEqualTo(2.0);
    }

    @Test
    void aRingOfRepeatedPointsHasTooFewVertices() throws ParseException {
        Geometry sliver = WKT.read("POLYGON ((0 0, 1 1, 1 1, 0 0))");

        GeometryProblem problem = GeometryCheck.problem(sliver).orElseThrow();

        assertThat(problem.kind()).isEqualTo(GeometryProblemKind.TOO_FEW_VERTICES);
        assertThat(problem.location()).isNotNull();
    }

    @Test
    void aLineOfOnePointHasTooFewVertices() throws ParseException {
        Geometry line = WKT.read("LINESTRING (3 4, 3 4)");

        assertThat(GeometryCheck.problem(line).orElseThrow().kind()).isEqualTo(GeometryProblemKind.TOO_FEW_VERTICES);
    }

    @Test
    void aHoleOutsideItsShellIsFoundAndRepaired() throws ParseException {
        Geometry polygon = WKT.read("POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0), (5 5, 6 5, 6 6, 5 6, 5 5))");

        assertThat(GeometryCheck.problem(polygon).orElseThrow().kind())
                .isEqualTo(GeometryProblemKind.HOLE_OUTSIDE_SHELL);
        assertThat(GeometryCheck.isValid(GeometryCheck.repaired(polygon))).isTrue();
    }

    @Test
    void anEmptyGeometryIsNeverStorable() throws ParseException {
        GeometryProblem problem = GeometryCheck.problem(WKT.read("POLYGON EMPTY")).orElseThrow();

        assertThat(problem.kind()).isEqualTo(GeometryProblemKind.EMPTY);
        assertThat(problem.location()).isNull();
        assertThat(problem.describeZh()).isEqualTo("几何为空");
    }
}
