package rectimap.campaign.coverage;

/**
 * How much of one parent (a township for cadres and contractors, the district for leaders) the zones of a kind
 * cover: areas ellipsoidal in m², and how many zones lie in it (0: not divided yet, then nothing is covered).
 */
public record ParentCoverage(CoverageKind coverage, String parentCode, String parentName, double parentM2,
                             double coveredM2, int zoneCount) {
    /** 未分配 without zones, else 全覆盖 or 部分覆盖 by the covered share. */
    public CoverageState state() {
        if (zoneCount == 0) {
            return CoverageState.UNASSIGNED;
        }
        return coveredPercent() >= CoverageState.COVERED_PERCENT ? CoverageState.COVERED
                : CoverageState.PARTLY_COVERED;
    }

    /** Covered share in percent, 0–100 (0 for an empty parent). */
    public double coveredPercent() {
        return parentM2 <= 0 ? 0 : Math.min(100, Math.max(0, 100 * coveredM2 / parentM2));
    }
}
