package rectimap.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import rectimap.campaign.sample.SampleStyles;
import rectimap.model.Feature;
import rectimap.model.FeatureType;
import rectimap.model.Field;
import rectimap.model.FieldType;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.MapLayer;
import rectimap.model.Provenance;
import rectimap.model.style.LabelRule;
import rectimap.model.style.LayerStyle;
import rectimap.model.style.MarkerShape;
import rectimap.model.style.Rgba;
import rectimap.model.style.Symbolizer;

/**
 * A fixed, hand-made scene in display metres (EPSG:4546 numbers, no projection): two townships (one with a hole,
 * one a demonstration town), cased roads of three levels, a translucent lake and one marker of every shape, all with
 * Chinese names. 800 × 600 px at 5 m per pixel, 96 dpi (≈1:18,900).
 */
final class GoldenScene {

    static final int WIDTH = 800;
    static final int HEIGHT = 600;
    static final Viewport VIEWPORT = new Viewport(502_000, 3_872_000, 5, WIDTH, HEIGHT);

    static final List<String> NAMES = List.of("解州镇", "龙居镇", "运城盐湖", "运临路", "运稷路", "乡道一号",
            "雷家坡村委会", "西张耿社区", "虚拟社区", "牛庄村", "运城南出口", "郭店");

    private GoldenScene() {
    }

    static List<RenderLayer> layers() {
        List<RenderLayer> layers = new ArrayList<>();
        layers.add(layer("township", GeometryKind.POLYGON, SampleStyles.township(), List.of(
                row("POLYGON ((500200 3870800, 501900 3870700, 502100 3873400, 500300 3873300, 500200 3870800),"
                        + " (500800 3871500, 501400 3871500, 501400 3872100, 500800 3872100, 500800 3871500))",
                        "name", "解州镇", "kind", "镇", "demo", "示范镇"),
                row("POLYGON ((501900 3870700, 503800 3870900, 503700 3873300, 502100 3873400, 501900 3870700))",
                        "name", "龙居镇", "kind", "乡", "demo", "")), 1.0));
        layers.add(layer("salt_lake", GeometryKind.POLYGON, SampleStyles.saltLake(), List.of(
                row("POLYGON ((502600 3870900, 503500 3871000, 503400 3871600, 502700 3871500, 502600 3870900))",
                        "name", "运城盐湖")), 0.6));
        layers.add(layer("road", GeometryKind.LINESTRING, SampleStyles.road(), List.of(
                row("LINESTRING (500000 3872600, 501500 3872500, 502600 3872700, 504100 3872400)",
                        "name", "运临路", "level", "高速公路"),
                row("LINESTRING (502300 3870400, 502400 3871800, 502200 3873600)", "name", "运稷路", "level", "国道"),
                row("LINESTRING (500500 3871200, 501200 3871300, 502000 3871250)", "name", "乡道一号",
                        "level", "县道")), 1.0));
        layers.add(layer("village", GeometryKind.POINT, markerStyle(), List.of(
                row("POINT (500600 3873000)", "name", "雷家坡村委会", "shape", "CIRCLE"),
                row("POINT (501300 3872900)", "name", "西张耿社区", "shape", "SQUARE"),
                row("POINT (502900 3873000)", "name", "运城南出口", "shape", "TRIANGLE"),
                row("POINT (503300 3872000)", "name", "虚拟社区", "shape", "DIAMOND"),
                row("POINT (500700 3871000)", "name", "牛庄村", "shape", "STAR"),
                row("POINT (501700 3871900)", "name", "郭店", "shape", "FLAG")), 1.0));
        return layers;
    }

    /** One class per marker shape, keyed by the {@code shape} field. */
    private static LayerStyle markerStyle() {
        Map<String, Symbolizer> classes = new LinkedHashMap<>();
        for (MarkerShape shape : MarkerShape.values()) {
            classes.put(shape.name(), Symbolizer.marker(shape, 4.0, Rgba.hex("#e53935"), Rgba.hex("#3e0000")));
        }
        return new LayerStyle(Symbolizer.marker(MarkerShape.CIRCLE, 2, Rgba.BLACK, Rgba.BLACK), "shape", classes,
                new LabelRule("name", SampleStyles.ALWAYS, 3.0, Rgba.hex("#202020"), Rgba.WHITE, 20));
    }

    private static Map<String, Object> attributes(String... pairs) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return values;
    }

    private record Row(String wkt, Map<String, Object> values) {
    }

    private static Row row(String wkt, String... pairs) {
        return new Row(wkt, attributes(pairs));
    }

    private static RenderLayer layer(String table, GeometryKind kind, LayerStyle style, List<Row> rows,
                                     double opacity) {
        WKTReader reader = new WKTReader();
        List<Feature> features = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        try {
            for (Row r : rows) {
                Map<String, Object> values = r.values();
                if (fields.isEmpty()) {
                    values.keySet().forEach(name -> fields.add(new Field(name, FieldType.TEXT)));
                }
                features.add(new Feature(features.size() + 1L, reader.read(r.wkt()), values));
            }
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
        LayerInfo info = new LayerInfo(new FeatureType(table, kind, fields), table, LayerRole.REFERENCE,
                Provenance.SCHEMATIC, "golden scene", 4546);
        return RenderLayer.build(new MapLayer(new Layer(info, features), style, true, opacity),
                UnaryOperator.identity());
    }
}
