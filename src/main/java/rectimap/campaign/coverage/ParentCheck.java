package rectimap.campaign.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import rectimap.geo.Measure;
import rectimap.model.Feature;

/**
 * The gaps of one parent: the parts of {@code parent} no zone covers, each piece a gap or (below the sliver
 * tolerance) a sliver, with the zones it borders ordered by the length of edge they share with it (longest first,
 * the zone a one-click fix gives it to). Pure; the result depends only on the inputs (see {@link CoverageCache}).
 */
record ParentCheck(CoverageKind coverage, String parentCode, String parentName, Geometry parent,
                   List<Feature> zones, double sliverM2) {

    /** The parent's coverage and its gap and sliver-gap problems. */
    ParentResult run() {
        double parentM2 = Measure.areaM2(parent);
        List<Geometry> shapes = zones.stream().map(Feature::geometry).toList();
        Geometry covered = PolygonPieces.unionAll(shapes, parent.getFactory());
        Geometry uncovered = PolygonPieces.difference(parent, covered);
        List<CoverageProblem> problems = new ArrayList<>();
        double uncoveredM2 = 0;
        for (Polygon piece : PolygonPieces.pieces(uncovered)) {
            double areaM2 = Measure.areaM2(piece);
            uncoveredM2 += areaM2;
            ProblemKind kind = areaM2 < sliverM2 ? ProblemKind.SLIVER_GAP : ProblemKind.GAP;
            problems.add(new CoverageProblem(kind, coverage, parentCode, parentName, piece, areaM2,
                    neighbours(piece)));
        }
        ParentCoverage summary = new ParentCoverage(coverage, parentCode, parentName, parentM2,
                Math.max(0, parentM2 - uncoveredM2), zones.size());
        return new ParentResult(summary, problems);
    }

    /** Ids of the zones sharing an edge with {@code piece}, longest shared edge first. */
    private List<Long> neighbours(Polygon piece) {
        Envelope around = new Envelope(piece.getEnvelopeInternal());
        around.expandBy(SharedEdge.TOLERANCE_DEG * 10);
        List<Map.Entry<Long, Double>> shared = new ArrayList<>();
        for (Feature zone : zones) {
            if (zone.geometry().getEnvelopeInternal().intersects(around)) {
                double lengthM = SharedEdge.lengthM(piece, zone.geometry());
                if (lengthM > 0) {
                    shared.add(Map.entry(zone.id(), lengthM));
                }
            }
        }
        shared.sort(Comparator.comparing(Map.Entry<Long, Double>::getValue).reversed()
                .thenComparing(Map.Entry::getKey));
        return shared.stream().map(Map.Entry::getKey).toList();
    }

    /** One parent's outcome. */
    record ParentResult(ParentCoverage coverage, List<CoverageProblem> gaps) {
    }
}
