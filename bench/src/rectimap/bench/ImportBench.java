package rectimap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
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
 * Shapefile import against GDAL on the same file in the same run: a 100,000-polygon GBK Shapefile in EPSG:4546
 * (written by our writer), imported (a) by us into a new project layer (decode, validity check, reproject to
 * EPSG:4490, one transaction with the R-tree) and (b) by {@code ogr2ogr -f GPKG -t_srs EPSG:4490}. Rounds
 * alternate; the medians and their ratio are printed (target ≤ 1.0). Ours is timed inside the warm JVM, GDAL's as
 * the whole process (its start-up is ~0.1 s).
 */
public final class ImportBench {
    private static final int POLYGONS = 100_000;
    private static final int ROUNDS = 3;

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("import-bench");
        try {
            Path shp = dir.resolve("parcels.shp");
            long start = System.nanoTime();
            ImportPolygons.write(shp, POLYGONS);
            System.out.printf("wrote %,d-polygon GBK Shapefile (%.1f MB .shp, %.1f MB .dbf) in %.0f ms%n", POLYGONS,
                    Files.size(shp) / 1e6, Files.size(dir.resolve("parcels.dbf")) / 1e6,
                    (System.nanoTime() - start) / 1e6);
            ours(shp, dir.resolve("warmup.gpkg"));
            double[] oursMs = new double[ROUNDS];
            double[] gdalMs = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                Path project = dir.resolve("ours-" + round + ".gpkg");
                start = System.nanoTime();
                long written = ours(shp, project);
                oursMs[round] = (System.nanoTime() - start) / 1e6;
                if (written != POLYGONS) {
                    throw new IllegalStateException("imported " + written + " of " + POLYGONS);
                }
                Path gdal = dir.resolve("gdal-" + round + ".gpkg");
                start = System.nanoTime();
                Process process = new ProcessBuilder(List.of("ogr2ogr", "-f", "GPKG", "-t_srs", "EPSG:4490",
                        gdal.toString(), shp.toString())).inheritIO().start();
                if (process.waitFor() != 0) {
                    throw new IllegalStateException("ogr2ogr failed");
                }
                gdalMs[round] = (System.nanoTime() - start) / 1e6;
                Files.delete(project);
                Files.delete(gdal);
            }
            double ours = median(oursMs);
            double gdal = median(gdalMs);
            System.out.printf("import %,d GBK polygons (EPSG:4546 -> 4490): ours %.0f ms, ogr2ogr -f GPKG %.0f ms,"
                    + " ratio %.2f  [median of %d, rounds ours %s, gdal %s]%n", POLYGONS, ours, gdal, ours / gdal,
                    ROUNDS, java.util.Arrays.toString(oursMs), java.util.Arrays.toString(gdalMs));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /**
     * Imports {@code shp} into a new project {@code project} through the store alone (no journal, as the command
     * line's {@code ProjectImport} does on its own thread); the number of features written.
     */
    static long ours(Path shp, Path project) throws ExchangeException, IOException {
        GeoPackageStore.create(project).close();
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_WRITE);
             ShapefileSource source = ShapefileSource.open(shp)) {
            return StreamedNewLayer.run(store, source, new ImportPlan(shp, new ImportTarget.NewLayer("parcels", "地块",
                    LayerRole.REFERENCE), 0, InvalidGeometryPolicy.REPAIR), ImportProgress.NONE).imported();
        }
    }
}
