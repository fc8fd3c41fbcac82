package rectimap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import rectimap.model.Feature;
import rectimap.model.FeatureType;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.MapLayer;
import rectimap.model.Provenance;
import rectimap.model.style.LayerStyle;
import rectimap.model.style.Rgba;
import rectimap.model.style.Symbolizer;

class RenderLayerTest {

    private static final LayerStyle STYLE = LayerStyle.simple(Symbolizer.area(Rgba.WHITE, Rgba.BLACK, 0.3));

    private static RenderLayer layerOf(String... wkts) throws ParseException {
        WKTReader reader = new WKTReader();
        List<Feature> features = new java.util.ArrayList<>();
        for (int i = 0; i < wkts.length; i++) {
            features.add(new Feature(100 + i, reader.read(wkts[i]), Map.of()));
        }
        LayerInfo info = new LayerInfo(new FeatureType("t", GeometryKind.GEOMETRY, List.of()), "t",
                LayerRole.REFERENCE, Provenance.SURVEYED, "", 4546);
        return RenderLayer.build(new MapLayer(new Layer(info, features), STYLE, true, 1), UnaryOperator.identity());
    }

    @Test
    void hitsFindsTheContainingPolygonButNotItsHole() throws ParseException {
        RenderLayer layer = layerOf(
                "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0), (40 40, 60 40, 60 60, 40 60, 40 40))");

        assertThat(layer.hits(20, 20, 1)).containsExactly(100L);
        assertThat(layer.hits(50, 50, 1)).isEmpty();
        assertThat(layer.hits(50, 50, 15)).containsExactly(100L);
    }

    @Test
    void hitsAreNearestFirstThenTopmost() throws ParseException {
        RenderLayer layer = layerOf(
                "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))",
                "POLYGON ((10 10, 90 10, 90 90, 10 90, 10 10))",
                "POINT (50 52)",
                "LINESTRING (0 50, 100 50)");

        assertThat(layer.hits(50, 50, 5)).containsExactly(103L, 101L, 100L, 102L);
    }

    @Test
    void levelIsTheCoarsestWithinHalfAPixel() {
        assertThat(RenderLayer.levelFor(1)).isZero();
        assertThat(RenderLayer.levelFor(2.5)).isEqualTo(1);
        assertThat(RenderLayer.levelFor(4.9)).isEqualTo(1);
        assertThat(RenderLayer.levelFor(5)).isEqualTo(2);
        assertThat(RenderLayer.levelFor(1e6)).isEqualTo(RenderLayer.LEVEL_METRES_PER_PIXEL.length);
    }

    @Test
    void coarseLevelsHoldFewerVerticesAndTinyRingsCollapse() throws ParseException {
        StringBuilder wiggly = new StringBuilder("LINESTRING (");
        for (int i = 0; i <= 1000; i++) {
            wiggly.append(i * 2).append(' ').append(Math.sin(i / 3.0) * 3).append(i < 1000 ? ", " : ")");
        }
        RenderLayer layer = layerOf(wiggly.toString(), "POLYGON ((0 0, 8 0, 8 8, 0 8, 0 0))");

        assertThat(layer.shape(0, 0).vertexCount()).isEqualTo(1001);
        // Level 3 is half a pixel at 10 m/px (5 m), level 4 at 20 m/px (10 m): the ±3 m wiggle goes, then the square.
        assertThat(layer.shape(0, 2).vertexCount()).isLessThan(1001);
        assertThat(layer.shape(0, 3).vertexCount()).isEqualTo(2);
        assertThat(layer.shape(1, 3)).isNotNull();
        assertThat(layer.shape(1, 4)).isNull();
    }

    @Test
    void cullingVisitsOnlyFeaturesMeetingTheArea() throws ParseException {
        RenderLayer layer = layerOf("POINT (0 0)", "POINT (1000 1000)", "POINT (5 5)");
        IndexList found = new IndexList();

        layer.forEachIn(new Envelope(-1, 10, -1, 10), found::add);

        assertThat(found.size()).isEqualTo(2);
        assertThat(found.get(0)).isZero();
        assertThat(found.get(1)).isEqualTo(2);
        assertThat(layer.indexOf(101)).isEqualTo(1);
        assertThat(layer.indexOf(999)).isEqualTo(-1);
    }
}
