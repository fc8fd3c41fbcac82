package rectimap.render;

import java.util.List;
import rectimap.model.style.LabelRule;

/**
 * A label that wants a place: its text, size on the surface, the rule it comes from, its priority (rule priority,
 * then {@code featureWeight}, e.g. area, so big features win ties) and candidate baseline-left positions in order of
 * preference. Units are surface units.
 */
public record LabelRequest(String text, LabelRule rule, double sizeUnits, int priority, double featureWeight,
                           TextExtent extent, double paddingUnits, List<Candidate> candidates) {

    public LabelRequest {
        candidates = List.copyOf(candidates);
    }

    /** A left-baseline position for the text. */
    public record Candidate(double x, double y) {
    }
}
