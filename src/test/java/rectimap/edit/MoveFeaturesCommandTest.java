package rectimap.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static rectimap.edit.EditFixture.AREAS;
import static rectimap.edit.EditFixture.SITES;
import static rectimap.edit.EditFixture.byId;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import rectimap.geo.CrsTransform;
import rectimap.geo.Measure;
import rectimap.model.Feature;
import rectimap.model.Project;

class MoveFeaturesCommandTest {

    @Test
    void movingAPointByDisplayMetresMovesItThatFarOnTheGround() throws CommandRefused {
        EditSession session = EditFixture.session();
        Coordinate from = byId(session.project(), SITES).get(1L).geometry().getCoordinate();

        CommandResult result = new MoveFeaturesCommand(SITES, List.of(1L), 300, -400, OverlapPolicy.AVOID)
                .build(session.project(), session.rules());
        Project after = EditFixture.executeUndoRedo(session, result.changes());

        Coordinate to = byId(after, SITES).get(1L).geometry().getCoordinate();
        Coordinate fromM = CrsTransform.between(4490, 4546).apply(from.x, from.y);
        Coordinate toM = CrsTransform.between(4490, 4546).apply(to.x, to.y);
        assertThat(toM.x - fromM.x).isCloseTo(300, within(1e-3));
        assertThat(toM.y - fromM.y).isCloseTo(-400, within(1e-3));
        // grid distance and ground distance differ by the Gauss-Krüger scale factor (< 1e-4 this close to 111E)
        assertThat(Measure.distanceM(from.x, from.y, to.x, to.y)).isCloseTo(500, within(0.1));
        assertThat(result.changes().name()).isEqualTo("移动 西关村东侧-1 拆违点");
    }

    @Test
    void movingTwoAreasTogetherKeepsTheirAreasAndClipsOnlyAgainstStillNeighbours() throws CommandRefused {
        EditSession session = EditFixture.session();
        Feature west = byId(session.project(), AREAS).get(1L);

        // both cadre areas 100 m east: they overlap each other's old places, which moved with them; nothing clips
        CommandResult together = session.run(new MoveFeaturesCommand(AREAS, List.of(1L, 2L), 100, 0,
                OverlapPolicy.AVOID));

        assertThat(together.changes().name()).isEqualTo("移动 2 个责任区");
        assertThat(together.clipped()).isFalse();
        Feature moved = byId(session.project(), AREAS).get(1L);
        assertThat((Double) moved.get("area_m2")).isCloseTo((Double) west.get("area_m2"), within(5.0));
        assertThat(moved.get("area_m2")).isEqualTo(Measure.areaM2(moved.geometry()));

        // the west one alone 300 m further east runs into the east one, which stays: clipped
        CommandResult alone = session.run(new MoveFeaturesCommand(AREAS, List.of(1L), 300, 0, OverlapPolicy.AVOID));
        assertThat(alone.clips()).singleElement().satisfies(c -> {
            assertThat(c.neighbourIds()).containsExactly(2L);
            assertThat(c.removedM2()).isGreaterThan(1000);
        });
    }

    @Test
    void aClickWithoutADragMakesNoStep() throws CommandRefused {
        EditSession session = EditFixture.session();

        CommandResult result = session.run(new MoveFeaturesCommand(AREAS, List.of(1L), 0, 0, OverlapPolicy.AVOID));

        assertThat(result.changes().isEmpty()).isTrue();
        assertThat(session.history().steps()).isEmpty();
        assertThat(byId(session.project(), AREAS)).isEqualTo(byId(EditFixture.project(), AREAS));
    }
}
