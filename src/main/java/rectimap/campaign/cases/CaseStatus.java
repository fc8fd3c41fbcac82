package rectimap.campaign.cases;

import java.util.Optional;
import rectimap.model.Bilingual;

/**
 * Where a supervision case stands, stored as its Chinese label: 登记 → 交办 → 整改中 → 销号 → 回头看. Moves between
 * them: {@link CaseLifecycle}.
 */
public enum CaseStatus implements Bilingual {
    REGISTERED("登记", "registered"),
    ASSIGNED("交办", "assigned"),
    RECTIFYING("整改中", "being rectified"),
    CLOSED("销号", "closed"),
    REVISITED("回头看", "revisited");

    private final String label;
    private final String labelEn;

    CaseStatus(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    /** The stored value and Chinese label, e.g. 整改中. */
    @Override
    public String label() {
        return label;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }

    /** Whether the case no longer runs against its deadline (销号 or 回头看). */
    public boolean isClosed() {
        return this == CLOSED || this == REVISITED;
    }

    /** The status stored as {@code label}, empty for any other text. */
    public static Optional<CaseStatus> fromLabel(String label) {
        return Bilingual.fromLabel(CaseStatus.class, label);
    }

    /** All stored labels in lifecycle order (the attribute form's choices). */
    public static String[] labels() {
        return Bilingual.labels(CaseStatus.class);
    }
}
