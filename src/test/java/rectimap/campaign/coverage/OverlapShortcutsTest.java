package rectimap.campaign.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.relateng.RelateNG;
import rectimap.campaign.planning.ResponsibilityAreaSchema;
import rectimap.campaign.sample.SamplePlanning;
import rectimap.campaign.sample.YanhuSample;
import rectimap.model.Feature;
import rectimap.model.Layer;
import rectimap.model.Project;

/**
 * The first check's shortcuts over the pairs of zones (boxes that meet in no area answered without a relate; a packed
 * tree instead of the quadtree for pairing every zone) answer as relating every pair does (the check before the
 * shortcuts): pair by pair on the Yanhu sample's areas and on random shapes, and as the overlap problems of whole
 * checks of seeded random districts.
 */
class OverlapShortcutsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);
    private static final GeometryFactory LON_LAT = new GeometryFactory(new PrecisionModel(), 4490);

    @Test
    void theBoxShortcutAnswersAsRelateDoesOnRandomShapes() {
        Random random = new Random(13);
        List<Geometry> shapes = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            // Corners on a coarse lattice, so many shapes share whole sides, corners or box sides exactly.
            shapes.add(i % 2 == 0 ? box(random.nextInt(8), random.nextInt(8), 1 + random.nextInt(3),
                    1 + random.nextInt(3)) : triangle(random));
        }
        List<Pair> pairs = pairsAnsweredAsRelateDoes(shapes);
        long meet = pairs.stream().filter(Pair::interiorsMeet).count();
        long shortcut = pairs.stream().filter(pair -> {
            org.locationtech.jts.geom.Envelope shared = pair.a().getEnvelopeInternal()
                    .intersection(pair.b().getEnvelopeInternal());
            return shared.isNull() || shared.getArea() == 0;
        }).count();
        assertThat(meet).as("pairs whose interiors meet").isGreaterThan(1000);
        assertThat(shortcut).as("pairs the boxes answer alone").isGreaterThan(1000);
    }

    @Test
    void theBoxShortcutAnswersAsRelateDoesOnTheSamplesAreas() {
        List<Layer> reference = YanhuSample.generate();
        List<Layer> all = new ArrayList<>(reference);
        all.addAll(SamplePlanning.generate(reference));
        // The responsibility areas of every kind and the townships and villages they are drawn along.
        List<Geometry> areas = all.stream().filter(l -> List.of(ResponsibilityAreaSchema.TABLE, "township",
                "village_area").contains(l.tableName())).flatMap(l -> l.features().stream())
                .map(Feature::geometry).filter(g -> g.getDimension() == 2).toList();
        List<Pair> pairs = pairsAnsweredAsRelateDoes(areas);
        long meet = pairs.stream().filter(Pair::interiorsMeet).count();
        long touch = pairs.stream()
                .filter(pair -> !pair.interiorsMeet() && RelateNG.relate(pair.a(), pair.b(), "F***T****")).count();
        assertThat(meet).as("pairs whose interiors meet").isGreaterThan(20);
        assertThat(touch).as("pairs that only share boundary").isGreaterThan(20);
    }

    @Test
    void randomDistrictsHaveTheOverlapsThatRelatingEveryPairFinds() {
        for (long seed = 1; seed <= 2; seed++) {
            Random random = new Random(seed);
            List<String> cells = new ArrayList<>();
            // 300 cells of a 30 x 10 grid over the fixture's township: some left out, some widened or shifted into a
            // neighbour (overlaps sharing a side, a corner, or only a box side), some cut into triangles.
            double w = 0.001;
            double h = 0.001;
            for (int r = 0; r < 10; r++) {
                for (int c = 0; c < 30; c++) {
                    double x = 110.90 + c * w;
                    double y = 35.00 + r * h;
                    int roll = random.nextInt(20);
                    if (roll == 0) {
                        continue;
                    }
                    double grow = roll == 1 ? w * 0.3 : 0;
                    double lift = roll == 2 ? h * 0.5 : 0;
                    if (roll == 3) {
                        cells.add(wkt(new double[] {x, y, x + w, y, x + w, y + h}));
                        cells.add(wkt(new double[] {x, y, x + w, y + h, x, y + h}));
                    } else {
                        cells.add(wkt(new double[] {x, y + lift, x + w + grow, y + lift, x + w + grow, y + h + lift,
                                x, y + h + lift}));
                    }
                }
            }
            Project project = CoverageFixture.withCadres(cells.toArray(String[]::new));
            int found = assertSameOverlaps(project);
            assertThat(found).as("seed %d: overlaps to compare", seed).isGreaterThan(5);
        }
    }

    /** Two shapes and whether their interiors meet (as relating them says). */
    private record Pair(Geometry a, Geometry b, boolean interiorsMeet) {
    }

    /** Every pair of {@code shapes}, each checked: the box shortcut answers as relating the two does. */
    private static List<Pair> pairsAnsweredAsRelateDoes(List<Geometry> shapes) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            for (int j = i + 1; j < shapes.size(); j++) {
                Geometry a = shapes.get(i);
                Geometry b = shapes.get(j);
                boolean meet = RelateNG.relate(a, b, "T********");
                assertThat(OverlapCheck.interiorsMeet(a, b)).as("shapes %d and %d: %s / %s", i, j, a, b)
                        .isEqualTo(meet);
                pairs.add(new Pair(a, b, meet));
            }
        }
        return pairs;
    }

    /** The check's overlap problems equal those of relating every pair of zones; returns how many there are. */
    private static int assertSameOverlaps(Project project) {
        CoverageReport report = new CoverageAnalysis().run(project, CoverageAnalysis.DEFAULT_SLIVER_M2, DAY);
        List<String> found = report.problems().stream().filter(p -> p.kind() == ProblemKind.OVERLAP
                || p.kind() == ProblemKind.SLIVER_OVERLAP).map(OverlapShortcutsTest::key).sorted().toList();
        List<Feature> townships = project.layer("township").orElseThrow().layer().features();
        ParentLocator locator = new ParentLocator(townships);
        List<Feature> zones = project.layer(ResponsibilityAreaSchema.TABLE).orElseThrow().layer().features();
        List<String> everyPair = new ArrayList<>();
        for (CoverageKind kind : CoverageKind.values()) {
            List<Feature> ofKind = zones.stream().filter(z -> z.text("kind").equals(kind.kindValue()))
                    .sorted(java.util.Comparator.comparingLong(Feature::id)).toList();
            for (int i = 0; i < ofKind.size(); i++) {
                for (int j = i + 1; j < ofKind.size(); j++) {
                    Feature a = ofKind.get(i);
                    Feature b = ofKind.get(j);
                    // Boxes apart cannot overlap (RelateNG says as much at once): only to keep the test short.
                    if (a.geometry().getEnvelopeInternal().intersects(b.geometry().getEnvelopeInternal())
                            && RelateNG.relate(a.geometry(), b.geometry(), "T********")) {
                        OverlapCheck.pieces(kind, a, b, CoverageAnalysis.DEFAULT_SLIVER_M2, locator).stream()
                                .map(OverlapShortcutsTest::key).forEach(everyPair::add);
                    }
                }
            }
        }
        assertThat(found).isEqualTo(everyPair.stream().sorted().toList());
        return found.size();
    }

    private static String key(CoverageProblem problem) {
        Geometry piece = problem.lonLat().copy();
        piece.normalize();
        return problem.kind() + " " + problem.coverage() + " " + problem.parentCode() + " " + problem.zoneIds() + " "
                + Math.round(problem.areaM2() * 1e6) + " " + piece.toText();
    }

    private static Polygon box(double x, double y, double w, double h) {
        return LON_LAT.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + w, y),
                new Coordinate(x + w, y + h), new Coordinate(x, y + h), new Coordinate(x, y)});
    }

    private static Polygon triangle(Random random) {
        Coordinate a = new Coordinate(random.nextInt(10), random.nextInt(10));
        Coordinate b = new Coordinate(a.x + 1 + random.nextInt(3), a.y);
        Coordinate c = new Coordinate(a.x + random.nextInt(4), a.y + 1 + random.nextInt(3));
        return LON_LAT.createPolygon(new Coordinate[] {a, b, c, new Coordinate(a)});
    }

    private static String wkt(double[] xy) {
        StringBuilder text = new StringBuilder("POLYGON ((");
        for (int i = 0; i < xy.length; i += 2) {
            text.append(String.format(java.util.Locale.ROOT, "%.6f %.6f, ", xy[i], xy[i + 1]));
        }
        return text.append(String.format(java.util.Locale.ROOT, "%.6f %.6f))", xy[0], xy[1])).toString();
    }
}
