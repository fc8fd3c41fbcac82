package rectimap.media;

import java.time.LocalDate;
import java.time.LocalDateTime;
import rectimap.model.Feature;

/**
 * The tag a photo gets from its time when the user gave none: a photo of a feature with a registration date
 * ({@code registered}, as supervision cases have) taken on or before that day shows the problem (整改前), one taken
 * on a later day shows the rectification (整改后). Without a time or a registration date: untagged.
 */
public final class TagByTime {
    public static final String REGISTERED = "registered";

    private TagByTime() {
    }

    public static PhotoTag of(Feature feature, LocalDateTime takenAt) {
        if (feature == null || takenAt == null || !(feature.get(REGISTERED) instanceof LocalDate registered)) {
            return PhotoTag.UNTAGGED;
        }
        return takenAt.toLocalDate().isAfter(registered) ? PhotoTag.AFTER : PhotoTag.BEFORE;
    }
}
