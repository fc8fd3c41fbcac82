package rectimap.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class CrsTransformTest {
    private static final double MM = 0.001;
    /** About 1 mm expressed in degrees of latitude. */
    private static final double MM_IN_DEG = 1e-8;

    @Test
    void knownValueOnTheCentralMeridian() {
        // Reference: PROJ 9 (cs2cs EPSG:4490 EPSG:4546) and the issue text: 500000.000 E, 3874592.902 N.
        Coordinate gk = CrsTransform.between(Epsg.CGCS2000, Epsg.CGCS2000_GK_CM_111E).apply(111.0, 35.0);

        assertThat(gk.x).isCloseTo(500_000.000, within(MM));
        assertThat(gk.y).isCloseTo(3_874_592.902, within(MM));
    }

    @Test
    void knownValueOffTheCentralMeridian() {
        // Reference: PROJ 9, echo "34.9 110.8" | cs2cs -f %.4f EPSG:4490 EPSG:4546 → 3863517.1896 481720.1689.
        Coordinate gk = CrsTransform.between(4490, 4546).apply(110.8, 34.9);

        assertThat(gk.x).isCloseTo(481_720.1689, within(MM));
        assertThat(gk.y).isCloseTo(3_863_517.1896, within(MM));
    }

    @Test
    void knownValueInAZonePrefixedNeighbourZone() {
        // EPSG:4526 is zone 38 (CM 114E) with the zone number in the easting; PROJ 9 gives 38226092.3406 3878708.1748.
        Coordinate gk = CrsTransform.between(4490, 4526).apply(111.0, 35.0);

        assertThat(gk.x).isCloseTo(38_226_092.3406, within(MM));
        assertThat(gk.y).isCloseTo(3_878_708.1748, within(MM));
    }

    @Test
    void roundTripReturnsToTheStartWithinAMillimetre() {
        CrsTransform forward = CrsTransform.between(Epsg.CGCS2000, Epsg.CGCS2000_GK_CM_111E);
        Coordinate gk = forward.apply(111.0, 35.0);

        Coordinate back = forward.inverse().apply(gk.x, gk.y);

        assertThat(back.x).isCloseTo(111.0, within(MM_IN_DEG));
        assertThat(back.y).isCloseTo(35.0, within(MM_IN_DEG));
        Coordinate known = CrsTransform.between(4546, 4490).apply(500_000.000, 3_874_592.902);
        assertThat(known.x).isCloseTo(111.0, within(MM_IN_DEG));
        assertThat(known.y).isCloseTo(35.0, within(MM_IN_DEG));
    }

    @Test
    void transformsAreCachedPerPair() {
        assertThat(CrsTransform.between(4490, 4546)).isSameAs(CrsTransform.between(4490, 4546));
        assertThat(CrsTransform.between(4490, 4546).inverse()).isSameAs(CrsTransform.between(4546, 4490));
    }

    @Test
    void geometryIsTransformedIntoANewGeometryOfTheSameShape() throws ParseException {
        Geometry lonLat = new WKTReader().read("POLYGON ((111 35, 110.8 34.9, 111.1 34.95, 111 35))");
        String before = lonLat.toText();

        Geometry gk = CrsTransform.between(4490, 4546).apply(lonLat);

        assertThat(lonLat.toText()).isEqualTo(before);
        assertThat(gk.getGeometryType()).isEqualTo("Polygon");
        assertThat(gk.getSRID()).isEqualTo(4546);
        assertThat(gk.getNumPoints()).isEqualTo(4);
        assertThat(gk.getCoordinates()[0].x).isCloseTo(500_000.000, within(MM));
        assertThat(gk.getCoordinates()[0].y).isCloseTo(3_874_592.902, within(MM));
        assertThat(gk.getCoordinates()[1].x).isCloseTo(481_720.1689, within(MM));
        assertThat(gk.getEnvelopeInternal().getMinX()).isCloseTo(481_720.1689, within(MM));
    }

    @Test
    void concurrentUseGivesTheSameResultsAsSequentialUse() {
        CrsTransform transform = CrsTransform.between(4490, 4546);
        List<Coordinate> sequential = IntStream.range(0, 20_000)
                .mapToObj(i -> transform.apply(110.7 + i * 2e-5, 34.8 + i * 2.5e-5)).toList();

        List<Coordinate> parallel = IntStream.range(0, 20_000).parallel()
                .mapToObj(i -> transform.apply(110.7 + i * 2e-5, 34.8 + i * 2.5e-5)).toList();

        assertThat(parallel).isEqualTo(sequential);
    }

    @Test
    void unknownCodeIsRejectedWithTheCodeInTheMessage() {
        assertThatThrownBy(() -> CrsTransform.between(4490, 999_999))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EPSG:999999");
    }
}
