package rectimap.store.pg;

import java.nio.file.Files;
import java.nio.file.Path;
import org.locationtech.jts.geom.Point;
import rectimap.store.GdalTools;

/**
 * Responsibility areas to import into a shared project: 200 m squares near a township's interior point, of kind
 * 巡逻片区 (no village or unit needed), written as a GBK Shapefile by ogr2ogr as a county office would receive one.
 */
public final class TownshipSquares {
    private TownshipSquares() {
    }

    /** The interior point of the township {@code name} of the project at {@code address}. */
    public static Point township(PgAddress address, String name) {
        try (PgFeatureStore store = PgFeatureStore.open(address, null)) {
            return store.load(PgTownship.LAYER).features().stream().filter(f -> f.text("name").equals(name))
                    .findFirst().orElseThrow().geometry().getInteriorPoint();
        }
    }

    /** A square north of {@code centre} by {@code north} degrees, its person and township as given. */
    public static String square(Point centre, double north, String person, String township) {
        double x = centre.getX();
        double y = centre.getY() + north;
        double d = 0.001;
        return "{\"type\":\"Feature\",\"properties\":{\"kind\":\"巡逻片区\",\"township\":\"" + township
                + "\",\"person\":\"" + person + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[["
                + (x - d) + "," + (y - d) + "],[" + (x + d) + "," + (y - d) + "],[" + (x + d) + "," + (y + d) + "],["
                + (x - d) + "," + (y + d) + "],[" + (x - d) + "," + (y - d) + "]]]}}";
    }

    /** A GBK Shapefile {@code dir}/{@code name}.shp (EPSG:4490) written by ogr2ogr from these features. */
    public static Path shapefile(Path dir, String name, String... features) throws Exception {
        Path geojson = dir.resolve(name + ".geojson");
        Files.writeString(geojson, "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features)
                + "]}");
        Path shp = dir.resolve(name + ".shp");
        GdalTools.ogr2ogr("-f", "ESRI Shapefile", shp.toString(), geojson.toString(), "-a_srs", "EPSG:4490",
                "-lco", "ENCODING=GBK", "-nln", name).requireSuccess();
        return shp;
    }
}
