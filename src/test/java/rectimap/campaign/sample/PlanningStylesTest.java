package rectimap.campaign.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import rectimap.campaign.planning.PlanningSchemas;
import rectimap.model.GeometryKind;
import rectimap.model.style.LayerStyle;
import rectimap.model.style.Symbolizer;

class PlanningStylesTest {

    @Test
    void everyKindAndStatusHasItsOwnColour() {
        for (String[] tableAndField : new String[][] {{"responsibility_area", "kind"}, {"cleanup_zone", "kind"},
                {"demolition_site", "status"}}) {
            LayerStyle style = SampleStyles.forTable(tableAndField[0]).orElseThrow();
            List<String> values = PlanningSchemas.forTable(tableAndField[0]).orElseThrow()
                    .rule(tableAndField[1]).orElseThrow().choices();

            assertThat(style.classField()).isEqualTo(tableAndField[1]);
            assertThat(style.classes().keySet()).containsExactlyInAnyOrderElementsOf(values);
            Set<Object> strokes = new HashSet<>();
            style.classes().values().forEach(s -> strokes.add(tableAndField[1].equals("status") ? s.fill() : s.stroke()));
            assertThat(strokes).as(tableAndField[0]).hasSize(values.size());
        }
    }

    @Test
    void planningOutlinesAreStrongerThanTheReferenceMapsAndPointsGetMarkers() {
        double townshipOutlineMm = SampleStyles.township().base().strokeWidthMm();

        for (Symbolizer area : SampleStyles.forTable("responsibility_area").orElseThrow().classes().values()) {
            assertThat(area.strokeWidthMm()).isGreaterThanOrEqualTo(2 * townshipOutlineMm);
            assertThat(area.fill().alpha()).isLessThanOrEqualTo(0.2);
        }
        for (String mixed : List.of("cleanup_zone", "demolition_site")) {
            assertThat(SampleStyles.forTable(mixed).orElseThrow().classes().values())
                    .allSatisfy(s -> assertThat(s.markerSizeMm()).isGreaterThan(2.5));
        }
        assertThat(SampleStyles.forTableOrDefault("road_responsibility", GeometryKind.MULTILINESTRING).base()
                .strokeWidthMm()).isGreaterThan(SampleStyles.road().classes().get("县道").strokeWidthMm());
    }
}
