package rectimap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import rectimap.geo.Epsg;
import rectimap.model.Feature;
import rectimap.model.FeatureType;
import rectimap.model.Field;
import rectimap.model.FieldType;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.Provenance;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;

/**
 * GeoPackage store benchmark: write+index, full read and bbox query of 100,000 ten-vertex polygons over the
 * district's extent. Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=rectimap.bench.StoreBench}. Prints the median of five rounds (the first round warms the JIT).
 */
public final class StoreBench {
    private static final int POLYGONS = 100_000;
    private static final int ROUNDS = 5;

    private StoreBench() {
    }

    public static void main(String[] args) throws IOException {
        Layer layer = polygons();
        Path dir = Files.createTempDirectory("store-bench");
        double[] writeMs = new double[ROUNDS];
        double[] readMs = new double[ROUNDS];
        double[] queryMs = new double[ROUNDS];
        int found = 0;
        long sizeBytes = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path file = dir.resolve("bench-" + round + ".gpkg");
            long start = System.nanoTime();
            try (GeoPackageStore store = GeoPackageStore.create(file)) {
                store.write(layer);
            }
            writeMs[round] = (System.nanoTime() - start) / 1e6;
            try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
                start = System.nanoTime();
                store.load("zone");
                readMs[round] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                found = store.query("zone", new Envelope(110.95, 110.97, 35.0, 35.02)).size();
                queryMs[round] = (System.nanoTime() - start) / 1e6;
            }
            sizeBytes = Files.size(file);
            Files.delete(file);
        }
        Files.delete(dir);
        System.out.printf("store, %,d polygons (%.1f MB file): write+index %.0f ms, read all %.0f ms,"
                + " bbox query (%d hits) %.1f ms  [median of %d]%n", POLYGONS, sizeBytes / 1e6, median(writeMs),
                median(readMs), found, median(queryMs), ROUNDS);
    }

    private static Layer polygons() {
        GeometryFactory factory = new GeometryFactory();
        List<Feature> features = new ArrayList<>(POLYGONS);
        for (int i = 0; i < POLYGONS; i++) {
            double x = 110.73 + (i % 400) * 0.0011;
            double y = 34.82 + (i / 400) * 0.0022;
            Coordinate[] ring = new Coordinate[11];
            for (int k = 0; k < 10; k++) {
                double angle = k * Math.PI / 5;
                ring[k] = new Coordinate(x + 0.0005 * Math.cos(angle), y + 0.0005 * Math.sin(angle));
            }
            ring[10] = ring[0];
            features.add(new Feature(i + 1, factory.createPolygon(ring), Map.of("name", "片区" + i, "code", (long) i)));
        }
        FeatureType type = new FeatureType("zone", GeometryKind.POLYGON,
                List.of(new Field("name", FieldType.TEXT), new Field("code", FieldType.INTEGER)));
        return new Layer(new LayerInfo(type, "片区", LayerRole.PLANNING, Provenance.SCHEMATIC, "", Epsg.CGCS2000),
                features);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
