package rectimap.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import rectimap.campaign.planning.CleanupZoneSchema;
import rectimap.campaign.planning.DemolitionSiteSchema;
import rectimap.campaign.sample.SampleStyles;
import rectimap.campaign.sample.YanhuSample;
import rectimap.geo.Epsg;
import rectimap.model.Feature;
import rectimap.model.FeatureType;
import rectimap.model.Field;
import rectimap.model.FieldType;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.model.Provenance;
import rectimap.report.ReportFigures;
import rectimap.report.ReportFilter;
import rectimap.report.ReportInput;
import rectimap.report.StatisticsReport;
import rectimap.report.SummaryText;

/**
 * The statistics report for the whole sample district (22 townships, 310 villages) with 20,000 cleanup zones, 5,000
 * demolition sites and 2,000 cases placed at seeded random points inside the district outline: the time to compute every figure
 * (each feature placed in its village and township) and the text summary. Target (issue 6): under 1 s. Median of
 * 7 runs after 3 warm-ups. Run: {@code bench/run report}.
 */
public final class ReportBench {
    private static final int CLEANUP = 20_000;
    private static final int DEMOLITIONS = 5_000;
    private static final int CASES = 2_000;
    private static final String[] KINDS = {"垃圾清理", "建筑垃圾", "墙面美化", "道路整修", "绿化", "污水治理", "残墙断壁"};
    private static final String[] WORK = {"计划", "进行中", "完成", "验收"};
    private static final String[] DEMOLITION = {"发现", "公告", "自行拆除", "强制拆除", "司法程序", "销号"};
    private static final String[] CASE = {"登记", "交办", "整改中", "销号", "回头看"};

    private ReportBench() {
    }

    public static void main(String[] args) {
        List<Layer> reference = YanhuSample.generate();
        Geometry outline = reference.stream().filter(l -> l.tableName().equals("district")).findFirst()
                .orElseThrow().features().get(0).geometry();
        org.locationtech.jts.geom.prep.PreparedGeometry district =
                org.locationtech.jts.geom.prep.PreparedGeometryFactory.prepare(outline);
        Random random = new Random(20261129L);
        GeometryFactory lonLat = new GeometryFactory(new PrecisionModel(), Epsg.CGCS2000);
        List<MapLayer> layers = new ArrayList<>();
        reference.forEach(l -> layers.add(map(l)));
        LocalDate start = LocalDate.of(2026, 5, 1);
        List<Feature> cleanup = new ArrayList<>();
        for (int i = 1; i <= CLEANUP; i++) {
            cleanup.add(feature(i, point(lonLat, district, random), "kind", KINDS[i % KINDS.length],
                    "phase", i % 3 == 0 ? "冬季行动" : "攻坚行动", "status", WORK[i % WORK.length],
                    "places", (long) (1 + random.nextInt(50)), "tonnes", random.nextDouble() * 30,
                    "area_m2_work", random.nextDouble() * 2000, "km", random.nextDouble() * 3,
                    "end_date", start.plusDays(random.nextInt(200))));
        }
        layers.add(map(new Layer(CleanupZoneSchema.schema().info(), cleanup)));
        List<Feature> demolitions = new ArrayList<>();
        for (int i = 1; i <= DEMOLITIONS; i++) {
            demolitions.add(feature(i, point(lonLat, district, random), "status", DEMOLITION[i % DEMOLITION.length],
                    "building_m2", random.nextDouble() * 500, "outcome_date", start.plusDays(random.nextInt(200))));
        }
        layers.add(map(new Layer(DemolitionSiteSchema.schema().info(), demolitions)));
        List<Feature> cases = new ArrayList<>();
        for (int i = 1; i <= CASES; i++) {
            LocalDate registered = start.plusDays(random.nextInt(200));
            cases.add(feature(i, point(lonLat, district, random), "status", CASE[i % CASE.length],
                    "registered", registered, "deadline", registered.plusDays(15)));
        }
        layers.add(map(new Layer(new LayerInfo(new FeatureType("supervision_case", GeometryKind.POINT, List.of(
                new Field("status", FieldType.TEXT), new Field("registered", FieldType.DATE),
                new Field("deadline", FieldType.DATE))), "督办件", LayerRole.PLANNING, Provenance.SURVEYED, "",
                Epsg.CGCS2000), cases)));
        Project project = new Project(Path.of("bench.gpkg"), layers);
        ReportFilter filter = ReportFilter.all(LocalDate.of(2026, 11, 29));
        System.out.printf("report, whole district: %,d cleanup zones, %,d demolition sites, %,d cases%n",
                CLEANUP, DEMOLITIONS, CASES);
        long[] ms = new long[7];
        long[] placesMs = new long[7];
        ReportFigures figures = null;
        for (int run = -3; run < ms.length; run++) {
            long t0 = System.nanoTime();
            ReportInput input = ReportInput.of(project);
            long t1 = System.nanoTime();
            figures = StatisticsReport.compute(input, filter);
            SummaryText.chinese(figures);
            if (run >= 0) {
                ms[run] = (System.nanoTime() - t0) / 1_000_000;
                placesMs[run] = (t1 - t0) / 1_000_000;
            }
        }
        java.util.Arrays.sort(ms);
        java.util.Arrays.sort(placesMs);
        System.out.printf("  whole report (places + figures + summary): median %d ms (min %d, max %d); target < 1000 ms%n",
                ms[ms.length / 2], ms[0], ms[ms.length - 1]);
        System.out.printf("  of which reading the townships and villages: median %d ms%n", placesMs[placesMs.length / 2]);
        System.out.printf("  check: %,d cleanup places counted, %,d demolition sites, %,d cases%n",
                figures.cleanup().stream().mapToLong(t -> t.places()).sum(), figures.demolitionSites(),
                figures.caseCount());
    }

    /** A seeded random point inside the district outline (work is recorded inside the district). */
    private static Geometry point(GeometryFactory factory, org.locationtech.jts.geom.prep.PreparedGeometry district,
            Random random) {
        Envelope box = district.getGeometry().getEnvelopeInternal();
        while (true) {
            Geometry point = factory.createPoint(new Coordinate(box.getMinX() + random.nextDouble() * box.getWidth(),
                    box.getMinY() + random.nextDouble() * box.getHeight()));
            if (district.contains(point)) {
                return point;
            }
        }
    }

    private static MapLayer map(Layer layer) {
        return new MapLayer(layer, SampleStyles.forTableOrDefault(layer.tableName(),
                layer.info().type().geometryKind()), true, 1.0);
    }

    private static Feature feature(long id, Geometry geometry, Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Feature(id, geometry, values);
    }
}
