package rectimap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.cases.CaseSheetLights;
import rectimap.campaign.place.VillageAreas;
import rectimap.campaign.sample.SamplePlanning;
import rectimap.exchange.AtomicFileWrite;
import rectimap.model.Layer;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.print.AtlasPlan;
import rectimap.print.AtlasWriter;
import rectimap.print.SheetContent;
import rectimap.print.SheetException;
import rectimap.print.SheetExtent;
import rectimap.print.SheetSpec;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;
import rectimap.store.ProjectFiles;

/**
 * The 22-township A3 atlas against QGIS's layout atlas of the same project file, in the same run, alternating:
 * the sample with its planning features written as one GeoPackage; {@code rectimap print --project P --atlas township}
 * as a whole process against {@code bench/qgis/atlas.py} (PyQGIS: map, title, scale bar, legend; offscreen) as a
 * whole process; then both warm (ours in this JVM after two warm-up atlases; QGIS exporting four times in one process,
 * the last three counted). Medians, file sizes and bytes a page. Run: {@code bench/run atlas} (needs python3-qgis).
 */
public final class AtlasBench {
    private static final int ROUNDS = 5;
    private static final Pattern QGIS_EXPORT = Pattern.compile("export ms (\\d+)");

    private AtlasBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("atlas-bench");
        Path project = dir.resolve("yanhu-project.gpkg");
        Path sample = Path.of("maps", "yanhu-sample.gpkg");
        ProjectFiles.createFromSample(sample, project, SamplePlanning.generate(reference(sample))).close();
        Path ours = dir.resolve("ours.pdf");
        Path qgis = dir.resolve("qgis.pdf");
        List<String> oursCommand = WholeProcess.rectimap("print", "--project", project.toString(), "--atlas",
                "township", "--paper", "a3", "--out", ours.toString());
        List<String> qgisCommand = List.of("/usr/bin/python3", "bench/qgis/atlas.py", project.toString(),
                qgis.toString(), "1");
        Map<String, String> offscreen = Map.of("QT_QPA_PLATFORM", "offscreen");
        System.out.printf("load at start %s; our command line: %s%n", WholeProcess.load(), WholeProcess.cliKind());
        double[] oursMs = new double[ROUNDS];
        double[] qgisMs = new double[ROUNDS];
        double[] oursCpu = new double[ROUNDS];
        double[] qgisCpu = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            WholeProcess.Run ourRun = WholeProcess.time(oursCommand, Map.of());
            WholeProcess.Run qgisRun = WholeProcess.time(qgisCommand, offscreen);
            oursMs[round] = ourRun.ms();
            oursCpu[round] = ourRun.cpuMs();
            qgisMs[round] = qgisRun.ms();
            qgisCpu[round] = qgisRun.cpuMs();
        }
        System.out.printf("atlas, 22 townships, A3, whole process (cold): ours %.0f ms, QGIS %.0f ms, ratio %.2f"
                        + "  [median of %d alternating; ours %s, QGIS %s]%n", median(oursMs), median(qgisMs),
                median(oursMs) / median(qgisMs), ROUNDS, Arrays.toString(oursMs), Arrays.toString(qgisMs));
        System.out.printf("  processor time (user + system): ours %.0f ms, QGIS %.0f ms, ratio %.2f  [ours %s, QGIS %s]%n",
                median(oursCpu), median(qgisCpu), median(oursCpu) / median(qgisCpu), Arrays.toString(oursCpu),
                Arrays.toString(qgisCpu));
        System.out.printf("file size: ours %,d bytes (%,d a page), QGIS %,d bytes (%,d a page)%n", Files.size(ours),
                Files.size(ours) / 22, Files.size(qgis), Files.size(qgis) / 22);

        double[] warmOurs = warmOurs(project, dir.resolve("warm.pdf"));
        String qgisWarmOutput = WholeProcess.time(List.of("/usr/bin/python3", "bench/qgis/atlas.py",
                project.toString(), qgis.toString(), "4"), offscreen).output();
        List<Double> exports = new ArrayList<>();
        Matcher matcher = QGIS_EXPORT.matcher(qgisWarmOutput);
        while (matcher.find()) {
            exports.add(Double.parseDouble(matcher.group(1)));
        }
        double[] warmQgis = exports.subList(1, exports.size()).stream().mapToDouble(Double::doubleValue).toArray();
        System.out.printf("atlas, warm (export only, project loaded): ours %.0f ms, QGIS %.0f ms, ratio %.2f"
                        + "  [ours %s, QGIS %s]%n", median(warmOurs), median(warmQgis),
                median(warmOurs) / median(warmQgis), Arrays.toString(warmOurs), Arrays.toString(warmQgis));
        System.out.printf("load at end %s%n", WholeProcess.load());
        for (Path file : List.of(ours, qgis, dir.resolve("warm.pdf"), project)) {
            Files.deleteIfExists(file);
        }
        try (var rest = Files.list(dir)) {
            rest.forEach(p -> p.toFile().delete());
        }
        Files.delete(dir);
    }

    /** Ours in this JVM: the project read once, two atlases to warm up, then five timed. */
    private static double[] warmOurs(Path project, Path out) throws Exception {
        Project read;
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_ONLY)) {
            read = ProjectAssembler.assemble(project, store);
        }
        SheetContent content = SheetContent.of(read, CaseSheetLights::onDay, VillageAreas.of(read)::lonLat);
        AtlasPlan plan = new AtlasPlan(AtlasPlan.Kind.TOWNSHIPS, "", SheetSpec.of(new SheetExtent.DistrictExtent()),
                AtlasPlan.Split.ONE_FILE);
        double[] times = new double[7];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            AtlasPlan.Part part = plan.parts(content).get(0);
            AtomicFileWrite.write(out, stream -> {
                try {
                    AtlasWriter.write(part, content, stream);
                } catch (SheetException e) {
                    throw new java.io.IOException(e);
                }
            });
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        return Arrays.copyOfRange(times, 2, times.length);
    }

    static List<Layer> reference(Path sample) {
        try (GeoPackageStore store = GeoPackageStore.open(sample, AccessMode.READ_ONLY)) {
            return ProjectAssembler.assemble(sample, store).layers().stream().map(MapLayer::layer)
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
