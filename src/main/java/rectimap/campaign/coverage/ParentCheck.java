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
    /** How far from a piece a zone may lie and still count as its neighbour, degrees. */
    static final double NEIGHBOUR_REACH_DEG = SharedEdge.TOLERANCE_DEG * 10;

    /** The parent's coverage and its gap and sliver-gap problems. */
    ParentResult run() {
        List<Geometry> shapes = zones.stream().map(Feature::geometry).toList();
        Geometry covered = PolygonPieces.unionAll(shapes, parent.getFactory());
        return resultOf(List.of(), PolygonPieces.pieces(PolygonPieces.difference(parent, covered)));
    }

    /** The result made of problems kept from an earlier check and the uncovered {@code pieces} found now. */
    ParentResult resultOf(List<CoverageProblem> kept, List<Polygon> pieces) {
        double parentM2 = Measure.areaM2(parent);
        List<CoverageProblem> problems = new ArrayList<>(kept);
        for (Polygon piece : pieces) {
            double areaM2 = Measure.areaM2(piece);
            ProblemKind kind = areaM2 < sliverM2 ? ProblemKind.SLIVER_GAP : ProblemKind.GAP;
            problems.add(new CoverageProblem(kind, coverage, parentCode, parentName, piece, areaM2,
                    neighbours(piece)));
        }
        double uncoveredM2 = problems.stream().mapToDouble(CoverageProblem::areaM2).sum();
        ParentCoverage summary = new ParentCoverage(coverage, parentCode, parentName, parentM2,
                Math.max(0, parentM2 - uncoveredM2), zones.size());
        return new ParentResult(summary, problems);
    }

    /** Ids of the zones sharing an edge with {@code piece} (within {@link #NEIGHBOUR_REACH_DEG}), longest first. */
    private List<Long> neighbours(Polygon piece) {
        Envelope around = new Envelope(piece.getEnvelopeInternal());
        around.expandBy(NEIGHBOUR_REACH_DEG);
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
