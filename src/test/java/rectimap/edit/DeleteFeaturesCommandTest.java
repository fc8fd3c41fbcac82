package rectimap.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static rectimap.edit.EditFixture.AREAS;
import static rectimap.edit.EditFixture.byId;

import java.util.List;
import org.junit.jupiter.api.Test;
import rectimap.model.Project;

class DeleteFeaturesCommandTest {

    @Test
    void deletingSeveralAreasIsOneStepThatUndoesExactly() throws CommandRefused {
        EditSession session = EditFixture.session();

        CommandResult result = new DeleteFeaturesCommand(AREAS, List.of(1L, 3L)).build(session.project(),
                session.rules());
        Project after = EditFixture.executeUndoRedo(session, result.changes());

        assertThat(result.changes().name()).isEqualTo("删除 2 个责任区");
        assertThat(byId(after, AREAS)).containsOnlyKeys(2L);
        assertThat(session.history().steps()).hasSize(1);
    }

    @Test
    void oneDeletionIsNamedByTheFeature() throws CommandRefused {
        EditSession session = EditFixture.session();

        assertThat(new DeleteFeaturesCommand(AREAS, List.of(2L)).build(session.project(), session.rules())
                .changes().name()).isEqualTo("删除 解州镇-2 责任区");
    }

    @Test
    void nothingSelectedOrAStaleIdIsRefused() {
        EditSession session = EditFixture.session();

        assertThatThrownBy(() -> session.run(new DeleteFeaturesCommand(AREAS, List.of())))
                .isInstanceOfSatisfying(CommandRefused.class,
                        r -> assertThat(r.reason()).isEqualTo(RefusalReason.NOTHING_SELECTED));
        assertThatThrownBy(() -> session.run(new DeleteFeaturesCommand(AREAS, List.of(1L, 99L))))
                .isInstanceOfSatisfying(CommandRefused.class, r -> {
                    assertThat(r.reason()).isEqualTo(RefusalReason.NO_SUCH_FEATURE);
                    assertThat(r.textZh()).isEqualTo("责任区 中没有要素 99");
                });
        assertThat(byId(session.project(), AREAS)).hasSize(3);
    }
}
