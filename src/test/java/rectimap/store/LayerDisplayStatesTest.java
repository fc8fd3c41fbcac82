package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import rectimap.model.GeometryKind;
import rectimap.model.MapLayer;
import rectimap.model.style.LayerStyle;
import rectimap.model.style.Rgba;
import rectimap.model.style.Symbolizer;

class LayerDisplayStatesTest {

    private static MapLayer layer(String table) {
        return new MapLayer(FixtureLayers.layer(table, GeometryKind.POINT, table, "POINT (111 35)"),
                LayerStyle.simple(Symbolizer.area(Rgba.WHITE, Rgba.BLACK, 0.2)), true, 1.0);
    }

    @Test
    void aSavedOrderVisibilityAndOpacityComeBackAndNewLayersGoOnTop() {
        List<MapLayer> fileOrder = List.of(layer("district"), layer("village"), layer("zone_area"), layer("from_qgis"));
        List<LayerDisplayState> saved = List.of(new LayerDisplayState("zone_area", 0, true, 0.5),
                new LayerDisplayState("district", 1, false, 1.0), new LayerDisplayState("village", 2, true, 0.8),
                new LayerDisplayState("deleted_layer", 3, true, 1.0));

        List<MapLayer> shown = LayerDisplayStates.applyTo(fileOrder, saved);

        assertThat(shown).extracting(MapLayer::tableName).containsExactly("zone_area", "district", "village", "from_qgis");
        assertThat(shown).extracting(MapLayer::visible).containsExactly(true, false, true, true);
        assertThat(shown).extracting(MapLayer::opacity).containsExactly(0.5, 1.0, 0.8, 1.0);
    }
}
