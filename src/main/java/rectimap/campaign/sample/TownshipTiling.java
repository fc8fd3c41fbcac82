package rectimap.campaign.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Cuts the district outline into one cell per township seat so the cells tile it exactly. The Voronoi cells of
 * the seats (in the isotropic {@link LocalPlane}) are clipped to the outline, all their edges and the outline are
 * noded together once, the interior edges get a seeded wiggle (kept only where it crosses nothing), and the faces
 * polygonized from that single linework are assigned to seats. Because every face comes from the same noded
 * edges, neighbours share identical vertices: no gap, no overlap. Pieces cut off from their seat by the outline's
 * bays go to the neighbour they share the longest border with, so every township is one piece around its seat.
 */
final class TownshipTiling {
    private static final long WIGGLE_SEED = 1408022L;
    private static final double WIGGLE_ROUGHNESS = 0.07;
    private static final double SEAT_CLEARANCE_KM = 0.4;

    private final GeometryFactory factory;
    private final LocalPlane plane;

    TownshipTiling(GeometryFactory factory, LocalPlane plane) {
        this.factory = factory;
        this.plane = plane;
    }

    /** Township code → MultiPolygon in lon/lat degrees, in the order of {@code seats}. */
    Map<String, MultiPolygon> tile(Polygon outlineLonLat, List<TownshipSeat> seats) {
        Geometry outlineKm = plane.toKm(outlineLonLat);
        List<Point> seatsKm = seats.stream()
                .map(s -> factory.createPoint(plane.toKm(s.lon(), s.lat())))
                .toList();
        List<LineString> edges = wiggled(nodedEdges(outlineKm, seatsKm), outlineKm, seatsKm);
        List<Polygon> faces = polygonized(edges).stream()
                .filter(face -> outlineKm.contains(face.getInteriorPoint()))
                .toList();
        int[] owner = new int[faces.size()];
        for (int f = 0; f < faces.size(); f++) {
            owner[f] = initialOwner(faces.get(f), seatsKm);
        }
        reassignDetachedPieces(faces, owner, seatsKm);
        Map<String, MultiPolygon> townships = new LinkedHashMap<>();
        for (int s = 0; s < seats.size(); s++) {
            townships.put(seats.get(s).code(), asMulti(plane.toLonLat(unionOf(faces, owner, s))));
        }
        return townships;
    }

    private List<LineString> nodedEdges(Geometry outlineKm, List<Point> seatsKm) {
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(factory.createMultiPoint(seatsKm.toArray(Point[]::new)));
        Envelope clip = new Envelope(outlineKm.getEnvelopeInternal());
        clip.expandBy(5);
        builder.setClipEnvelope(clip);
        Geometry cells = builder.getDiagram(factory);
        // All cell edges are noded with the outline in one union so each crossing is computed once; clipping cell
        // by cell would compute the same crossing twice with different rounding and leave slivers.
        List<Geometry> lines = new ArrayList<>();
        lines.add(outlineKm.getBoundary());
        for (int i = 0; i < cells.getNumGeometries(); i++) {
            lines.add(cells.getGeometryN(i).getBoundary());
        }
        Geometry noded = UnaryUnionOp.union(lines);
        List<LineString> edges = new ArrayList<>();
        for (int i = 0; i < noded.getNumGeometries(); i++) {
            if (noded.getGeometryN(i) instanceof LineString line && !line.isEmpty()) {
                edges.add(line);
            }
        }
        return edges;
    }

    /** Replaces each interior edge by a wiggled copy with the same ends, unless the copy would cross anything. */
    private List<LineString> wiggled(List<LineString> edges, Geometry outline, List<Point> seatsKm) {
        Geometry outlineBoundary = outline.getBoundary();
        Random random = new Random(WIGGLE_SEED);
        List<LineString> result = new ArrayList<>(edges);
        for (int i = 0; i < result.size(); i++) {
            LineString edge = result.get(i);
            Coordinate[] c = edge.getCoordinates();
            Point probe = factory.createPoint(new Coordinate((c[0].x + c[1].x) / 2, (c[0].y + c[1].y) / 2));
            if (outlineBoundary.distance(probe) < 1e-9 || !outline.contains(probe)) {
                continue;
            }
            LineString candidate = factory.createLineString(LineWiggle.between(c[0], c[c.length - 1], 4,
                    WIGGLE_ROUGHNESS, random).toArray(Coordinate[]::new));
            if (crossesNothing(candidate, result, i, seatsKm)) {
                result.set(i, candidate);
            }
        }
        return result;
    }

