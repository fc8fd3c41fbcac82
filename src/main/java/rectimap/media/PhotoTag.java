package rectimap.media;

import java.util.Arrays;
import java.util.Optional;
import rectimap.model.Bilingual;

/** What a photo shows of a case: the site before rectification (整改前), after it (整改后), or not said. */
public enum PhotoTag implements Bilingual {
    BEFORE("整改前", "before"),
    AFTER("整改后", "after"),
    UNTAGGED("", "untagged");

    private final String label;
    private final String labelEn;

    PhotoTag(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    /** The Chinese label as stored in the project ("" for {@link #UNTAGGED}). */
    @Override
    public String label() {
        return label;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }

    /** The tag stored as {@code text} (Chinese label or English word); UNTAGGED for null, blank or unknown text. */
    public static PhotoTag of(String text) {
        if (text == null || text.isBlank()) {
            return UNTAGGED;
        }
        return Arrays.stream(values()).filter(t -> t != UNTAGGED
                        && (t.label.equals(text.strip()) || t.labelEn.equalsIgnoreCase(text.strip())))
                .findFirst().orElse(UNTAGGED);
    }

    /** The tag a command-line word names ("before", "after", 整改前, 整改后), empty for anything else. */
    public static Optional<PhotoTag> named(String word) {
        PhotoTag tag = of(word);
        return tag == UNTAGGED ? Optional.empty() : Optional.of(tag);
    }
}
