package rectimap.campaign.coverage;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.relateng.RelateNG;
import rectimap.geo.Measure;
import rectimap.model.Feature;

/**
 * The overlaps among zones of one kind: every pair whose interiors meet, each overlapping piece an overlap or (below
 * the sliver tolerance) a sliver. Zones that only touch along an edge do not overlap. Pure.
 */
final class OverlapCheck {
    /** The DE-9IM pattern "the interiors meet": intersects and not only touches. */
    private static final String INTERIORS_MEET = "T********";

    private OverlapCheck() {
    }

    /**
     * Whether the interiors of {@code a} and {@code b} meet (one short-circuited RelateNG relate). Zones whose boxes
     * overlap in no area (they meet along a box side or at a corner, as neighbours in a grid of cells do) are answered
     * from the boxes alone: a point inside a polygon lies strictly inside its box, so interiors that meet need boxes
     * that share an area.
     */
    static boolean interiorsMeet(Geometry a, Geometry b) {
        Envelope shared = a.getEnvelopeInternal().intersection(b.getEnvelopeInternal());
        if (shared.isNull() || shared.getWidth() <= 0 || shared.getHeight() <= 0) {
            return false;
        }
        return RelateNG.relate(a, b, INTERIORS_MEET);
    }

    /** The overlap problems between two zones (none when they only touch). */
    static List<CoverageProblem> pieces(CoverageKind coverage, Feature zone, Feature other, double sliverM2,
            ParentLocator locate) {
        List<CoverageProblem> problems = new ArrayList<>();
        Geometry both = PolygonPieces.intersection(zone.geometry(), other.geometry());
        for (Polygon piece : PolygonPieces.pieces(both)) {
            double areaM2 = Measure.areaM2(piece);
            if (areaM2 <= 0) {
                continue;
            }
            ParentLocator.Parent parent = locate.parentOf(piece);
            problems.add(new CoverageProblem(areaM2 < sliverM2 ? ProblemKind.SLIVER_OVERLAP : ProblemKind.OVERLAP,
                    coverage, parent.code(), parent.name(), piece, areaM2, List.of(zone.id(), other.id())));
        }
        return problems;
    }
}
