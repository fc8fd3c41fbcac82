package rectimap.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static rectimap.edit.EditFixture.AREAS;

import org.junit.jupiter.api.Test;
import rectimap.model.MapLayer;
import rectimap.model.Project;

class SetLayerVisibilityCommandTest {

    @Test
    void hidingAReferenceLayerIsOneNamedStepThatUndoesExactly() throws CommandRefused {
        EditSession session = EditFixture.session();

        CommandResult result = SetLayerVisibilityCommand.hide("township").build(session.project(), session.rules());
        Project after = EditFixture.executeUndoRedoViews(session, result.changes());

        assertThat(result.changes().name()).isEqualTo("隐藏图层 乡镇街道（示意）");
        assertThat(after.layer("township").map(MapLayer::visible)).contains(false);
        assertThat(after.layers().get(0).tableName()).isEqualTo("township");
        assertThat(session.history().steps()).hasSize(1);
    }

    @Test
    void showingAHiddenLayerIsNamedShow() throws CommandRefused {
        EditSession session = EditFixture.session();
        session.run(SetLayerVisibilityCommand.hide(AREAS));

        CommandResult shown = session.run(SetLayerVisibilityCommand.show(AREAS));

        assertThat(shown.changes().name()).isEqualTo("显示图层 责任区");
        assertThat(session.project().layer(AREAS).map(MapLayer::visible)).contains(true);
        session.undo();
        assertThat(session.project().layer(AREAS).map(MapLayer::visible)).contains(false);
    }

    @Test
    void showingAShownLayerRecordsNothingAndAnUnknownLayerIsRefused() throws CommandRefused {
        EditSession session = EditFixture.session();

        session.run(SetLayerVisibilityCommand.show(AREAS));

        assertThat(session.history().steps()).isEmpty();
        assertThatThrownBy(() -> session.run(SetLayerVisibilityCommand.hide("nope")))
                .isInstanceOfSatisfying(CommandRefused.class,
                        r -> assertThat(r.reason()).isEqualTo(RefusalReason.NO_SUCH_LAYER));
    }
}
