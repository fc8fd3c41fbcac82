package rectimap.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static rectimap.edit.EditFixture.AREAS;
import static rectimap.edit.EditFixture.byId;
import static rectimap.edit.EditFixture.wkt;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rectimap.geo.Measure;
import rectimap.model.Feature;
import rectimap.model.Project;

class MergePolygonsCommandTest {

    @Test
    void theChosenSurvivorKeepsItsIdAndAttributesWithTheUnion() throws CommandRefused {
        EditSession session = EditFixture.session();
        Feature east = byId(session.project(), AREAS).get(2L);

        CommandResult result = new MergePolygonsCommand(AREAS, List.of(1L, 2L), 2L, OverlapPolicy.AVOID)
                .build(session.project(), session.rules());
        Project after = EditFixture.executeUndoRedo(session, result.changes());

        assertThat(result.changes().name()).isEqualTo("合并 2 个责任区");
        Map<Long, Feature> areas = byId(after, AREAS);
        assertThat(areas).containsOnlyKeys(2L, 3L);
        Feature merged = areas.get(2L);
        assertThat(merged.geometry().isValid()).isTrue();
        assertThat(merged.geometry().equalsTopo(wkt(
                "POLYGON ((110.90 35.00, 110.92 35.00, 110.92 35.01, 110.90 35.01, 110.90 35.00))"))).isTrue();
        assertThat(merged.get("village")).isEqualTo(east.get("village"));
        assertThat(merged.get("area_m2")).isEqualTo(Measure.areaM2(merged.geometry()));
    }

    @Test
    void oneFeatureOrASurvivorOutsideTheSelectionIsRefused() {
        EditSession session = EditFixture.session();

        assertThatThrownBy(() -> session.run(new MergePolygonsCommand(AREAS, List.of(1L), 1L, OverlapPolicy.AVOID)))
                .isInstanceOfSatisfying(CommandRefused.class,
                        r -> assertThat(r.reason()).isEqualTo(RefusalReason.TOO_FEW_TO_MERGE));
        assertThatThrownBy(() -> session.run(new MergePolygonsCommand(AREAS, List.of(1L, 2L), 3L,
                OverlapPolicy.AVOID))).isInstanceOfSatisfying(CommandRefused.class,
                        r -> assertThat(r.reason()).isEqualTo(RefusalReason.TOO_FEW_TO_MERGE));
    }
}
