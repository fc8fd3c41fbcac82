package rectimap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import rectimap.exchange.ExchangeException;
import rectimap.exchange.ImportPlan;
import rectimap.exchange.ImportProgress;
import rectimap.exchange.ImportTarget;
import rectimap.exchange.InvalidGeometryPolicy;
import rectimap.exchange.StreamedNewLayer;
import rectimap.exchange.shapefile.ShapefileSource;
import rectimap.model.LayerRole;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;

/**
 * Shapefile import against GDAL on the same file in the same run: GBK Shapefiles of 100,000 and 1,000,000 polygons
 * in EPSG:4546 (written by our writer), imported (a) by us into a new project layer (decode, validity check,
 * reproject to EPSG:4490, one transaction with the R-tree) and (b) by {@code ogr2ogr -f GPKG -t_srs EPSG:4490}.
 * Cold: both as whole processes, as a user runs them ({@code rectimap import --project P --file F} in a new JVM;
 * the empty project exists beforehand, as it does for a user); warm: ours inside this JVM after one warm-up
 * import, GDAL again as a process (its start-up is ~0.1 s). Rounds alternate; medians and ratios (target ≤ 1.0).
 * Run: {@code bench/run import}.
 */
public final class ImportBench {

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("load at start %s; our command line: %s%n", WholeProcess.load(), WholeProcess.cliKind());
        int[] sizes = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {100_000, 1_000_000};
        for (int polygons : sizes) {
            compare(polygons, polygons >= 1_000_000 ? 3 : 5);
        }
        System.out.printf("load at end %s%n", WholeProcess.load());
    }

    private static void compare(int polygons, int rounds) throws Exception {
        Path dir = Files.createTempDirectory("import-bench");
        try {
            Path shp = dir.resolve("parcels.shp");
            long start = System.nanoTime();
            ImportPolygons.write(shp, polygons);
            System.out.printf("wrote %,d-polygon GBK Shapefile (%.1f MB .shp, %.1f MB .dbf) in %.0f ms%n", polygons,
                    Files.size(shp) / 1e6, Files.size(dir.resolve("parcels.dbf")) / 1e6, ms(start));
            double[] coldOurs = new double[rounds];
            double[] coldGdal = new double[rounds];
            double[] cpuOurs = new double[rounds];
            double[] cpuGdal = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                Path project = dir.resolve("cold-" + round + ".gpkg");
                GeoPackageStore.create(project).close();
                WholeProcess.Run ours = WholeProcess.time(WholeProcess.rectimap("import", "--project",
                        project.toString(), "--file", shp.toString(), "--layer-name", "parcels"), Map.of());
                WholeProcess.Run gdal = gdal(shp, dir.resolve("gdal.gpkg"));
                coldOurs[round] = ours.ms();
                cpuOurs[round] = ours.cpuMs();
                coldGdal[round] = gdal.ms();
                cpuGdal[round] = gdal.cpuMs();
                Files.delete(project);
            }
            report("cold, whole process", polygons, coldOurs, coldGdal);
            report("cold, whole process, processor time (user + system)", polygons, cpuOurs, cpuGdal);
            ours(shp, dir.resolve("warmup.gpkg"), polygons);
            double[] warmOurs = new double[rounds];
            double[] warmGdal = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                Path project = dir.resolve("warm-" + round + ".gpkg");
                start = System.nanoTime();
                ours(shp, project, polygons);
                warmOurs[round] = ms(start);
                warmGdal[round] = gdal(shp, dir.resolve("gdal.gpkg")).ms();
                Files.delete(project);
            }
            report("warm JVM (ours in-process; GDAL still a whole process)", polygons, warmOurs, warmGdal);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void report(String label, int polygons, double[] ours, double[] gdal) {
        System.out.printf("import %,d GBK polygons (EPSG:4546 -> 4490), %s: ours %.0f ms, ogr2ogr -f GPKG %.0f ms,"
                + " ratio %.2f  [median of %d alternating; ours %s, gdal %s]%n", polygons, label, median(ours),
                median(gdal), median(ours) / median(gdal), ours.length, Arrays.toString(ours),
                Arrays.toString(gdal));
    }

    private static WholeProcess.Run gdal(Path shp, Path out) throws Exception {
        Files.deleteIfExists(out);
        WholeProcess.Run run = WholeProcess.time(List.of("ogr2ogr", "-f", "GPKG", "-t_srs", "EPSG:4490",
                out.toString(), shp.toString()), Map.of());
        Files.delete(out);
        return run;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    /**
     * Imports {@code shp} into a new project {@code project} through the store alone (no journal, as the command
     * line's {@code ProjectImport} does on its own thread); fails unless all {@code expected} features arrive.
     */
    static void ours(Path shp, Path project, int expected) throws ExchangeException, IOException {
        long written = ours(shp, project);
        if (written != expected) {
            throw new IllegalStateException("imported " + written + " of " + expected);
        }
    }

    /** Imports {@code shp} into a new project {@code project} through the store alone; the features written. */
    static long ours(Path shp, Path project) throws ExchangeException, IOException {
        GeoPackageStore.create(project).close();
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_WRITE);
             ShapefileSource source = ShapefileSource.open(shp)) {
            return StreamedNewLayer.run(store, source, new ImportPlan(shp, new ImportTarget.NewLayer("parcels",
                    "地块", LayerRole.REFERENCE), 0, InvalidGeometryPolicy.REPAIR), ImportProgress.NONE).imported();
        }
    }
}
