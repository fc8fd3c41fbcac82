package rectimap.campaign.review;

import java.util.Arrays;
import java.util.Optional;

/** A reviewer's verdict on a demonstration site; {@link #label()} is stored in the project file. */
public enum Verdict {
    PENDING("待审"),
    APPROVED("通过"),
    RETURNED("退回修改");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Verdict> fromLabel(String label) {
        return Arrays.stream(values()).filter(v -> v.label.equals(label)).findFirst();
    }
}
