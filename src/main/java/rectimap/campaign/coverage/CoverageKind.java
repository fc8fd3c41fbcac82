package rectimap.campaign.coverage;

import rectimap.campaign.planning.ResponsibilityAreaSchema;
import rectimap.model.Bilingual;

/**
 * A kind of responsibility that must cover an area without gaps or overlaps, and what it must cover: 乡镇干部包村
 * each township (its zones named by their {@code township} value), 区领导包乡镇 the whole district, 保洁公司服务区
 * the contract area (the townships its zones serve).
 */
public enum CoverageKind implements Bilingual {
    CADRE_VILLAGE(ResponsibilityAreaSchema.KIND_CADRE_VILLAGE, "cadres for villages"),
    LEADER_TOWNSHIP(ResponsibilityAreaSchema.KIND_LEADER_TOWNSHIP, "district leaders for townships"),
    CONTRACTOR(ResponsibilityAreaSchema.KIND_CONTRACTOR, "sanitation contractors");

    private final String kindValue;
    private final String labelEn;

    CoverageKind(String kindValue, String labelEn) {
        this.kindValue = kindValue;
        this.labelEn = labelEn;
    }

    /** The {@code kind} value of the responsibility areas of this kind, also the Chinese label. */
    public String kindValue() {
        return kindValue;
    }

    /** The Chinese label: the {@code kind} value. */
    @Override
    public String label() {
        return kindValue;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
