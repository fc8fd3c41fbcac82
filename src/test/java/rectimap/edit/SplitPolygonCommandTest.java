package rectimap.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static rectimap.edit.EditFixture.AREAS;
import static rectimap.edit.EditFixture.byId;
import static rectimap.edit.EditFixture.wkt;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.LineString;
import rectimap.model.Feature;
import rectimap.model.Project;

class SplitPolygonCommandTest {

    @Test
    void splittingAnAreaGivesPartsWithItsAttributesNewIdsAndTheirOwnAreas() throws CommandRefused {
        EditSession session = EditFixture.session();
        Feature original = byId(session.project(), AREAS).get(1L);
        LineString cut = (LineString) wkt("LINESTRING (110.903 34.99, 110.903 35.02)");

        CommandResult result = new SplitPolygonCommand(AREAS, 1, cut).build(session.project(), session.rules());
        Project after = EditFixture.executeUndoRedo(session, result.changes());

        assertThat(result.changes().name()).isEqualTo("拆分 解州镇-1 责任区");
        Map<Long, Feature> areas = byId(after, AREAS);
        assertThat(areas).containsOnlyKeys(2L, 3L, 4L, 5L);
        Feature larger = areas.get(4L);
        Feature smaller = areas.get(5L);
        assertThat((Double) larger.get("area_m2")).isGreaterThan((Double) smaller.get("area_m2"));
        assertThat((Double) larger.get("area_m2") + (Double) smaller.get("area_m2"))
                .isCloseTo((Double) original.get("area_m2"), within(0.01));
        for (Feature part : new Feature[] {larger, smaller}) {
            assertThat(part.geometry().getGeometryType()).isEqualTo("MultiPolygon");
            assertThat(part.attributes()).containsEntry("village", "西关村").containsEntry("person", "李某");
        }
        assertThat(smaller.geometry().getEnvelopeInternal().getMaxX()).isEqualTo(110.903);
    }

    @Test
    void aLineThatDoesNotCrossIsRefused() {
        EditSession session = EditFixture.session();
        LineString inside = (LineString) wkt("LINESTRING (110.903 34.99, 110.903 35.005)");

        assertThatThrownBy(() -> session.run(new SplitPolygonCommand(AREAS, 1, inside)))
                .isInstanceOfSatisfying(CommandRefused.class, r -> {
                    assertThat(r.reason()).isEqualTo(RefusalReason.LINE_DOES_NOT_SPLIT);
                    assertThat(r.textZh()).isEqualTo("拆分线没有完整穿过 解州镇-1，请从面外画到面外");
                });
    }

    @Test
    void aPointIsNotSplit() {
        assertThatThrownBy(() -> EditFixture.session().run(new SplitPolygonCommand(EditFixture.SITES, 1,
                (LineString) wkt("LINESTRING (110.9 35.0, 111 35.01)")))).isInstanceOfSatisfying(
                        CommandRefused.class, r -> assertThat(r.reason()).isEqualTo(RefusalReason.NOT_A_POLYGON));
    }
}
