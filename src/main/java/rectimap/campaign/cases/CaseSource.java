package rectimap.campaign.cases;

import java.util.Arrays;
import java.util.Optional;

/** Where a supervision case came from, stored as its Chinese label (the channels the campaign summary names). */
public enum CaseSource {
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

    public String label() {
        return label;
    }

    public String labelEn() {
        return labelEn;
    }

    public static Optional<CaseSource> fromLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
    }

    public static String[] labels() {
        return Arrays.stream(values()).map(CaseSource::label).toArray(String[]::new);
    }
}
