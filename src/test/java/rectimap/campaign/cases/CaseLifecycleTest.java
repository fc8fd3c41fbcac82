package rectimap.campaign.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rectimap.model.AttributeProblem;

/** The supervision-case lifecycle: allowed and refused moves with reasons, the closing note, revisit records. */
class CaseLifecycleTest {

    private static Map<String, Object> caseAt(CaseStatus status, String closeNote, String revisits) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", status.label());
        values.put("close_note", closeNote);
        values.put("revisits", revisits);
        return values;
    }

    private static List<String> fields(List<AttributeProblem> problems) {
        return problems.stream().map(AttributeProblem::field).toList();
    }

    @Test
    void aCaseWalksTheWholeWayOneStepAtATime() {
        assertThat(CaseLifecycle.problems(caseAt(CaseStatus.REGISTERED, null, null),
                caseAt(CaseStatus.ASSIGNED, null, null))).isEmpty();
        assertThat(CaseLifecycle.problems(caseAt(CaseStatus.ASSIGNED, null, null),
                caseAt(CaseStatus.RECTIFYING, null, null))).isEmpty();
        assertThat(CaseLifecycle.problems(caseAt(CaseStatus.RECTIFYING, null, null),
                caseAt(CaseStatus.CLOSED, "已清运,现场复核合格", null))).isEmpty();
        assertThat(CaseLifecycle.problems(caseAt(CaseStatus.CLOSED, "已清运", null),
                caseAt(CaseStatus.REVISITED, "已清运", "2026-11-20 复查未反弹"))).isEmpty();
        assertThat(CaseLifecycle.problems(caseAt(CaseStatus.REVISITED, "已清运", "2026-11-20 复查未反弹"),
                caseAt(CaseStatus.RECTIFYING, "已清运", "2026-11-20 复查未反弹"))).isEmpty();
    }

    @Test
    void skippingAStepIsRefusedNamingTheWayOn() {
        List<AttributeProblem> problems = CaseLifecycle.problems(caseAt(CaseStatus.REGISTERED, null, null),
                caseAt(CaseStatus.CLOSED, "写了说明", null));

        assertThat(fields(problems)).containsExactly("status");
        assertThat(problems.get(0).reasonZh()).isEqualTo("督办件状态不能从 登记 改为 销号：只能改为 交办");
        assertThat(problems.get(0).reasonEn()).contains("registered", "closed", "assigned");
        assertThat(CaseLifecycle.allows(CaseStatus.CLOSED, CaseStatus.REGISTERED)).isFalse();
        assertThat(CaseLifecycle.allows(CaseStatus.RECTIFYING, CaseStatus.RECTIFYING)).isTrue();
        assertThat(CaseLifecycle.nextStatuses(CaseStatus.REVISITED)).containsExactly(CaseStatus.RECTIFYING);
    }

    @Test
    void closingWithoutANoteIsRefused() {
        List<AttributeProblem> problems = CaseLifecycle.problems(caseAt(CaseStatus.RECTIFYING, null, null),
                caseAt(CaseStatus.CLOSED, "  ", null));

        assertThat(fields(problems)).containsExactly("close_note");
        assertThat(problems.get(0).reasonZh()).contains("销号说明");
    }

    @Test
    void aRevisitNeedsANewRecordAndRecordsAreNeverDropped() {
        assertThat(fields(CaseLifecycle.problems(caseAt(CaseStatus.CLOSED, "已整改", null),
                caseAt(CaseStatus.REVISITED, "已整改", null)))).containsExactly("revisits");
        String two = "2026-10-01 复查未反弹\n2026-11-20 再次复查未反弹";
        assertThat(fields(CaseLifecycle.problems(caseAt(CaseStatus.REVISITED, "已整改", two),
                caseAt(CaseStatus.REVISITED, "已整改", "2026-11-20 再次复查未反弹")))).containsExactly("revisits");
        String three = CaseRevisits.append(two, new CaseRevisit(LocalDate.of(2026, 11, 28), "第三次复查"));
        assertThat(CaseLifecycle.problems(caseAt(CaseStatus.REVISITED, "已整改", two),
                caseAt(CaseStatus.REVISITED, "已整改", three))).isEmpty();
        assertThat(CaseRevisits.parse(three)).extracting(CaseRevisit::date).containsExactly(
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 28));
    }
}
