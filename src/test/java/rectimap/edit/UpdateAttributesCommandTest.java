package rectimap.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static rectimap.edit.EditFixture.AREAS;
import static rectimap.edit.EditFixture.SITES;
import static rectimap.edit.EditFixture.byId;
import static rectimap.edit.EditFixture.values;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import rectimap.model.Feature;
import rectimap.model.Project;

class UpdateAttributesCommandTest {

    @Test
    void postingANoticeComputesTheDueDateAndUndoesExactly() throws CommandRefused {
        EditSession session = EditFixture.session();
        Feature before = byId(session.project(), SITES).get(1L);

        CommandResult result = new UpdateAttributesCommand(SITES, 1, values("status", "公告",
                "notice_date", LocalDate.of(2026, 11, 20), "deadline_days", 15L))
                .build(session.project(), session.rules());
        Project after = EditFixture.executeUndoRedo(session, result.changes());

        Feature posted = byId(after, SITES).get(1L);
        assertThat(result.changes().name()).isEqualTo("修改 西关村东侧-1 拆违点 属性");
        assertThat(posted.attributes()).containsEntry("status", "公告").containsEntry("due_date",
                LocalDate.of(2026, 12, 5)).containsEntry("location", "西关村东侧");
        assertThat(posted.geometry()).isSameAs(before.geometry());
    }

    @Test
    void anIllegalStatusMoveIsRefusedWithTheLifecycleReason() {
        EditSession session = EditFixture.session();

        assertThatThrownBy(() -> session.run(new UpdateAttributesCommand(SITES, 1, values("status", "销号",
                "notice_date", LocalDate.of(2026, 11, 20), "deadline_days", 15L,
                "outcome_date", LocalDate.of(2026, 12, 1))))).isInstanceOfSatisfying(CommandRefused.class, r -> {
                    assertThat(r.reason()).isEqualTo(RefusalReason.INVALID_ATTRIBUTES);
                    assertThat(r.problems()).singleElement().satisfies(p -> {
                        assertThat(p.field()).isEqualTo("status");
                        assertThat(p.reasonZh()).isEqualTo("状态不能从 发现 改为 销号：只能改为 公告");
                    });
                });
        assertThat(session.history().steps()).isEmpty();
    }

    @Test
    void aBadPhoneIsRefusedAndDerivedAreasCannotBeTyped() {
        EditSession session = EditFixture.session();

        assertThatThrownBy(() -> session.run(new UpdateAttributesCommand(AREAS, 1, values("phone", "12345"))))
                .isInstanceOfSatisfying(CommandRefused.class, r -> assertThat(r.problems())
                        .extracting(p -> p.field()).containsExactly("phone"));
        assertThatThrownBy(() -> session.run(new UpdateAttributesCommand(AREAS, 1, values("area_m2", 5.0))))
                .isInstanceOfSatisfying(CommandRefused.class,
                        r -> assertThat(r.reason()).isEqualTo(RefusalReason.DERIVED_FIELD));
    }

    @Test
    void clearingAValueAndChangingNothing() throws CommandRefused {
        EditSession session = EditFixture.session();

        session.run(new UpdateAttributesCommand(AREAS, 1, values("note", null)));
        CommandResult same = session.run(new UpdateAttributesCommand(AREAS, 1, values("person", "李某")));

        assertThat(byId(session.project(), AREAS).get(1L).get("note")).isNull();
        assertThat(same.changes().isEmpty()).isTrue();
        assertThat(session.history().steps()).hasSize(1);
    }

    @Test
    void changingAKindIntoOneThatOverlapsIsRefused() throws CommandRefused {
        EditSession session = EditFixture.session();

        // the contractor area overlaps both cadre areas: as a cadre area it would overlap them
        assertThatThrownBy(() -> session.run(new UpdateAttributesCommand(AREAS, 3, values("kind", "乡镇干部包村",
                "township", "解州镇", "village", "西关村")))).isInstanceOfSatisfying(CommandRefused.class, r -> {
                    assertThat(r.reason()).isEqualTo(RefusalReason.OVERLAPS_SAME_KIND);
                    assertThat(r.textZh()).isEqualTo("改为 乡镇干部包村 后与同类责任区 [1, 2] 重叠，请先调整范围");
                });
        // as a patrol area it overlaps nothing of its kind
        session.run(new UpdateAttributesCommand(AREAS, 3, values("kind", "巡逻片区")));
        assertThat(byId(session.project(), AREAS).get(3L).get("kind")).isEqualTo("巡逻片区");
    }
}
