package rectimap.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static rectimap.edit.EditFixture.AREAS;
import static rectimap.edit.EditFixture.ROADS;
import static rectimap.edit.EditFixture.byId;
import static rectimap.edit.EditFixture.wkt;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import rectimap.geo.Measure;
import rectimap.model.Feature;
import rectimap.model.Project;

class ReplaceGeometryCommandTest {

    @Test
    void aVertexDragIsOneStepWithTheAreaRecomputedAndUndoneExactly() throws CommandRefused {
        EditSession session = EditFixture.session();
        Feature before = byId(session.project(), AREAS).get(1L);
        // the north-west corner dragged north-west: the area grows, it still touches its east neighbour
        Geometry dragged = wkt("POLYGON ((110.90 35.00, 110.91 35.00, 110.91 35.01, 110.899 35.012, 110.90 35.00))");

        CommandResult result = new ReplaceGeometryCommand(AREAS, 1, dragged, GeometryEdit.VERTICES,
                OverlapPolicy.AVOID).build(session.project(), session.rules());
        Project after = EditFixture.executeUndoRedo(session, result.changes());

        Feature edited = byId(after, AREAS).get(1L);
        assertThat(result.changes().name()).isEqualTo("编辑节点 解州镇-1 责任区");
        assertThat(result.clipped()).isFalse();
        assertThat(edited.get("area_m2")).isEqualTo(Measure.areaM2(dragged));
        assertThat((Double) edited.get("area_m2")).isNotEqualTo(before.get("area_m2"));
        assertThat(edited.attributes()).containsEntry("village", "西关村");
        assertThat(session.history().steps()).hasSize(1);
    }

    @Test
    void reshapingIntoASameKindNeighbourIsClipped() throws CommandRefused {
        EditSession session = EditFixture.session();
        Geometry intoEast = wkt("POLYGON ((110.90 35.00, 110.915 35.00, 110.915 35.01, 110.90 35.01, 110.90 35.00))");

        CommandResult result = session.run(new ReplaceGeometryCommand(AREAS, 1, intoEast, GeometryEdit.RESHAPE,
                OverlapPolicy.AVOID));

        assertThat(result.clips()).singleElement().satisfies(c -> assertThat(c.neighbourIds()).containsExactly(2L));
        assertThat(byId(session.project(), AREAS).get(1L).geometry().equalsTopo(wkt(EditFixture.WEST))).isTrue();
    }

    @Test
    void aLineKeepsItsLengthCurrent() throws CommandRefused {
        EditSession session = EditFixture.session();
        Geometry longer = wkt("LINESTRING (110.90 35.03, 110.93 35.03, 110.95 35.04)");

        session.run(new ReplaceGeometryCommand(ROADS, 1, longer, GeometryEdit.VERTICES, OverlapPolicy.AVOID));

        Feature road = byId(session.project(), ROADS).get(1L);
        assertThat(road.geometry().getGeometryType()).isEqualTo("MultiLineString");
        assertThat(road.get("length_m")).isEqualTo(Measure.lengthM(longer));
    }

    @Test
    void aSelfIntersectingDragIsRefusedWithItsLocation() {
        EditSession session = EditFixture.session();
        Geometry crossed = wkt("POLYGON ((110.90 35.00, 110.91 35.01, 110.91 35.00, 110.90 35.01, 110.90 35.00))");

        assertThatThrownBy(() -> session.run(new ReplaceGeometryCommand(AREAS, 1, crossed, GeometryEdit.VERTICES,
                OverlapPolicy.AVOID))).isInstanceOfSatisfying(CommandRefused.class, r -> {
                    assertThat(r.reason()).isEqualTo(RefusalReason.INVALID_GEOMETRY);
                    assertThat(r.location()).isPresent();
                    assertThat(r.repaired()).isPresent();
                });
        assertThat(byId(session.project(), AREAS).get(1L)).isEqualTo(byId(EditFixture.project(), AREAS).get(1L));
    }
}