    private static boolean crossesNothing(LineString candidate, List<LineString> edges, int self, List<Point> seats) {
        if (!candidate.isSimple()) {
            return false;
        }
        for (int j = 0; j < edges.size(); j++) {
            LineString other = edges.get(j);
            if (j != self && candidate.getEnvelopeInternal().intersects(other.getEnvelopeInternal())
                    && !meetsOnlyAtEnds(candidate, other)) {
                return false;
            }
        }
        return seats.stream().allMatch(s -> candidate.distance(s) >= SEAT_CLEARANCE_KM);
    }

    /** Whether the two lines share no point but {@code candidate}'s own end points (which are nodes). */
    private static boolean meetsOnlyAtEnds(LineString candidate, LineString other) {
        Coordinate start = candidate.getCoordinateN(0);
        Coordinate end = candidate.getCoordinateN(candidate.getNumPoints() - 1);
        for (Coordinate meet : candidate.intersection(other).getCoordinates()) {
            if (!meet.equals2D(start) && !meet.equals2D(end)) {
                return false;
            }
        }
        return true;
    }

    private List<Polygon> polygonized(List<LineString> edges) {
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(new ArrayList<Geometry>(edges));
        @SuppressWarnings("unchecked")
        List<Polygon> faces = new ArrayList<>(polygonizer.getPolygons());
        if (!polygonizer.getDangles().isEmpty() || !polygonizer.getCutEdges().isEmpty()
                || !polygonizer.getInvalidRingLines().isEmpty()) {
            throw new IllegalStateException("township linework did not polygonize cleanly: dangles "
                    + polygonizer.getDangles() + ", cut edges " + polygonizer.getCutEdges() + ", invalid rings "
                    + polygonizer.getInvalidRingLines());
        }
        return faces;
    }

    private static int initialOwner(Polygon face, List<Point> seatsKm) {
        for (int s = 0; s < seatsKm.size(); s++) {
            if (face.contains(seatsKm.get(s))) {
                return s;
            }
        }
        Point inside = face.getInteriorPoint();
        int nearest = 0;
        for (int s = 1; s < seatsKm.size(); s++) {
            if (inside.distance(seatsKm.get(s)) < inside.distance(seatsKm.get(nearest))) {
                nearest = s;
            }
        }
        return nearest;
    }

    /** Gives every piece of a township that does not hold its seat to the neighbour sharing the longest border. */
    private void reassignDetachedPieces(List<Polygon> faces, int[] owner, List<Point> seatsKm) {
        for (int round = 0; round < 10; round++) {
            boolean changed = false;
            for (int s = 0; s < seatsKm.size(); s++) {
                Geometry township = unionOf(faces, owner, s);
                for (int p = 0; p < township.getNumGeometries(); p++) {
                    Geometry piece = township.getGeometryN(p);
                    if (!piece.contains(seatsKm.get(s))) {
                        int neighbour = longestBorderNeighbour(piece, faces, owner, s);
                        for (int f = 0; f < faces.size(); f++) {
                            if (owner[f] == s && piece.contains(faces.get(f).getInteriorPoint())) {
                                owner[f] = neighbour;
                                changed = true;
                            }
                        }
                    }
                }
            }
            if (!changed) {
                return;
            }
        }
    }

    private int longestBorderNeighbour(Geometry piece, List<Polygon> faces, int[] owner, int self) {
        Map<Integer, Double> sharedKm = new LinkedHashMap<>();
        Geometry border = piece.getBoundary();
        for (int f = 0; f < faces.size(); f++) {
            if (owner[f] != self && faces.get(f).getEnvelopeInternal().intersects(piece.getEnvelopeInternal())) {
                double length = border.intersection(faces.get(f).getBoundary()).getLength();
                sharedKm.merge(owner[f], length, Double::sum);
            }
        }
        return sharedKm.entrySet().stream().max(Comparator.comparingDouble(Map.Entry::getValue))
                .map(Map.Entry::getKey)
                .orElseThrow(() -> new IllegalStateException("a detached township piece has no neighbour"));
    }

    private Geometry unionOf(List<Polygon> faces, int[] owner, int seat) {
        List<Geometry> mine = new ArrayList<>();
        for (int f = 0; f < faces.size(); f++) {
            if (owner[f] == seat) {
                mine.add(faces.get(f));
            }
        }
        return CoverageUnion.union(mine.toArray(Geometry[]::new));
    }

    private MultiPolygon asMulti(Geometry polygonal) {
        return CanonicalPolygons.of(polygonal, factory);
    }
}
