package rectimap.campaign.coverage;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import rectimap.geo.Measure;
import rectimap.model.Feature;

/**
 * The overlaps among zones of one kind: every pair whose interiors meet, each overlapping piece an overlap or (below
 * the sliver tolerance) a sliver. Zones that only touch along an edge do not overlap. Pure.
 */
final class OverlapCheck {
    private OverlapCheck() {
    }

    /** The overlaps among {@code zones}; {@code locate} names the parent each piece lies in. */
    static List<CoverageProblem> find(CoverageKind coverage, List<Feature> zones, double sliverM2,
            ParentLocator locate) {
        STRtree index = new STRtree();
        for (int i = 0; i < zones.size(); i++) {
            index.insert(zones.get(i).geometry().getEnvelopeInternal(), i);
        }
        List<CoverageProblem> problems = new ArrayList<>();
        for (int i = 0; i < zones.size(); i++) {
            Feature zone = zones.get(i);
            PreparedGeometry prepared = PreparedGeometryFactory.prepare(zone.geometry());
            for (Object candidate : index.query(zone.geometry().getEnvelopeInternal())) {
                int j = (Integer) candidate;
                Feature other = zones.get(j);
                if (j <= i || !prepared.intersects(other.geometry()) || prepared.touches(other.geometry())) {
                    continue;
                }
                problems.addAll(pieces(coverage, zone, other, sliverM2, locate));
            }
        }
        return problems;
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
