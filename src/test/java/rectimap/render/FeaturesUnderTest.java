package rectimap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
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

class FeaturesUnderTest {
    private static final LayerStyle STYLE = LayerStyle.simple(Symbolizer.area(Rgba.WHITE, Rgba.BLACK, 0.3));

    private static RenderLayer layer(String table, boolean visible, String... wkts) throws Exception {
        List<Feature> features = new ArrayList<>();
        for (int i = 0; i < wkts.length; i++) {
            features.add(new Feature(i + 1, new WKTReader().read(wkts[i]), Map.of()));
        }
        LayerInfo info = new LayerInfo(new FeatureType(table, GeometryKind.GEOMETRY, List.of()), table,
                LayerRole.REFERENCE, Provenance.SURVEYED, "", 4546);
        return RenderLayer.build(new MapLayer(new Layer(info, features), STYLE, visible, 1), UnaryOperator.identity());
    }

    @Test
    void everyVisibleLayerTopFirstPolygonsOnlyByContainment() throws Exception {
        RenderLayer townships = layer("township", true,
                "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))", "POLYGON ((100 0, 200 0, 200 100, 100 100, 100 0))");
        RenderLayer hidden = layer("hidden", false, "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))");
        RenderLayer roads = layer("road", true, "LINESTRING (0 52, 100 52)", "LINESTRING (0 80, 100 80)");
        RenderLayer villages = layer("village", true, "POINT (97 50)", "POINT (60 50)");

        List<FeaturesUnder.LayerHits> found = FeaturesUnder.at(List.of(townships, hidden, roads, villages), 96, 50, 3);

        assertThat(found).extracting(h -> h.layer().tableName()).containsExactly("village", "road", "township");
        assertThat(found.get(0).features()).extracting(Feature::id).containsExactly(1L);
        assertThat(found.get(1).features()).extracting(Feature::id).containsExactly(1L);
        // (96, 50) is 4 units from the second township: within the tolerance, yet not inside it.
        assertThat(found.get(2).features()).extracting(Feature::id).containsExactly(1L);
        assertThat(townships.hits(96, 50, 5)).containsExactly(1L, 2L);
    }
}
