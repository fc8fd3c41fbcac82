package rectimap.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Memory of a streamed import: a 1,000,000-feature GBK Shapefile (a 10,000-polygon file from our writer, its
 * records repeated 100 times at the byte level) imported into a new project layer in a JVM whose heap is capped
 * (bench/run gives -Xmx96m, far below the file's 300 MB): finishing at all shows the import streams. Two paths,
 * one after the other in the same JVM: the store alone ({@code StreamedNewLayer} on a bare store, as the command
 * line runs it) and the app wizard's
 * ({@link AppImportPath}: {@code StoredProjectFile.importNewLayer} on a project open for editing, its journal
 * running). Prints for each the time and the peak heap (sum of the heap pools' peaks, reset before each), and
 * the process's peak RSS so far (SQLite's page cache is native memory); two alternating rounds. Then the same for
 * a 1,000,000-feature GeoJSON ({@link MillionGeoJson}), one round per path. Then a 1,000,000-placemark KML
 * through the app path. Arguments {@code shapefile}, {@code geojson} or {@code kml} run only that part.
 */
public final class ImportMemoryBench {
    private static final int SEED_POLYGONS = 10_000;
    private static final int COPIES = 100;
    private static final int ROUNDS = 2;
    private static final int MILLION = 1_000_000;

    private ImportMemoryBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("import-memory-bench");
        try {
            if (args.length == 0 || java.util.List.of(args).contains("shapefile")) {
                shapefile(dir);
            }
            if (args.length == 0 || java.util.List.of(args).contains("geojson")) {
                geoJson(dir);
            }
            if (args.length == 0 || java.util.List.of(args).contains("kml")) {
                kml(dir);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * A 1,000,000-feature GeoJSON ({@link MillionGeoJson}, ~230 MB, Chinese names) through both paths, once each:
     * the streamed reader's two passes keep one feature in memory, so the heap stays flat under -Xmx96m.
     */
    private static void geoJson(Path dir) throws Exception {
        Path big = dir.resolve("million.geojson");
        MillionGeoJson.write(big, MILLION);
        long bytes = Files.size(big);
        Path cliProject = dir.resolve("cli-geojson.gpkg");
        report("GeoJSON store only (StreamedNewLayer, no journal)", bytes, cliProject,
                () -> MillionGeoJson.importWithStoreOnly(big, cliProject));
        Files.delete(cliProject);
        Path appProject = dir.resolve("app-geojson.gpkg");
        report("GeoJSON app wizard (StoredProjectFile.importNewLayer, journal open)", bytes, appProject,
                () -> AppImportPath.importNewLayer(big, appProject));
        Files.delete(appProject);
        Files.delete(big);
    }

    /** A 1,000,000-placemark KML ({@link MillionKml}) through the app wizard's path (StAX, two passes). */
    private static void kml(Path dir) throws Exception {
        Path big = dir.resolve("million.kml");
        MillionKml.write(big, MILLION);
        Path appProject = dir.resolve("app-kml.gpkg");
        report("KML app wizard (StoredProjectFile.importNewLayer, journal open)", Files.size(big), appProject,
                () -> AppImportPath.importNewLayer(big, appProject));
        Files.delete(appProject);
        Files.delete(big);
    }

    private static void shapefile(Path dir) throws Exception {
        Path seed = dir.resolve("seed.shp");
        ImportPolygons.write(seed, SEED_POLYGONS);
        Path big = dir.resolve("million.shp");
        ShapefileJoin.join(java.util.Collections.nCopies(COPIES, seed), big);
        long bytes = Files.size(big) + Files.size(dir.resolve("million.dbf"));
        // Alternating rounds, so neither path gains from running second (warm JIT, input in the page cache).
        for (int round = 1; round <= ROUNDS; round++) {
            Path cliProject = dir.resolve("cli-" + round + ".gpkg");
            report("round " + round + " store only (StreamedNewLayer, no journal)", bytes, cliProject,
                    () -> ImportBench.ours(big, cliProject));
            Files.delete(cliProject);
            Path appProject = dir.resolve("app-" + round + ".gpkg");
            report("round " + round + " app wizard (StoredProjectFile.importNewLayer, journal open)", bytes,
                    appProject, () -> AppImportPath.importNewLayer(big, appProject));
            Files.delete(appProject);
        }
    }

    /** What one import path does; returns the number of features written. */
    private interface Import {
        long run() throws Exception;
    }

    /** Runs {@code work} with the heap pools' peaks reset and prints its time, peak heap and peak RSS. */
    private static void report(String path, long bytes, Path project, Import work) throws Exception {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long written = work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%s: import %,d features (%.0f MB input) with -Xmx%d MB: %.1f s, peak heap %.0f MB,"
                + " peak RSS so far %s, project %.0f MB%n", path, written, bytes / 1e6,
                Runtime.getRuntime().maxMemory() >> 20, seconds, peakHeap / 1e6, Clock.peakRss(), Files.size(project) / 1e6);
    }
}
