package rectimap.ui.review;

import java.util.Optional;
import rectimap.model.ProjectSettings;

/**
 * Who signs review verdicts: the user's name and unit, asked once and kept in the user's own settings (never the
 * operating-system login). {@link #signature()} is what a verdict record stores, e.g. "张伟(盐湖区住建局)".
 */
public record ReviewerProfile(String name, String unit) {
    static final String NAME_KEY = "profile.name";
    static final String UNIT_KEY = "profile.unit";

    public ReviewerProfile {
        name = name == null ? "" : name.strip();
        unit = unit == null ? "" : unit.strip();
    }

    /** The profile kept in {@code settings}, empty when the user has not given a name yet. */
    public static Optional<ReviewerProfile> readFrom(ProjectSettings settings) {
        ReviewerProfile profile = new ReviewerProfile(settings.read(NAME_KEY).orElse(""),
                settings.read(UNIT_KEY).orElse(""));
        return profile.name().isEmpty() ? Optional.empty() : Optional.of(profile);
    }

    /** Keeps this profile in {@code settings} (both keys). */
    public void writeTo(ProjectSettings settings) {
        settings.write(NAME_KEY, name);
        settings.write(UNIT_KEY, unit);
    }

    /** "张伟(盐湖区住建局)", or the name alone without a unit. */
    public String signature() {
        return unit.isEmpty() ? name : name + "(" + unit + ")";
    }
}
