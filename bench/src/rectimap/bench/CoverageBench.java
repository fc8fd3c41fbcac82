package rectimap.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import rectimap.campaign.coverage.CoverageAnalysis;
import rectimap.campaign.coverage.CoverageReport;
import rectimap.campaign.planning.ResponsibilityAreaSchema;
import rectimap.campaign.sample.SamplePlanning;
import rectimap.campaign.sample.SampleStyles;
import rectimap.campaign.sample.YanhuSample;
import rectimap.model.ChangeApplier;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
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

/**
 * The coverage check (不留空白、消除死角): on the Yanhu sample (full check, and after one edit), and on synthetic
 * districts of 20 townships tiled by 5,000 and 80,000 cadre areas (grid cells, a tenth of a percent left out as gaps and
 * a few shifted to overlap): a full check, then re-checks after one edit each (a zone shrunk by 10 %), incremental
 * (only the edited zone's township and its pairs are recomputed). Times in ms. Run: {@code bench/run coverage}.
 */
public final class CoverageBench {
    private static final GeometryFactory LON_LAT = new GeometryFactory(new PrecisionModel(), 4490);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);
    private static double[] lastCpuMs = new double[0];

    private CoverageBench() {
    }

    public static void main(String[] args) throws Exception {
        // The window runs the check; its launcher has the client compiler only (bench/run passes the same).
        boolean clientOnly = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()
                .stream().filter(a -> a.startsWith("-XX:TieredStopAtLevel=")).reduce((a, b) -> b)
                .map(a -> a.endsWith("=1")).orElse(false);
        System.out.println("compiler: " + (clientOnly ? "client only (-XX:TieredStopAtLevel=1, as the installed window)"
                : "tiered, optimising compiler included (not the installed window's setting)"));
        if (args.length > 0) {
            synthetic(Integer.parseInt(args[0]), 30);
            return;
        }
        sample();
        synthetic(5_000, 30);
        synthetic(80_000, 5);
    }

    private static void sample() {
        List<Layer> reference = YanhuSample.generate();
        List<MapLayer> layers = new ArrayList<>();
        reference.forEach(l -> layers.add(mapLayer(l)));
        SamplePlanning.generate(reference).forEach(l -> layers.add(mapLayer(l)));
        Project project = new Project(Path.of("sample.gpkg"), layers);
        CoverageAnalysis analysis = new CoverageAnalysis();
        long start = System.nanoTime();
        CoverageReport report = analysis.run(project, 1.0, DAY);
        double fullMs = ms(start);
        List<Feature> areas = project.layer(ResponsibilityAreaSchema.TABLE).orElseThrow().layer().features();
        Feature cadre = areas.stream().filter(a -> a.text("kind").equals(ResponsibilityAreaSchema.KIND_CADRE_VILLAGE))
                .findFirst().orElseThrow();
        Feature leader = areas.stream()
                .filter(a -> a.text("kind").equals(ResponsibilityAreaSchema.KIND_LEADER_TOWNSHIP)).findFirst()
                .orElseThrow();
        double[] afterCadre = editTimes(analysis, project, cadre, 20);
        double[] afterLeader = editTimes(analysis, project, leader, 10);
        System.out.printf("sample: full check %.0f ms (%d gaps, %d overlaps, %d slivers, %d villages without a cadre)"
                + "; after a cadre-area edit p50 %.1f ms, p95 %.1f ms; after a leader-area edit (the district is one"
                + " parent) p50 %.1f ms, p95 %.1f ms%n", fullMs, report.gaps().size(), report.overlapCount(),
                report.slivers().size(), report.villages().size(), Percentiles.of(afterCadre, 50),
                Percentiles.of(afterCadre, 95), Percentiles.of(afterLeader, 50), Percentiles.of(afterLeader, 95));
    }

    private static void synthetic(int zones, int edits) throws Exception {
        Project project = gridDistrict(zones);
        CoverageAnalysis analysis = new CoverageAnalysis();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        CoverageReport report = analysis.run(project, 1.0, DAY);
        double fullMs = ms(start);
        // The whole process's processor time: the check's threads, and the JIT compiling its code for the first time.
        double fullCpuMs = (os.getProcessCpuTime() - cpu) / 1e6;
        if (zones <= 5_000) {
            double[] warm = new double[3];
            double[] warmCpu = new double[3];
            for (int i = 0; i < warm.length; i++) {
                cpu = os.getProcessCpuTime();
                start = System.nanoTime();
                new CoverageAnalysis().run(project, 1.0, DAY);
                warm[i] = ms(start);
                warmCpu[i] = (os.getProcessCpuTime() - cpu) / 1e6;
            }
            GdalCoveragePeer.Times gdal = GdalCoveragePeer.times(project, 3);
            double gdalMs = ImportBench.median(gdal.wallMs());
            double gdalCpuMs = ImportBench.median(gdal.cpuMs());
            System.out.printf("%,d zones, full check: ours cold (first in a fresh JVM) %.0f ms, warm %.0f ms; GDAL SQL"
                    + " (ogrinfo, SpatiaLite ST_Union/ST_Difference per township + R-tree-joined ST_Overlaps pairs,"
                    + " whole process) %.0f ms; ratio cold %.2f, warm %.2f  [GDAL %s, ours warm %s]%n", zones, fullMs,
                    ImportBench.median(warm), gdalMs, fullMs / gdalMs, ImportBench.median(warm) / gdalMs,
                    java.util.Arrays.toString(gdal.wallMs()), java.util.Arrays.toString(warm));
            System.out.printf("%,d zones, full check, processor time (whole process, user + system): ours cold %.0f ms,"
                    + " warm %.0f ms; GDAL SQL %.0f ms; ratio cold %.2f, warm %.2f  [GDAL %s]%n", zones, fullCpuMs,
                    ImportBench.median(warmCpu), gdalCpuMs, fullCpuMs / gdalCpuMs,
                    ImportBench.median(warmCpu) / gdalCpuMs, java.util.Arrays.toString(gdal.cpuMs()));
        }
        List<Feature> all = project.layer(ResponsibilityAreaSchema.TABLE).orElseThrow().layer().features();
        double[] after = editTimes(analysis, project, all.get(all.size() / 2), edits);
        System.out.printf("%,d zones in 20 townships: full check %.0f ms (%d gaps, %d overlaps); after one edit"
                + " p50 %.0f ms, p95 %.0f ms (CPU of the checking thread p50 %.1f ms; %d edits; %s)%n", zones,
                fullMs, report.gaps().size(), report.overlapCount(), Percentiles.of(after, 50),
                Percentiles.of(after, 95), Percentiles.of(lastCpuMs, 50), edits, analysis.cacheStats());
    }

    /**
     * Re-check times after {@code edits} successive edits of one zone (shrunk about its centre, then restored); the
     * calling thread's CPU time of each goes to {@link #lastCpuMs}, which a loaded machine does not inflate.
     */
    private static double[] editTimes(CoverageAnalysis analysis, Project project, Feature zone, int edits) {
        double[] times = new double[edits];
        lastCpuMs = new double[edits];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Project current = project;
        Feature stored = zone;
        for (int i = 0; i < edits; i++) {
            Feature next = i % 2 == 0 ? new Feature(zone.id(), shrunk(zone.geometry()), zone.attributes()) : zone;
            current = ChangeApplier.apply(current, new ChangeSet("edit", List.of(FeatureChange.replaced(
                    ResponsibilityAreaSchema.TABLE, stored, next))));
            stored = next;
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            analysis.run(current, 1.0, DAY);
            times[i] = ms(start);
            lastCpuMs[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        }
        return times;
    }

    private static Geometry shrunk(Geometry zone) {
        org.locationtech.jts.geom.util.AffineTransformation scale = org.locationtech.jts.geom.util.AffineTransformation
                .scaleInstance(0.9, 0.9, zone.getCentroid().getX(), zone.getCentroid().getY());
        Geometry result = scale.transform(zone);
        result.setSRID(4490);
        return result;
    }

    /** 20 townships (5 × 4) over 110.8–111.2 E × 34.85–35.25 N, each tiled by cadre cells; a few left out or shifted. */
    private static Project gridDistrict(int zones) {
        int perTownship = zones / 20;
        int columns = (int) Math.round(Math.sqrt(perTownship * 2.0));
        int rows = perTownship / columns;
        List<Feature> townships = new ArrayList<>();
        List<Feature> cells = new ArrayList<>();
        double width = 0.4 / 5;
        double height = 0.4 / 4;
        int n = 0;
        for (int t = 0; t < 20; t++) {
            double west = 110.8 + (t % 5) * width;
            double south = 34.85 + (t / 5) * height;
            String name = "乡镇" + (t + 1);
            townships.add(new Feature(t + 1, multi(new Envelope(west, west + width, south, south + height)),
                    Map.of("code", String.format("1408029%02d000", t), "name", name)));
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    n++;
                    if (n % 997 == 500) {
                        continue; // a gap
                    }
                    double x = west + c * width / columns;
                    double y = south + r * height / rows;
                    double shift = n % 1499 == 700 ? width / columns * 0.2 : 0; // an overlap
                    Envelope cell = new Envelope(x, x + width / columns + shift, y, y + height / rows);
                    Map<String, Object> values = new LinkedHashMap<>();
                    values.put("kind", ResponsibilityAreaSchema.KIND_CADRE_VILLAGE);
                    values.put("person", "干部" + n);
                    values.put("township", name);
                    values.put("village", "村" + n);
                    cells.add(new Feature(n, multi(cell), values));
                }
            }
        }
        Geometry district = multi(new Envelope(110.8, 111.2, 34.85, 35.25));
        return new Project(Path.of("grid.gpkg"), List.of(
                reference("district", List.of(new Feature(1, district, Map.of("code", "140802000000", "name", "区")))),
                reference("township", townships),
                mapLayer(new Layer(ResponsibilityAreaSchema.schema().info(), cells))));
    }

    private static Geometry multi(Envelope box) {
        Geometry polygon = LON_LAT.createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {
            (org.locationtech.jts.geom.Polygon) LON_LAT.toGeometry(box)});
        polygon.setSRID(4490);
        return polygon;
    }

    private static MapLayer reference(String table, List<Feature> features) {
        return mapLayer(new Layer(new LayerInfo(new FeatureType(table, GeometryKind.MULTIPOLYGON, List.of(
                new Field("code", FieldType.TEXT), new Field("name", FieldType.TEXT))), table, LayerRole.REFERENCE,
                Provenance.SCHEMATIC, "", 4490), features));
    }

    private static MapLayer mapLayer(Layer layer) {
        return new MapLayer(layer, SampleStyles.defaultFor(layer.info().type().geometryKind()), true, 1.0);
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
