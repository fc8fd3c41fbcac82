package rectimap.edit;

import java.util.List;
import java.util.Locale;

/**
 * A polygon was clipped to avoid overlapping its neighbours: which feature, which neighbours (ids in the same layer)
 * and how much area was removed, in m² (ellipsoidal). The tool shows {@link #label()} (or
 * {@link #labelEn()}) so a clip is never silent.
 */
public record ClipReport(long featureId, List<Long> neighbourIds, double removedM2)
        implements rectimap.model.Bilingual {
    public ClipReport {
        neighbourIds = List.copyOf(neighbourIds);
    }

    /** E.g. "已避让 2 个相邻同类区域，裁去 1234.5 m²". */
    @Override
    public String label() {
        return String.format(Locale.ROOT, "已避让 %d 个相邻同类区域，裁去 %.1f m²", neighbourIds.size(), removedM2);
    }

    /** E.g. "clipped against 2 neighbouring area(s) of the same kind, 1234.5 m² removed". */
    @Override
    public String labelEn() {
        return String.format(Locale.ROOT, "clipped against %d neighbouring area(s) of the same kind, %.1f m² removed",
                neighbourIds.size(), removedM2);
    }
}
