package rectimap.campaign.planning;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rectimap.campaign.StatusMoves;
import rectimap.model.AttributeProblem;

/**
 * The demolition-site lifecycle: 发现 → 公告 → 自行拆除 / 强制拆除 / 司法程序 → 销号, and 司法程序 → 强制拆除 when a court
 * orders it. Posting the notice needs a notice date and a deadline in days; the due date is the notice date plus
 * the deadline. Staying in the same status is always allowed (editing other fields). Pure.
 */
public final class DemolitionLifecycle {
    private static final StatusMoves<DemolitionStatus> MOVES = new StatusMoves<>(Map.of(
            DemolitionStatus.FOUND, EnumSet.of(DemolitionStatus.NOTICE),
            DemolitionStatus.NOTICE, EnumSet.of(DemolitionStatus.DEMOLISHED_BY_OWNER, DemolitionStatus.FORCED,
                    DemolitionStatus.JUDICIAL),
            DemolitionStatus.DEMOLISHED_BY_OWNER, EnumSet.of(DemolitionStatus.CLOSED),
            DemolitionStatus.FORCED, EnumSet.of(DemolitionStatus.CLOSED),
            DemolitionStatus.JUDICIAL, EnumSet.of(DemolitionStatus.CLOSED, DemolitionStatus.FORCED),
            DemolitionStatus.CLOSED, EnumSet.noneOf(DemolitionStatus.class)));

    private DemolitionLifecycle() {
    }

    /** The statuses a site in {@code from} may move to next (not including staying). */
    public static Set<DemolitionStatus> nextStatuses(DemolitionStatus from) {
        return MOVES.next(from);
    }

    /** Whether {@code from → to} is allowed; staying is. */
    public static boolean allows(DemolitionStatus from, DemolitionStatus to) {
        return MOVES.allows(from, to);
    }

    /** The problem with moving {@code from → to}, empty when allowed; the reason names both statuses and the way on. */
    public static Optional<AttributeProblem> moveProblem(DemolitionStatus from, DemolitionStatus to) {
        if (allows(from, to)) {
            return Optional.empty();
        }
        List<DemolitionStatus> next = MOVES.nextInOrder(from);
        String nextZh = next.isEmpty() ? "已销号的拆违点不能再改状态"
                : "只能改为 " + String.join("、", next.stream().map(DemolitionStatus::label).toList());
        String nextEn = next.isEmpty() ? "a closed site keeps its status"
                : "it can only move to " + String.join(", ", next.stream().map(DemolitionStatus::labelEn).toList());
        return Optional.of(new AttributeProblem("status",
                "状态不能从 " + from.label() + " 改为 " + to.label() + "：" + nextZh,
                "status cannot move from " + from.labelEn() + " to " + to.labelEn() + ": " + nextEn));
    }

    /** The due date: notice date plus deadline days; null when either is missing. */
    public static LocalDate dueDate(LocalDate noticeDate, Long deadlineDays) {
        return noticeDate == null || deadlineDays == null ? null : noticeDate.plusDays(deadlineDays);
    }

    /** {@code attributes} with {@code due_date} recomputed from {@code notice_date} and {@code deadline_days}. */
    public static Map<String, Object> withDueDate(Map<String, Object> attributes) {
        Map<String, Object> values = new LinkedHashMap<>(attributes);
        Object notice = values.get("notice_date");
        Object days = values.get("deadline_days");
        values.put("due_date", notice instanceof LocalDate date && days instanceof Long d ? dueDate(date, d) : null);
        return values;
    }

    /**
     * Posts the notice: status 公告 with its date, deadline and computed due date.
     *
     * @throws IllegalArgumentException when the site is not at 发现, or the deadline is negative
     */
    public static Map<String, Object> postNotice(Map<String, Object> attributes, LocalDate noticeDate,
            long deadlineDays) {
        Object status = attributes.get("status");
        moveProblem(DemolitionStatus.fromLabel(String.valueOf(status)).orElse(DemolitionStatus.FOUND),
                DemolitionStatus.NOTICE).ifPresent(p -> {
                    throw new IllegalArgumentException(p.reasonEn());
                });
        if (deadlineDays < 0) {
            throw new IllegalArgumentException("the deadline must be 0 days or more: " + deadlineDays);
        }
        Map<String, Object> values = new LinkedHashMap<>(attributes);
        values.put("status", DemolitionStatus.NOTICE.label());
        values.put("notice_date", noticeDate);
        values.put("deadline_days", deadlineDays);
        return withDueDate(values);
    }
}
