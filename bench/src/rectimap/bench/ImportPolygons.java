package rectimap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import rectimap.exchange.ExchangeException;
import rectimap.exchange.shapefile.ShapefileEncoding;
import rectimap.exchange.shapefile.ShapefileWriter;
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

/**
 * The import benchmarks' input: {@code count} ten-vertex parcels over the district with Chinese names, a code, a
 * whole number, an area and a date, written by our {@link ShapefileWriter} as a GBK Shapefile in EPSG:4546
 * (metres, as survey offices deliver), so both importers decode GBK and reproject to EPSG:4490. Above
 * {@value #SLICE} polygons the file is written in slices of that many and joined at the byte level
 * ({@link ShapefileJoin}): the writer holds a layer's features in memory, and 1,000,000 of them did not fit the
 * bench's 1 GB heap. The records are the same as one write would make (the text column as wide as its longest value).
 */
final class ImportPolygons {
    private static final int SLICE = 100_000;
    private static final String[] WORDS = {"解州镇", "安邑街道", "北相镇", "龙居镇", "泓芝驿镇", "东郭镇", "陶村镇", "席张乡"};

    private ImportPolygons() {
    }

    /** {@code ImportPolygons OUT.shp COUNT}: writes the input on its own, e.g. to profile one import by hand. */
    public static void main(String[] args) throws ExchangeException, IOException {
        write(Path.of(args[0]), Integer.parseInt(args[1]));
    }

    static void write(Path shp, int count) throws ExchangeException, IOException {
        if (count <= SLICE) {
            writeSlice(shp, count, 0, count);
            return;
        }
        List<Path> parts = new ArrayList<>();
        try {
            for (int from = 0; from < count; from += SLICE) {
                Path part = shp.resolveSibling("slice-" + parts.size() + "-" + shp.getFileName());
                parts.add(part);
                writeSlice(part, count, from, Math.min(count, from + SLICE));
            }
            ShapefileJoin.join(parts, shp);
        } finally {
            for (Path part : parts) {
                for (String extension : List.of(".shp", ".shx", ".dbf", ".prj", ".cpg")) {
                    Files.deleteIfExists(ShapefileJoin.sibling(part, extension));
                }
            }
        }
    }

    /** Polygons {@code from} (inclusive) to {@code to} of the {@code count}-polygon grid, as one Shapefile. */
    private static void writeSlice(Path shp, int count, int from, int to) throws ExchangeException {
        GeometryFactory factory = new GeometryFactory();
        List<Feature> features = new ArrayList<>(to - from);
        int perRow = (int) Math.ceil(Math.sqrt(count));
        for (int i = from; i < to; i++) {
            double x = 110.73 + (i % perRow) * (0.44 / perRow);
            double y = 34.82 + (i / perRow) * (0.30 / perRow);
            double r = 0.35 * 0.30 / perRow;
            Coordinate[] ring = new Coordinate[11];
            for (int k = 0; k < 10; k++) {
                double angle = -k * Math.PI / 5;
                ring[k] = new Coordinate(x + r * Math.cos(angle), y + r * Math.sin(angle));
            }
            ring[10] = ring[0].copy();
            Polygon polygon = factory.createPolygon(ring);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("名称", WORDS[i % WORDS.length] + "第" + (i / WORDS.length + 1) + "地块");
            values.put("code", String.format("1408021%08d", i));
            values.put("人口", (long) (i % 5000));
            values.put("面积", 1234.5 + i * 0.25);
            values.put("日期", LocalDate.of(2024, 1, 1).plusDays(i % 365));
            features.add(new Feature(i + 1, factory.createMultiPolygon(new Polygon[] {polygon}), values));
        }
        List<Field> fields = List.of(new Field("名称", FieldType.TEXT), new Field("code", FieldType.TEXT),
                new Field("人口", FieldType.INTEGER), new Field("面积", FieldType.REAL), new Field("日期", FieldType.DATE));
        LayerInfo info = new LayerInfo(new FeatureType("parcels", GeometryKind.MULTIPOLYGON, fields), "地块",
                LayerRole.REFERENCE, Provenance.SURVEYED, "", Epsg.CGCS2000);
        ShapefileWriter.write(shp, new Layer(info, features), ShapefileEncoding.GBK, Epsg.CGCS2000_GK_CM_111E);
    }
}
