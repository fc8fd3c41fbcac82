package rectimap.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class PolygonMergeTest {
    private static final WKTReader WKT = new WKTReader();

    @Test
    void neighboursSharingAnEdgeBecomeOnePolygon() throws ParseException {
        Geometry left = WKT.read("POLYGON ((0 0, 1 0, 1 2, 0 2, 0 0))");
        Geometry right = WKT.read("MULTIPOLYGON (((1 0, 2 0, 2 2, 1 2, 1 0)))");

        Geometry merged = PolygonMerge.union(List.of(left, right));

        assertThat(merged.isValid()).isTrue();
        assertThat(merged.getGeometryType()).isEqualTo("Polygon");
        assertThat(merged.equalsTopo(WKT.read("POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0))"))).isTrue();
    }

    @Test
    void overlapsCountOnceAndDisjointPartsMakeAMultipolygon() throws ParseException {
        Geometry a = WKT.read("POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0))");
        Geometry b = WKT.read("POLYGON ((1 1, 3 1, 3 3, 1 3, 1 1))");
        Geometry far = WKT.read("POLYGON ((10 10, 11 10, 11 11, 10 11, 10 10))");

        Geometry merged = PolygonMerge.union(List.of(a, b, far));

        assertThat(merged.isValid()).isTrue();
        assertThat(merged.getGeometryType()).isEqualTo("MultiPolygon");
        assertThat(merged.getArea()).isEqualTo(4 + 4 - 1 + 1.0);
    }

    @Test
    void nothingOrLinesAreRefused() throws ParseException {
        assertThatThrownBy(() -> PolygonMerge.union(List.of())).isInstanceOf(IllegalArgumentException.class);
        Geometry line = WKT.read("LINESTRING (0 0, 1 1)");
        assertThatThrownBy(() -> PolygonMerge.union(List.of(line))).isInstanceOf(IllegalArgumentException.class);
    }
}
