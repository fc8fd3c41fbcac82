package rectimap.campaign.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import rectimap.model.Layer;
import rectimap.model.LayerRole;
import rectimap.model.Provenance;

/** Every sample layer is schematic reference data in EPSG:4490, says so in its note, and comes in drawing order. */
class SchematicLabelTest {

    @Test
    void layersComeInDrawingOrder() {
        assertThat(GeneratedYanhu.layers()).extracting(Layer::tableName)
                .containsExactly("district", "township", "salt_lake", "road", "village", "city_entrance");
    }

    @Test
    void everyLayerIsSchematicWithTheNote() {
        assertThat(GeneratedYanhu.layers()).allSatisfy(layer -> {
            assertThat(layer.info().provenance()).isEqualTo(Provenance.SCHEMATIC);
            assertThat(layer.info().role()).isEqualTo(LayerRole.REFERENCE);
            assertThat(layer.info().srid()).isEqualTo(4490);
            assertThat(layer.info().note()).startsWith("示意").contains("统计用区划代码（2022）", "不代表真实边界");
            assertThat(layer.info().title()).contains("示意");
        });
    }
}
