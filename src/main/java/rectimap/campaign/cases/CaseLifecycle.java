package rectimap.campaign.cases;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rectimap.campaign.StatusMoves;
import rectimap.model.AttributeProblem;

/**
 * The supervision-case lifecycle: 登记 → 交办 → 整改中 → 销号 → 回头看, and 回头看 → 整改中 when the revisit finds the
 * problem back (反弹). Closing (销号) needs a closing note; entering 回头看 needs a new revisit record; revisit records
 * are only ever appended. Staying in the same status is allowed (editing other fields). Pure.
 */
public final class CaseLifecycle {
    public static final String STATUS = "status";
    public static final String CLOSE_NOTE = "close_note";
    public static final String CLOSED_DATE = "closed_date";
    public static final String REVISITS = "revisits";

    private static final StatusMoves<CaseStatus> MOVES = new StatusMoves<>(Map.of(
            CaseStatus.REGISTERED, EnumSet.of(CaseStatus.ASSIGNED),
            CaseStatus.ASSIGNED, EnumSet.of(CaseStatus.RECTIFYING),
            CaseStatus.RECTIFYING, EnumSet.of(CaseStatus.CLOSED),
            CaseStatus.CLOSED, EnumSet.of(CaseStatus.REVISITED),
            CaseStatus.REVISITED, EnumSet.of(CaseStatus.RECTIFYING)));

    private CaseLifecycle() {
    }

    /** The statuses a case in {@code from} may move to next (not including staying). */
    public static Set<CaseStatus> nextStatuses(CaseStatus from) {
        return MOVES.next(from);
    }

    /** Whether {@code from → to} is allowed; staying is. */
    public static boolean allows(CaseStatus from, CaseStatus to) {
        return MOVES.allows(from, to);
    }

    /** The problem with moving {@code from → to}, empty when allowed; the reason names both and the way on. */
    public static Optional<AttributeProblem> moveProblem(CaseStatus from, CaseStatus to) {
        if (allows(from, to)) {
            return Optional.empty();
        }
        List<CaseStatus> next = MOVES.nextInOrder(from);
        return Optional.of(new AttributeProblem(STATUS,
                "督办件状态不能从 " + from.label() + " 改为 " + to.label() + "：只能改为 "
                        + String.join("、", next.stream().map(CaseStatus::label).toList()),
                "a case cannot move from " + from.labelEn() + " to " + to.labelEn() + ": it can only move to "
                        + String.join(", ", next.stream().map(CaseStatus::labelEn).toList())));
    }

    /**
     * What is wrong with changing a case from {@code before} to {@code after} (column → value; {@code before} null
     * for a new case): an illegal status move, closing without a note, entering 回头看 without a new revisit
     * record, a revisit record dropped or changed. Empty when the change may be stored.
     */
    public static List<AttributeProblem> problems(Map<String, Object> before, Map<String, Object> after) {
        List<AttributeProblem> problems = new ArrayList<>();
        Optional<CaseStatus> to = status(after);
        if (to.isEmpty()) {
            return problems;
        }
        Optional<CaseStatus> from = before == null ? Optional.empty() : status(before);
        from.flatMap(f -> moveProblem(f, to.get())).ifPresent(problems::add);
        if (to.get().isClosed() && text(after, CLOSE_NOTE).isBlank()) {
            problems.add(new AttributeProblem(CLOSE_NOTE, "销号须填写销号说明（整改结果）",
                    "closing a case needs a closing note (what was done)"));
        }
        String oldRecords = before == null ? "" : text(before, REVISITS);
        String newRecords = text(after, REVISITS);
        if (!CaseRevisits.keepsRecords(oldRecords, newRecords)) {
            problems.add(new AttributeProblem(REVISITS, "回头看记录只能追加，不能删除或修改已有记录",
                    "revisit records can only be added to, never removed or changed"));
        } else if (to.get() == CaseStatus.REVISITED && from.orElse(null) != CaseStatus.REVISITED
                && CaseRevisits.parse(newRecords).size() <= CaseRevisits.parse(oldRecords).size()) {
            problems.add(new AttributeProblem(REVISITS, "改为回头看须新增一条回头看记录（日期 情况）",
                    "a revisit needs a new revisit record (date and finding)"));
        }
        return problems;
    }

    /**
     * The problem with closing case {@code caseId} ({@code before} → {@code after}) without the evidence
     * {@code evidence} asks for; empty when the change does not close it (a case already closed may be edited) or
     * the evidence is there.
     */
    public static Optional<AttributeProblem> evidenceProblem(Map<String, Object> before, Map<String, Object> after,
                                                             long caseId, ClosingEvidence evidence) {
        boolean closing = status(after).map(CaseStatus::isClosed).orElse(false)
                && !(before != null && status(before).map(CaseStatus::isClosed).orElse(false));
        if (!closing || evidence.present(caseId)) {
            return Optional.empty();
        }
        return Optional.of(new AttributeProblem(STATUS,
                "销号须至少有一张整改后照片：请先把整改后的现场照片拖到这个督办件上（或导入时标为整改后）",
                "closing a case needs at least one photo tagged after (整改后): drop the photo of the rectified site"
                        + " on the case first (or import it tagged after)"));
    }

    static Optional<CaseStatus> status(Map<String, Object> values) {
        Object value = values.get(STATUS);
        return value == null ? Optional.empty() : CaseStatus.fromLabel(value.toString());
    }

    private static String text(Map<String, Object> values, String field) {
        Object value = values.get(field);
        return value == null ? "" : value.toString();
    }
}
