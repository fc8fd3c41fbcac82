package rectimap.report;

import rectimap.campaign.review.Verdict;
/**
 * Review progress of one kind of demonstration site (示范镇, 文化体验村, …) or one township: sites under review, and
 * how many stand at 通过, 退回修改 and 待审 (the latest verdict of each).
 */
public record DemonstrationProgress(String label, int sites, int approved, int returned, int pending) {

    public static DemonstrationProgress empty(String label) {
        return new DemonstrationProgress(label, 0, 0, 0, 0);
    }

    public DemonstrationProgress plus(Verdict verdict) {
        return new DemonstrationProgress(label, sites + 1,
                approved + (verdict == Verdict.APPROVED ? 1 : 0),
                returned + (verdict == Verdict.RETURNED ? 1 : 0),
                pending + (verdict == Verdict.PENDING ? 1 : 0));
    }
}
