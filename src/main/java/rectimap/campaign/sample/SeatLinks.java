package rectimap.campaign.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.triangulate.DelaunayTriangulationBuilder;

/**
 * The roads between township seats: the minimum spanning tree of the seats' Delaunay edges (县道), so every seat
 * is reached, plus shortcuts (乡道) where the tree's detour is long. Edges that would cross the salt lake or
 * leave the district are never used. Each road is named after the two seats it joins, e.g. "解州镇—龙居镇".
 */
final class SeatLinks {
    private static final long SEED = 1408026L;
    private static final double SHORTCUT_MAX_KM = 14;
    private static final double SHORTCUT_DETOUR_RATIO = 1.6;
    private static final int SHORTCUT_COUNT = 10;

    private record Edge(int from, int to, double lengthKm) {
    }

    private final GeometryFactory factory;

    SeatLinks(GeometryFactory factory) {
        this.factory = factory;
    }

    void build(List<TownshipSeat> seats, List<Coordinate> seatsKm, Geometry districtKm, Geometry lakeKm,
            List<SampleRoad> roads) {
        List<Edge> candidates = usableDelaunayEdges(seatsKm, districtKm, lakeKm);
        int[] parent = new int[seats.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        double[][] treeKm = new double[seats.size()][seats.size()];
        for (double[] row : treeKm) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        List<Edge> tree = new ArrayList<>();
        List<Edge> rest = new ArrayList<>();
        for (Edge edge : candidates) {
            int a = root(parent, edge.from());
            int b = root(parent, edge.to());
            if (a != b) {
                parent[a] = b;
                tree.add(edge);
            } else {
                rest.add(edge);
            }
        }
        for (int i = 0; i < seats.size(); i++) {
            treeKm[i][i] = 0;
        }
        for (Edge edge : tree) {
            treeKm[edge.from()][edge.to()] = edge.lengthKm();
            treeKm[edge.to()][edge.from()] = edge.lengthKm();
        }
        shortestPaths(treeKm);
        Random random = new Random(SEED);
        for (Edge edge : tree) {
            roads.add(road(seats, seatsKm, edge, RoadLevel.COUNTY, lakeKm, random));
        }
        rest.stream()
                .filter(e -> e.lengthKm() <= SHORTCUT_MAX_KM)
                .filter(e -> treeKm[e.from()][e.to()] >= SHORTCUT_DETOUR_RATIO * e.lengthKm())
                .limit(SHORTCUT_COUNT)
                .forEach(e -> roads.add(road(seats, seatsKm, e, RoadLevel.TOWNSHIP, lakeKm, random)));
    }

    private List<Edge> usableDelaunayEdges(List<Coordinate> seatsKm, Geometry districtKm, Geometry lakeKm) {
        DelaunayTriangulationBuilder builder = new DelaunayTriangulationBuilder();
        builder.setSites(seatsKm);
        Geometry edges = builder.getEdges(factory);
        List<Edge> usable = new ArrayList<>();
        for (int i = 0; i < edges.getNumGeometries(); i++) {
            LineString line = (LineString) edges.getGeometryN(i);
            if (line.intersects(lakeKm) || !districtKm.covers(line)) {
                continue;
            }
            int from = seatsKm.indexOf(line.getCoordinateN(0));
            int to = seatsKm.indexOf(line.getCoordinateN(1));
            if (from < 0 || to < 0) {
                throw new IllegalStateException("Delaunay edge does not end at a township seat: " + line);
            }
            usable.add(new Edge(Math.min(from, to), Math.max(from, to), line.getLength()));
        }
        usable.sort(Comparator.comparingDouble(Edge::lengthKm).thenComparingInt(Edge::from)
                .thenComparingInt(Edge::to));
        return usable;
    }

    private SampleRoad road(List<TownshipSeat> seats, List<Coordinate> seatsKm, Edge edge, RoadLevel level,
            Geometry lakeKm, Random random) {
        Coordinate a = seatsKm.get(edge.from());
        Coordinate b = seatsKm.get(edge.to());
        LineString line = factory.createLineString(
                LineWiggle.between(a, b, 4, 0.04, random).toArray(Coordinate[]::new));
        if (line.intersects(lakeKm)) {
            line = factory.createLineString(new Coordinate[] {a.copy(), b.copy()});
        }
        return new SampleRoad(seats.get(edge.from()).name() + "—" + seats.get(edge.to()).name(), level, line);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    /** Floyd–Warshall over the 22 seats: distances along the tree, to find where a shortcut saves a detour. */
    private static void shortestPaths(double[][] km) {
        int n = km.length;
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    km[i][j] = Math.min(km[i][j], km[i][k] + km[k][j]);
                }
            }
        }
    }
}
