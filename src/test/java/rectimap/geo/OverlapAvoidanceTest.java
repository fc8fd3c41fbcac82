package rectimap.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class OverlapAvoidanceTest {
    private static final WKTReader WKT = new WKTReader();

    @Test
    void aNewAreaIsClippedWhereItOverlapsANeighbour() throws ParseException {
        Geometry drawn = WKT.read("POLYGON ((111 35, 111.02 35, 111.02 35.01, 111 35.01, 111 35))");
        Geometry neighbour = WKT.read("POLYGON ((111.01 34.99, 111.03 34.99, 111.03 35.02, 111.01 35.02, 111.01 34.99))");
        Geometry far = WKT.read("POLYGON ((112 36, 112.01 36, 112.01 36.01, 112 36.01, 112 36))");

        OverlapClip clip = OverlapAvoidance.clip(drawn, List.of(far, neighbour));

        assertThat(clip.clipped()).isTrue();
        assertThat(clip.clippedBy()).containsExactly(1);
        assertThat(clip.result().equalsTopo(
                WKT.read("POLYGON ((111 35, 111.01 35, 111.01 35.01, 111 35.01, 111 35))"))).isTrue();
        Geometry removed = WKT.read("POLYGON ((111.01 35, 111.02 35, 111.02 35.01, 111.01 35.01, 111.01 35))");
        assertThat(clip.removedM2()).isCloseTo(Measure.areaM2(removed), within(0.01));
        assertThat(clip.result().intersection(neighbour).getArea()).isZero();
    }

    @Test
    void touchingAlongAnEdgeIsNotAnOverlap() throws ParseException {
        Geometry drawn = WKT.read("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))");
        Geometry neighbour = WKT.read("POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))");

        OverlapClip clip = OverlapAvoidance.clip(drawn, List.of(neighbour));

        assertThat(clip.clipped()).isFalse();
        assertThat(clip.result()).isSameAs(drawn);
        assertThat(clip.removedM2()).isZero();
    }

    @Test
    void anAreaInsideItsNeighbourIsCoveredEntirely() throws ParseException {
        Geometry drawn = WKT.read("POLYGON ((111.001 35.001, 111.002 35.001, 111.002 35.002, 111.001 35.002, 111.001 35.001))");
        Geometry neighbour = WKT.read("POLYGON ((111 35, 111.01 35, 111.01 35.01, 111 35.01, 111 35))");

        OverlapClip clip = OverlapAvoidance.clip(drawn, List.of(neighbour));

        assertThat(clip.coveredEntirely()).isTrue();
        assertThat(clip.removedM2()).isCloseTo(Measure.areaM2(drawn), within(0.01));
    }
}
