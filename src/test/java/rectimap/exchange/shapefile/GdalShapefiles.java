package rectimap.exchange.shapefile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import rectimap.store.GdalTools;

/**
 * Test inputs written by the outside world: a GeoJSON of township-like polygons with Chinese names, whole and
 * decimal numbers, dates, a polygon with a hole, a two-part multipolygon and one feature without geometry, turned
 * into Shapefiles by GDAL's ogr2ogr in the encodings and CRSs offices send.
 */
final class GdalShapefiles {
    static final String[] NAMES = {"解州镇", "安邑街道", "北相镇", "龙居镇", "泓芝驿镇", "东郭镇", "陶村镇", "席张乡",
        "上王乡", "王范乡", "三路里镇", "金井乡", "大渠街道", "西城街道", "中城街道", "北城街道", "盐湖区环卫所",
        "姚暹渠", "硝池滩", "车盘村", "舜帝陵"};

    /** One source feature as GeoJSON states it (lon/lat EPSG:4490); geometry null for the feature without one. */
    record Expected(Geometry geometry, String name, String code, Long people, Double areaKm2, LocalDate surveyed) {
    }

    private GdalShapefiles() {
    }

    /** The features every fixture holds, in file order. */
    static List<Expected> expected() {
        GeometryFactory factory = new GeometryFactory();
        List<Expected> features = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            double x = 110.80 + 0.013 * i;
            double y = 34.90 + 0.007 * (i % 5);
            Geometry geometry = switch (i % 4) {
                case 0 -> factory.createPolygon(
                        factory.createLinearRing(ring(x, y, 0.01)), new org.locationtech.jts.geom.LinearRing[] {
                            factory.createLinearRing(ring(x + 0.003, y + 0.003, 0.002))});
                case 1 -> factory.createMultiPolygon(new Polygon[] {factory.createPolygon(ring(x, y, 0.004)),
                    factory.createPolygon(ring(x + 0.006, y, 0.003))});
                case 2 -> i == 6 ? null : factory.createPolygon(ring(x, y, 0.0123456789));
                default -> factory.createPolygon(ring(x, y, 0.005));
            };
            features.add(new Expected(geometry, NAMES[i], String.format(Locale.ROOT, "1408021%05d", i),
                    i % 7 == 3 ? null : 1000L + 37L * i * i, i % 6 == 5 ? null : 0.125 * i + 1.0 / 3,
                    i % 5 == 4 ? null : LocalDate.of(2023, 1 + i % 12, 1 + i)));
        }
        return features;
    }

    private static Coordinate[] ring(double x, double y, double size) {
        return new Coordinate[] {new Coordinate(x, y), new Coordinate(x + size, y), new Coordinate(x + size, y + size),
            new Coordinate(x, y + size * 0.7), new Coordinate(x, y)};
    }

    /** The features as a GeoJSON file (UTF-8), GDAL's input. */
    static Path geoJson(Path folder) {
        GeoJsonWriter writer = new GeoJsonWriter(12);
        writer.setEncodeCRS(false);
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
        List<Expected> features = expected();
        for (int i = 0; i < features.size(); i++) {
            Expected f = features.get(i);
            json.append(i == 0 ? "" : ",\n").append("{\"type\":\"Feature\",\"properties\":{")
                    .append("\"名称\":\"").append(f.name()).append("\",")
                    .append("\"code\":\"").append(f.code()).append("\",")
                    .append("\"人口\":").append(f.people()).append(',')
                    .append("\"面积km2\":").append(f.areaKm2()).append(',')
                    .append("\"日期\":").append(f.surveyed() == null ? "null" : "\"" + f.surveyed() + "\"")
                    .append("},\"geometry\":").append(f.geometry() == null ? "null" : writer.write(f.geometry()))
                    .append('}');
        }
        json.append("\n]}\n");
        Path file = folder.resolve("townships.geojson");
        try {
            Files.writeString(file, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * A Shapefile made by ogr2ogr from {@link #geoJson}: {@code encoding} as GDAL names it ("CP936", "UTF-8"),
     * reprojected to {@code epsg}; {@code keepCpg} false deletes the .cpg GDAL writes, {@code keepPrj} the .prj.
     */
    static Path make(Path folder, String name, String encoding, int epsg, boolean keepCpg, boolean keepPrj) {
        Path source = geoJson(folder);
        Path shp = folder.resolve(name + ".shp");
        GdalTools.ogr2ogr("-f", "ESRI Shapefile", "-lco", "ENCODING=" + encoding, "-s_srs", "EPSG:4490",
                "-t_srs", "EPSG:" + epsg, "-nlt", "PROMOTE_TO_MULTI", shp.toString(), source.toString())
                .requireSuccess();
        try {
            if (!keepCpg) {
                Files.delete(folder.resolve(name + ".cpg"));
            }
            if (!keepPrj) {
                Files.delete(folder.resolve(name + ".prj"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return shp;
    }

    /** Sets the DBF language-driver byte, as ArcGIS writes it (0x4D for GBK). */
    static void setLanguageDriver(Path dbf, int value) {
        try (FileChannel channel = FileChannel.open(dbf, StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {(byte) value}), 29);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values a reader should give for {@code f}, by the field names ogr2ogr writes. */
    static Map<String, Object> values(Expected f) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("名称", f.name());
        values.put("code", f.code());
        values.put("人口", f.people());
        values.put("面积km2", f.areaKm2());
        values.put("日期", f.surveyed());
        return values;
    }
}
