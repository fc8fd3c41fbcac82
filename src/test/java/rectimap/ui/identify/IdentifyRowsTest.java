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
        assertThat(rows).contains(
                new IdentifyRow("面积(平方米)", String.format(java.util.Locale.ROOT, "%,.0f", m2)),
                new IdentifyRow("面积(亩)", String.format(java.util.Locale.ROOT, "%,.1f", Measure.m2ToMu(m2))),
                new IdentifyRow("面积(公顷)", String.format(java.util.Locale.ROOT, "%,.2f", Measure.m2ToHectares(m2))),
                new IdentifyRow("计算方法", "CGCS2000 椭球面计算"));
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
        double m = Measure.lengthM(road.geometry());
        assertThat(rows).contains(new IdentifyRow("Length (m)", String.format(java.util.Locale.ROOT, "%,.1f", m)),
                new IdentifyRow("Length (km)", String.format(java.util.Locale.ROOT, "%,.3f", m / 1000)));
        assertThat(m).isBetween(1100.0, 1112.0);
    }
}
