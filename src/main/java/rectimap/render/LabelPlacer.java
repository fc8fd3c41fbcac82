package rectimap.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.quadtree.Quadtree;

/**
 * Greedy collision-free label placement: requests in order of priority (rule priority, then feature weight), each
 * takes its first candidate whose box lies inside the surface and meets no box already placed (nor a keep-out box);
 * labels with no free
 * candidate are dropped. Pure: measures nothing, draws nothing. Not thread-safe; one per frame.
 */
public final class LabelPlacer {

    private final Envelope surfaceBounds;
    private final List<Envelope> keepOut;

    /** A placer for a surface of the given size in units. */
    public LabelPlacer(double surfaceWidth, double surfaceHeight) {
        this(surfaceWidth, surfaceHeight, List.of());
    }

    /** A placer that also keeps labels out of the given boxes (surface units), e.g. the 示意 badge. */
    public LabelPlacer(double surfaceWidth, double surfaceHeight, List<Envelope> keepOut) {
        this.surfaceBounds = new Envelope(0, surfaceWidth, 0, surfaceHeight);
        this.keepOut = List.copyOf(keepOut);
    }

    /** The placed labels, highest priority first; no two boxes intersect. */
    public List<PlacedLabel> place(List<LabelRequest> requests) {
        List<LabelRequest> ordered = new ArrayList<>(requests);
        ordered.sort(Comparator.comparingInt(LabelRequest::priority).reversed()
                .thenComparing(Comparator.comparingDouble(LabelRequest::featureWeight).reversed()));
        Quadtree placedIndex = new Quadtree();
        List<PlacedLabel> placed = new ArrayList<>();
        RepeatedNames names = new RepeatedNames(ordered);
        for (LabelRequest request : ordered) {
            if (names.repeats(request)) {
                continue;
            }
            for (LabelRequest.Candidate candidate : request.candidates()) {
                Envelope box = boxOf(request, candidate);
                if (surfaceBounds.contains(box) && isFree(placedIndex, box) && outsideKeepOut(box)) {
                    PlacedLabel label = new PlacedLabel(request, candidate.x(), candidate.y(), box);
                    placedIndex.insert(box, label);
                    placed.add(label);
                    break;
                }
            }
        }
        return placed;
    }

    /** The box the label's text and halo cover at a candidate, grown by the padding. */
    static Envelope boxOf(LabelRequest request, LabelRequest.Candidate candidate) {
        TextExtent extent = request.extent();
        double pad = request.paddingUnits();
        return new Envelope(candidate.x() - pad, candidate.x() + extent.width() + pad,
                candidate.y() - extent.ascent() - pad, candidate.y() + extent.descent() + pad);
    }

    private boolean outsideKeepOut(Envelope box) {
        for (Envelope area : keepOut) {
            if (area.intersects(box)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFree(Quadtree placedIndex, Envelope box) {
        for (Object other : placedIndex.query(box)) {
            if (((PlacedLabel) other).box().intersects(box)) {
                return false;
            }
        }
        return true;
    }
}
