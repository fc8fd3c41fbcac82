package rectimap.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import rectimap.exchange.ExchangeException;
import rectimap.exchange.FeatureSource;
import rectimap.exchange.GeoJsonSource;
import rectimap.exchange.ImportPlan;
import rectimap.exchange.ImportProgress;
import rectimap.exchange.ImportTarget;
import rectimap.exchange.InvalidGeometryPolicy;
import rectimap.exchange.StreamedNewLayer;
import rectimap.model.LayerRole;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;

/**
 * The GeoJSON input of {@link ImportMemoryBench}: a FeatureCollection of small square parcels (about 30 m) in a
 * 1000 × 1000 grid around the district (CGCS2000 lon/lat, declared in "crs"), each with a Chinese name, an integer
 * number and a real area — written as GDAL's GeoJSON driver lays it out, one feature per line (~230 bytes each).
 */
final class MillionGeoJson {
    private static final int GRID = 1000;
    private static final double CELL_DEG = 0.0004;
    private static final double SIDE_DEG = 0.0003;

    private MillionGeoJson() {
    }

    /** Writes {@code count} features (at most 1,000,000) to {@code file}. */
    static void write(Path file, int count) throws IOException {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            out.write("{\n\"type\": \"FeatureCollection\",\n\"name\": \"百万地块\",\n\"crs\": { \"type\": \"name\", "
                    + "\"properties\": { \"name\": \"urn:ogc:def:crs:EPSG::4490\" } },\n\"features\": [\n");
            for (int i = 0; i < count; i++) {
                double x = 110.8 + (i % GRID) * CELL_DEG;
                double y = 34.9 + (i / GRID) * CELL_DEG;
                out.write(i == 0 ? "" : ",\n");
                out.write("{ \"type\": \"Feature\", \"properties\": { \"名称\": \"解州镇第" + i + "号地块\", \"编号\": " + i
                        + ", \"面积\": " + (900.5 + i % 97) + " }, \"geometry\": { \"type\": \"Polygon\", "
                        + "\"coordinates\": [ [ " + position(x, y) + ", " + position(x + SIDE_DEG, y) + ", "
                        + position(x + SIDE_DEG, y + SIDE_DEG) + ", " + position(x, y + SIDE_DEG) + ", "
                        + position(x, y) + " ] ] } }");
            }
            out.write("\n]\n}\n");
        }
    }

    /** Imports {@code geojson} into a new project through the store alone (as the command line does). */
    static long importWithStoreOnly(Path geojson, Path project) throws ExchangeException {
        GeoPackageStore.create(project).close();
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_WRITE);
             FeatureSource source = GeoJsonSource.open(geojson)) {
            return StreamedNewLayer.run(store, source, new ImportPlan(geojson, new ImportTarget.NewLayer("parcels",
                    "地块", LayerRole.REFERENCE), 0, InvalidGeometryPolicy.REPAIR), ImportProgress.NONE).imported();
        }
    }

    private static String position(double x, double y) {
        return String.format("[ %.7f, %.7f ]", x, y);
    }
}
