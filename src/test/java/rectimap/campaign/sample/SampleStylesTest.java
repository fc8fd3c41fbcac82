package rectimap.campaign.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import rectimap.model.Feature;
import rectimap.model.GeometryKind;
import rectimap.model.style.LayerStyle;
import rectimap.model.style.MarkerShape;

class SampleStylesTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private static Feature feature(Map<String, Object> attributes) {
        return new Feature(1, GEOMETRY.createPoint(new Coordinate(111, 35)), attributes);
    }

    @Test
    void everySampleTableHasItsOwnStyle() {
        for (String table : List.of("district", "township", "salt_lake", "road", "village", "city_entrance")) {
            assertThat(SampleStyles.forTable(table)).as(table).isPresent();
        }
        assertThat(SampleStyles.forTable("parcels")).isEmpty();
        assertThat(SampleStyles.forTableOrDefault("parcels", GeometryKind.MULTIPOLYGON).base().fill().isTransparent())
                .isFalse();
    }

    @Test
    void roadWidthsDecreaseFromExpresswayToVillageRoad() {
        LayerStyle road = SampleStyles.road();
        List<String> levels = List.of("高速公路", "国道", "省道", "县道", "乡道", "村道");
        double previous = Double.MAX_VALUE;
        for (String level : levels) {
            double width = road.symbolizerFor(feature(Map.of("level", level))).strokeWidthMm();
            assertThat(width).as(level).isLessThan(previous);
            previous = width;
        }
        assertThat(road.symbolizerFor(feature(Map.of("level", "高速公路"))).strokeWidthMm()).isEqualTo(1.2);
        assertThat(previous).isEqualTo(0.2);
    }

    @Test
    void villagesGetAMarkerByKindAndCulturalVillagesAFlag() {
        LayerStyle village = SampleStyles.village();
        assertThat(village.symbolizerFor(feature(Map.of("kind", "村委会"))).marker()).isEqualTo(MarkerShape.CIRCLE);
        assertThat(village.symbolizerFor(feature(Map.of("kind", "社区居委会"))).marker()).isEqualTo(MarkerShape.SQUARE);
        assertThat(village.symbolizerFor(feature(Map.of("kind", "虚拟社区"))).marker()).isEqualTo(MarkerShape.DIAMOND);
        assertThat(village.emphases()).singleElement()
                .satisfies(e -> assertThat(e.appliesTo(feature(Map.of("culture", "文化体验村")))).isTrue())
                .satisfies(e -> assertThat(e.symbolizer().marker()).isEqualTo(MarkerShape.FLAG));
        // Township scale (1:50,000–1:100,000) names the villages on screen, ranked above roads and planning labels.
        assertThat(village.label().maxScaleDenominator()).isEqualTo(100_000);
        assertThat(village.label().priority()).isGreaterThan(SampleStyles.road().label().priority())
                .isGreaterThan(SampleStyles.forTable("responsibility_area").orElseThrow().label().priority());
    }

    @Test
    void demonstrationTownsAreEmphasisedAndTownshipsAlwaysLabelled() {
        LayerStyle township = SampleStyles.township();
        assertThat(township.emphases()).singleElement()
                .satisfies(e -> assertThat(e.appliesTo(feature(Map.of("demo", "示范镇")))).isTrue())
                .satisfies(e -> assertThat(e.appliesTo(feature(Map.of("demo", "")))).isFalse());
        assertThat(township.classes().keySet()).containsExactlyInAnyOrder("街道", "镇", "乡", "开发区");
        assertThat(township.label().field()).isEqualTo("name");
        assertThat(township.label().priority()).isGreaterThan(SampleStyles.village().label().priority());
    }
}
