package rectimap.campaign.coverage;

import rectimap.model.Bilingual;
/**
 * Where a parent stands with one kind of responsibility: no zone of the kind assigned yet (未分配: listed and
 * counted, never painted as a gap — the township has simply not been divided), partly covered (its gaps are
 * shown), or covered whole (slivers below the tolerance aside).
 */
public enum CoverageState implements Bilingual {
    UNASSIGNED("未分配", "not assigned"),
    PARTLY_COVERED("部分覆盖", "partly covered"),
    COVERED("全覆盖", "fully covered");

    /** Covered whole from this share on: what is left is below any sliver worth a line. */
    public static final double COVERED_PERCENT = 99.99;

    private final String label;
    private final String labelEn;

    CoverageState(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
