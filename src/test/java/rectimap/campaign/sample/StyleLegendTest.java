package rectimap.campaign.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import rectimap.campaign.cases.CaseStyles;
import rectimap.campaign.cases.TrafficLight;
import rectimap.model.style.Emphasis;
import rectimap.model.style.LayerStyle;
import rectimap.model.style.LegendRow;
import rectimap.model.style.Rgba;
import rectimap.model.style.StyleChoice;
import rectimap.model.style.Symbolizer;
import rectimap.model.Feature;

/** A style's legend rows: classes in the order given, under their titles, then emphases; cases by traffic light. */
class StyleLegendTest {

    @Test
    void roadsListTheirLevelsFromMotorwayDownAndVillagesTheirKindsThenTheCulturalFlag() {
        assertThat(SampleStyles.road().legendRows()).extracting(LegendRow::title)
                .containsExactly("高速公路", "国道", "省道", "县道", "乡道", "村道");
        assertThat(SampleStyles.village().legendRows()).extracting(LegendRow::title, LegendRow::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("村委会", LegendRow.Kind.CLASS),
                        org.assertj.core.groups.Tuple.tuple("社区居委会", LegendRow.Kind.CLASS),
                        org.assertj.core.groups.Tuple.tuple("虚拟社区", LegendRow.Kind.CLASS),
                        org.assertj.core.groups.Tuple.tuple("文化体验村", LegendRow.Kind.EMPHASIS));
        assertThat(SampleStyles.saltLake().legendRows()).isEmpty();
    }

    @Test
    void theOrderSurvivesEveryCopy() {
        LayerStyle road = SampleStyles.road();
        LayerStyle copied = road.withLabel(null).withEmphasis(new Emphasis("name", "运临路",
                Symbolizer.line(Rgba.BLACK, 1))).withClassTitles(Map.of("村道", "村道(示意)"));

        assertThat(copied.legendRows()).extracting(LegendRow::title)
                .containsExactly("高速公路", "国道", "省道", "县道", "乡道", "村道(示意)", "运临路");
        assertThat(StyleChoice.of(road).applyTo(road).legendRows()).isEqualTo(road.legendRows());
    }

    @Test
    void casesAreListedByTrafficLightNeverByDeadline() {
        LocalDate today = LocalDate.of(2026, 11, 20);
        GeometryFactory geometry = new GeometryFactory();
        List<Feature> cases = List.of(
                caseDue(1, today.plusDays(30), "整改中", geometry),
                caseDue(2, today.minusDays(2), "整改中", geometry),
                caseDue(3, today.plusDays(40), "登记", geometry),
                caseDue(4, today.minusDays(9), "整改中", geometry),
                caseDue(5, today.plusDays(1), "交办", geometry),
                caseDue(6, today.minusDays(20), "销号", geometry));

        List<LegendRow> rows = CaseStyles.trafficLight(cases, today, 3).legendRows();

        assertThat(rows).extracting(LegendRow::title).containsExactly("逾期", "临期", "按期", "已办结");
        assertThat(rows).extracting(r -> r.symbol().fill()).containsExactly(Rgba.hex(TrafficLight.RED.hex()),
                Rgba.hex(TrafficLight.YELLOW.hex()), Rgba.hex(TrafficLight.GREEN.hex()),
                Rgba.hex(TrafficLight.GREY.hex()));
    }

    private static Feature caseDue(long id, LocalDate deadline, String status, GeometryFactory geometry) {
        return new Feature(id, geometry.createPoint(new Coordinate(110.9, 35.0)),
                Map.of("deadline", deadline, "status", status));
    }
}
