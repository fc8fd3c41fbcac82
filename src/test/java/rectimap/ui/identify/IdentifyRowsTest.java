package rectimap.ui.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;
import rectimap.geo.Measure;
import rectimap.model.Feature;
import rectimap.model.FeatureType;
import rectimap.model.Field;
import rectimap.model.FieldType;
import rectimap.model.GeometryKind;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.Provenance;
import rectimap.ui.Messages;
import rectimap.ui.UiLanguage;

class IdentifyRowsTest {
    private static final LayerInfo TOWNSHIPS = new LayerInfo(new FeatureType("township", GeometryKind.MULTIPOLYGON,
            List.of(new Field("code", FieldType.TEXT), new Field("name", FieldType.TEXT),
                    new Field("kind", FieldType.TEXT))), "乡镇", LayerRole.REFERENCE, Provenance.SCHEMATIC, "", 4490);

    @Test
    void listsChineseLabelsTheOfficialCodeAndEllipsoidalArea() throws Exception {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", "140802100000");
        values.put("name", "解州镇");
        values.put("kind", "镇");
        Feature feature = new Feature(7, new WKTReader().read(
                "MULTIPOLYGON (((110.8 34.9, 110.9 34.9, 110.9 35.0, 110.8 35.0, 110.8 34.9)))"), values);

        List<IdentifyRow> rows = IdentifyRows.of(TOWNSHIPS, feature, new Messages(UiLanguage.ZH));

        assertThat(rows).contains(new IdentifyRow("图层", "乡镇"), new IdentifyRow("区划代码", "140802100000"),
                new IdentifyRow("名称", "解州镇"), new IdentifyRow("类型", "镇"));
        double m2 = Measure.areaM2(feature.geometry());
        String area = rows.stream().filter(r -> r.label().equals("面积")).findFirst().orElseThrow().value();
        assertThat(area).startsWith(String.format(java.util.Locale.ROOT, "%,.0f 平方米", m2))
                .contains(" 亩 / ").contains(" 公顷").contains("CGCS2000");
        // R²·Δλ·(sin φ2 − sin φ1) on a sphere of 6,371 km gives 101.34 km² for this cell; the ellipsoid differs by
        // well under 1%. Web Mercator would say about 1.49 times that (1/cos² 35°).
        assertThat(m2).isBetween(100.5e6, 102.2e6);
    }

    @Test
    void linesGetALengthInEnglishToo() throws Exception {
        LayerInfo roads = new LayerInfo(new FeatureType("road", GeometryKind.LINESTRING,
                List.of(new Field("name", FieldType.TEXT))), "道路", LayerRole.REFERENCE, Provenance.SCHEMATIC, "", 4490);
        Feature road = new Feature(1, new WKTReader().read("LINESTRING (111 35, 111 35.01)"), Map.of("name", "运临路"));
        List<IdentifyRow> rows = IdentifyRows.of(roads, road, new Messages(UiLanguage.EN));
        String length = rows.stream().filter(r -> r.label().equals("Length")).findFirst().orElseThrow().value();
        assertThat(length).contains(" m / ").contains(" km");
        assertThat(Measure.lengthM(road.geometry())).isBetween(1100.0, 1112.0);
    }
}
