package rectimap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import rectimap.model.Feature;
import rectimap.model.FeatureType;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.MapLayer;
import rectimap.model.Provenance;
import rectimap.model.style.LayerStyle;
import rectimap.model.style.MarkerShape;
import rectimap.model.style.Rgba;
import rectimap.model.style.Symbolizer;

class RenderLayerProjectionTest {

    @Test
    void storedLonLatIsDrawnInGaussKrugerMetres() {
        Feature seat = new Feature(7, new GeometryFactory().createPoint(new Coordinate(111.0, 35.0)), Map.of());
        LayerInfo info = new LayerInfo(new FeatureType("village", GeometryKind.POINT, List.of()), "村", LayerRole.REFERENCE,
                Provenance.SCHEMATIC, "", 4490);
        MapLayer mapLayer = new MapLayer(new Layer(info, List.of(seat)),
                LayerStyle.simple(Symbolizer.marker(MarkerShape.CIRCLE, 2, Rgba.WHITE, Rgba.BLACK)), true, 1);

        RenderLayer layer = RenderLayer.forDisplay(mapLayer);

        assertThat(layer.extent().getMinX()).isCloseTo(500_000.000, within(0.01));
        assertThat(layer.extent().getMinY()).isCloseTo(3_874_592.902, within(0.01));
        assertThat(layer.hits(500_000, 3_874_593, 2)).containsExactly(7L);
    }
}
