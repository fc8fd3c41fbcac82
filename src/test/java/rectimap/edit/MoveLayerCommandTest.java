package rectimap.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static rectimap.edit.EditFixture.AREAS;
import static rectimap.edit.EditFixture.SITES;

import java.util.List;
import org.junit.jupiter.api.Test;
import rectimap.model.MapLayer;
import rectimap.model.Project;

class MoveLayerCommandTest {

    @Test
    void movingALayerToTheTopIsOneStepThatRestoresTheOrder() throws CommandRefused {
        EditSession session = EditFixture.session();
        List<String> order = names(session.project());

        CommandResult result = new MoveLayerCommand(AREAS, 4).build(session.project(), session.rules());
        Project after = EditFixture.executeUndoRedoViews(session, result.changes());

        assertThat(result.changes().name()).isEqualTo("调整图层顺序 责任区");
        assertThat(names(after)).containsExactly(order.get(0), order.get(2), order.get(3), order.get(4), AREAS);
        session.undo();
        assertThat(names(session.project())).isEqualTo(order);
    }

    @Test
    void movingToTheBottomKeepsEveryLayersLook() throws CommandRefused {
        EditSession session = EditFixture.session();
        session.run(SetLayerVisibilityCommand.hide("township"));

        session.run(new MoveLayerCommand(SITES, 0));

        assertThat(names(session.project()).get(0)).isEqualTo(SITES);
        assertThat(session.project().layer("township").map(MapLayer::visible)).contains(false);
        assertThat(session.history().undoName()).contains("调整图层顺序 拆违点");
    }

    @Test
    void aPlaceOutsideTheListIsRefused() {
        EditSession session = EditFixture.session();

        assertThatThrownBy(() -> session.run(new MoveLayerCommand(AREAS, 5)))
                .isInstanceOf(CommandRefused.class);
        assertThat(session.history().steps()).isEmpty();
    }

    private static List<String> names(Project project) {
        return project.layers().stream().map(MapLayer::tableName).toList();
    }
}
