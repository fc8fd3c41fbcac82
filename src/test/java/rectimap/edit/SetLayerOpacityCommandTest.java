package rectimap.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static rectimap.edit.EditFixture.AREAS;

import org.junit.jupiter.api.Test;
import rectimap.model.MapLayer;
import rectimap.model.Project;

class SetLayerOpacityCommandTest {

    @Test
    void settingOpacityIsOneNamedStepThatUndoesToTheExactValue() throws CommandRefused {
        EditSession session = EditFixture.session();
        session.run(new SetLayerOpacityCommand("township", 0.8125));

        CommandResult result = new SetLayerOpacityCommand("township", 0.6).build(session.project(), session.rules());
        Project after = EditFixture.executeUndoRedoViews(session, result.changes());

        assertThat(result.changes().name()).isEqualTo("透明度 乡镇街道（示意） 60%");
        assertThat(after.layer("township").map(MapLayer::opacity)).contains(0.6);
        session.undo();
        assertThat(session.project().layer("township").map(MapLayer::opacity)).contains(0.8125);
    }

    @Test
    void aStaleStepIsRefusedByTheSessionAndChangesNothing() throws CommandRefused {
        EditSession session = EditFixture.session();
        var step = new SetLayerOpacityCommand(AREAS, 0.3).build(session.project(), session.rules()).changes();
        session.run(new SetLayerOpacityCommand(AREAS, 0.5));
        Project before = session.project();

        assertThatThrownBy(() -> session.execute(step)).isInstanceOf(IllegalStateException.class);
        assertThat(session.project()).isEqualTo(before);
        assertThat(session.history().steps()).hasSize(1);
    }

    @Test
    void opacityOutsideZeroToOneIsRejected() {
        assertThatThrownBy(() -> new SetLayerOpacityCommand(AREAS, 1.2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SetLayerOpacityCommand(AREAS, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
