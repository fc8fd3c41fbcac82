package rectimap.campaign.coverage;

import rectimap.model.Bilingual;
/** What is wrong with a piece of the map: a gap or overlap, or one below the sliver tolerance (reported apart). */
public enum ProblemKind implements Bilingual {
    GAP("空白", "gap"),
    OVERLAP("重叠", "overlap"),
    SLIVER_GAP("细碎空白", "sliver gap"),
    SLIVER_OVERLAP("细碎重叠", "sliver overlap");

    private final String label;
    private final String labelEn;

    ProblemKind(String label, String labelEn) {
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

    public boolean isSliver() {
        return this == SLIVER_GAP || this == SLIVER_OVERLAP;
    }
}
