package rectimap.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import rectimap.model.style.LabelRule;

/**
 * How a frame decides which layers' labels it draws. On a screen each rule's scale threshold decides (tuned for a
 * monitor's pixels); on paper the paper decides: a layer's labels show when, together with the labels of the
 * layers that rank above it, their boxes take at most {@link #PAPER_SHARE} of the frame (so a township sheet names
 * its villages at 1:70,000 while a district sheet leaves 300 village names out), whatever the screen threshold.
 */
public enum LabelReach {
    /** The screen: labels of a rule show up to its {@link LabelRule#maxScaleDenominator()}. */
    SCALE_THRESHOLDS,
    /** Paper: labels show by the space they take on the sheet (sizes are mm on paper), not by screen thresholds. */
    PAPER_SPACE;

    /** The share of the frame's area that labels may cover on paper (boxes with their halo padding). */
    public static final double PAPER_SHARE = 0.12;

    /** Whether a layer labelled by {@code rule} is worth collecting at 1:{@code scale}. */
    boolean considers(LabelRule rule, double scale) {
        return this == PAPER_SPACE || scale <= rule.maxScaleDenominator();
    }

    /**
     * The requests of the layers that may show, from one group per labelled layer. On paper the groups are taken by
     * rule priority, highest first; a group that would push the covered area past the share is left out whole (a
     * layer named in part reads as a mistake) and smaller groups below it may still fit.
     */
    List<LabelRequest> select(List<List<LabelRequest>> groups, double surfaceWidth, double surfaceHeight) {
        List<LabelRequest> chosen = new ArrayList<>();
        if (this == SCALE_THRESHOLDS) {
            groups.forEach(chosen::addAll);
            return chosen;
        }
        List<List<LabelRequest>> ranked = new ArrayList<>(groups);
        ranked.removeIf(List::isEmpty);
        ranked.sort(Comparator.comparingInt((List<LabelRequest> g) -> g.get(0).priority()).reversed());
        double budget = PAPER_SHARE * surfaceWidth * surfaceHeight;
        double used = 0;
        for (List<LabelRequest> group : ranked) {
            double area = group.stream().mapToDouble(LabelReach::boxArea).sum();
            if (used + area <= budget) {
                used += area;
                chosen.addAll(group);
            }
        }
        return chosen;
    }

    private static double boxArea(LabelRequest request) {
        double pad = 2 * request.paddingUnits();
        return (request.extent().width() + pad) * (request.extent().height() + pad);
    }
}
