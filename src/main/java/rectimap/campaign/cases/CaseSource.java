package rectimap.campaign.cases;

import java.util.Optional;
import rectimap.model.Bilingual;

/** Where a supervision case came from, stored as its Chinese label (the channels the campaign summary names). */
public enum CaseSource implements Bilingual {
    PUBLIC_REPORT("群众举报", "public report"),
    INSPECTION_GROUP("督导组", "inspection group"),
    CENTRAL_INSPECTION("中央环保督察转办", "central environmental inspection"),
    MEDIA("媒体曝光", "media exposure");

    private final String label;
    private final String labelEn;

    CaseSource(String label, String labelEn) {
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

    public static Optional<CaseSource> fromLabel(String label) {
        return Bilingual.fromLabel(CaseSource.class, label);
    }

    public static String[] labels() {
        return Bilingual.labels(CaseSource.class);
    }
}
