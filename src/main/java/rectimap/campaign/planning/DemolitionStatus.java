package rectimap.campaign.planning;

import java.util.Optional;
import rectimap.model.Bilingual;

/**
 * The status of a demolition site (拆违点), stored as its Chinese label. Moves between them:
 * {@link DemolitionLifecycle}.
 */
public enum DemolitionStatus implements Bilingual {
    FOUND("发现", "found"),
    NOTICE("公告", "notice posted"),
    DEMOLISHED_BY_OWNER("自行拆除", "demolished by the owner"),
    FORCED("强制拆除", "forcibly demolished"),
    JUDICIAL("司法程序", "in judicial process"),
    CLOSED("销号", "closed");

    private final String label;
    private final String labelEn;

    DemolitionStatus(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    /** The stored value and Chinese label, e.g. 公告. */
    @Override
    public String label() {
        return label;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }

    /** The status stored as {@code label}, empty for any other text. */
    public static Optional<DemolitionStatus> fromLabel(String label) {
        return Bilingual.fromLabel(DemolitionStatus.class, label);
    }

    static String[] labels() {
        return Bilingual.labels(DemolitionStatus.class);
    }
}
