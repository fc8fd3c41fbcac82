package rectimap.campaign.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import rectimap.model.AttributeProblem;

class DemolitionLifecycleTest {
    /** The lifecycle as the campaign summary describes it, written out move by move. */
    private static final Set<List<DemolitionStatus>> LEGAL = Set.of(
            List.of(DemolitionStatus.FOUND, DemolitionStatus.NOTICE),
            List.of(DemolitionStatus.NOTICE, DemolitionStatus.DEMOLISHED_BY_OWNER),
            List.of(DemolitionStatus.NOTICE, DemolitionStatus.FORCED),
            List.of(DemolitionStatus.NOTICE, DemolitionStatus.JUDICIAL),
            List.of(DemolitionStatus.DEMOLISHED_BY_OWNER, DemolitionStatus.CLOSED),
            List.of(DemolitionStatus.FORCED, DemolitionStatus.CLOSED),
            List.of(DemolitionStatus.JUDICIAL, DemolitionStatus.CLOSED),
            List.of(DemolitionStatus.JUDICIAL, DemolitionStatus.FORCED));

    @ParameterizedTest
    @EnumSource(DemolitionStatus.class)
    void everyMoveFromAStatusIsAllowedExactlyWhenTheLifecycleHasIt(DemolitionStatus from) {
        for (DemolitionStatus to : DemolitionStatus.values()) {
            boolean legal = from == to || LEGAL.contains(List.of(from, to));

            assertThat(DemolitionLifecycle.allows(from, to)).as(from + " → " + to).isEqualTo(legal);
            assertThat(DemolitionLifecycle.moveProblem(from, to).isEmpty()).as(from + " → " + to).isEqualTo(legal);
        }
        EnumSet<DemolitionStatus> expectedNext = EnumSet.noneOf(DemolitionStatus.class);
        LEGAL.stream().filter(m -> m.get(0) == from).forEach(m -> expectedNext.add(m.get(1)));
        assertThat(DemolitionLifecycle.nextStatuses(from)).isEqualTo(expectedNext);
    }

    @Test
    void anIllegalMoveSaysWhichMovesAreAllowed() {
        AttributeProblem problem = DemolitionLifecycle
                .moveProblem(DemolitionStatus.FOUND, DemolitionStatus.FORCED).orElseThrow();

        assertThat(problem.field()).isEqualTo("status");
        assertThat(problem.reasonZh()).isEqualTo("状态不能从 发现 改为 强制拆除：只能改为 公告");
        assertThat(problem.reasonEn()).isEqualTo(
                "status cannot move from found to forcibly demolished: it can only move to notice posted");
        assertThat(DemolitionLifecycle.moveProblem(DemolitionStatus.NOTICE, DemolitionStatus.CLOSED)
                .orElseThrow().reasonZh()).isEqualTo("状态不能从 公告 改为 销号：只能改为 自行拆除、强制拆除、司法程序");
        assertThat(DemolitionLifecycle.moveProblem(DemolitionStatus.CLOSED, DemolitionStatus.NOTICE)
                .orElseThrow().reasonZh()).isEqualTo("状态不能从 销号 改为 公告：已销号的拆违点不能再改状态");
    }

    @Test
    void postingTheNoticeSetsItsDateDeadlineAndDueDate() {
        Map<String, Object> found = new LinkedHashMap<>();
        found.put("status", "发现");
        found.put("location", "解州镇西关村东侧");

        Map<String, Object> posted = DemolitionLifecycle.postNotice(found, LocalDate.of(2026, 3, 30), 15);

        assertThat(posted).containsEntry("status", "公告").containsEntry("notice_date", LocalDate.of(2026, 3, 30))
                .containsEntry("deadline_days", 15L).containsEntry("due_date", LocalDate.of(2026, 4, 14))
                .containsEntry("location", "解州镇西关村东侧");
        assertThat(PlanningSchemas.validate(DemolitionSiteSchema.schema().type(), posted)).isEmpty();
    }

    @Test
    void aNoticeCannotBePostedTwiceAfterDemolitionOrWithANegativeDeadline() {
        Map<String, Object> forced = Map.of("status", "强制拆除");
        assertThatThrownBy(() -> DemolitionLifecycle.postNotice(forced, LocalDate.of(2026, 3, 1), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemolitionLifecycle.postNotice(Map.of("status", "发现"), LocalDate.of(2026, 3, 1), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }

    @Test
    void theDueDateNeedsBothNoticeDateAndDeadline() {
        assertThat(DemolitionLifecycle.dueDate(LocalDate.of(2026, 12, 25), 10L)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(DemolitionLifecycle.dueDate(null, 10L)).isNull();
        assertThat(DemolitionLifecycle.dueDate(LocalDate.of(2026, 12, 25), null)).isNull();
    }
}
