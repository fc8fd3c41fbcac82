package rectimap.campaign.coverage;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import rectimap.model.Feature;

/**
 * The box around the zones an edit replaced, added or removed in one parent (told apart by identity), inside which
 * alone the parent's coverage can have changed. Updating a result through it keeps every gap that lies clear of the
 * box (with its neighbours: a neighbour within {@link ParentCheck#NEIGHBOUR_REACH_DEG} of a gap touches the box) and
 * recomputes the rest: the parent inside the box less the zones there, joined with what the earlier gaps near the box
 * keep outside it. The gaps come out as a fresh check finds them, up to where their rings start and nodes on the box.
 */
record ChangedWindow(Envelope box) {
    /** Above this many changed zones a whole check is as quick and simpler. */
    static final int MOST_CHANGED = 16;

    /**
     * The window between two checks of the same parent (same geometry and tolerance), or empty when they are
     * not comparable, nothing changed, or too much did.
     */
    static Optional<ChangedWindow> between(ParentCheck before, ParentCheck now) {
        if (before.parent() != now.parent() || before.sliverM2() != now.sliverM2()
                || before.coverage() != now.coverage()) {
            return Optional.empty();
        }
        Map<Feature, Boolean> earlier = new IdentityHashMap<>();
        before.zones().forEach(z -> earlier.put(z, Boolean.TRUE));
        Envelope box = new Envelope();
        int changed = 0;
        for (Feature zone : now.zones()) {
            if (earlier.remove(zone) == null) {
                box.expandToInclude(zone.geometry().getEnvelopeInternal());
                changed++;
            }
        }
        for (Feature gone : earlier.keySet()) {
            box.expandToInclude(gone.geometry().getEnvelopeInternal());
            changed++;
        }
        return changed == 0 || changed > MOST_CHANGED ? Optional.empty() : Optional.of(new ChangedWindow(box));
    }

    /** {@code now}'s result from {@code earlier}, the result of the check this window was taken against. */
    ParentCheck.ParentResult update(ParentCheck now, ParentCheck.ParentResult earlier) {
        Envelope reach = new Envelope(box);
        reach.expandBy(ParentCheck.NEIGHBOUR_REACH_DEG);
        List<CoverageProblem> kept = new ArrayList<>();
        List<Geometry> near = new ArrayList<>();
        for (CoverageProblem gap : earlier.gaps()) {
            if (gap.lonLat().getEnvelopeInternal().intersects(reach)) {
                near.add(gap.lonLat());
            } else {
                kept.add(gap);
            }
        }
        GeometryFactory factory = now.parent().getFactory();
        Geometry window = factory.toGeometry(box);
        List<Geometry> zonesThere = now.zones().stream().map(Feature::geometry)
                .filter(g -> g.getEnvelopeInternal().intersects(box)).toList();
        Geometry inside = PolygonPieces.difference(PolygonPieces.intersection(now.parent(), window),
                PolygonPieces.unionAll(zonesThere, factory));
        Geometry outside = PolygonPieces.difference(PolygonPieces.unionAll(near, factory), window);
        return now.resultOf(kept, PolygonPieces.pieces(PolygonPieces.union(outside, inside)));
    }
}
