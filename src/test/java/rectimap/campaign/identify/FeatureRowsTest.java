package rectimap.campaign.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import rectimap.campaign.FieldLabels;
import rectimap.campaign.planning.PlanningSchemas;
import rectimap.campaign.planning.ResponsibilityAreaSchema;
import rectimap.geo.AreaText;
import rectimap.geo.LengthText;
import rectimap.geo.Measure;
import rectimap.model.Feature;
import rectimap.model.FeatureType;
import rectimap.model.Field;
import rectimap.model.FieldType;
import rectimap.model.GeometryKind;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.Provenance;

class FeatureRowsTest {
    private static final FieldLabels ZH = FieldLabels.of(Locale.SIMPLIFIED_CHINESE);
    private static final FieldLabels EN = FieldLabels.of(Locale.ENGLISH);

    @Test
    void aResponsibilityAreaIsListedByLabelWithItsAreaOnce() throws Exception {
        LayerInfo areas = PlanningSchemas.forTable(ResponsibilityAreaSchema.TABLE).orElseThrow().info();
        Geometry square = new WKTReader().read(
                "MULTIPOLYGON (((110.88 35.01, 110.882 35.01, 110.882 35.012, 110.88 35.012, 110.88 35.01)))");
        double m2 = Measure.areaM2(square);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", ResponsibilityAreaSchema.KIND_CADRE_VILLAGE);
        values.put("person", "张三");
        values.put("unit", "龙居镇人民政府");
        values.put("phone", "0359-1234567");
        values.put("township", "龙居镇");
        values.put("village", "雷家坡村委会");
        values.put("since", LocalDate.of(2026, 3, 1));
        values.put("note", null);
        values.put("area_m2", m2);
        values.put("area_mu", Measure.m2ToMu(m2));
        Feature feature = new Feature(3, square, values);

        List<IdentifyRow> rows = FeatureRows.of(areas, feature, ZH);

        assertThat(rows).extracting(IdentifyRow::label).containsExactly("责任类型", "责任人", "责任单位", "联系电话",
                "乡镇（街道）", "村（社区）", "起始日期", "备注", "面积");
        assertThat(rows).contains(new IdentifyRow("责任人", "张三"), new IdentifyRow("起始日期", "2026-03-01"),
                new IdentifyRow("面积", AreaText.full(m2, Locale.CHINESE)));
        assertThat(rows.get(rows.size() - 1).value()).matches("[\\d,]+ m² · [\\d,.]+ 亩 · [\\d,.]+ 公顷");
        assertThat(FeatureRows.of(areas, feature, EN)).extracting(IdentifyRow::label)
                .contains("Responsible person", "Area").doesNotContain("person", "area_m2", "area_mu");
        // By who answers for it and for what: "责任类型 · 乡镇干部包村 #3" (the planner session's identify) named no one.
        assertThat(FeatureRows.caption(areas, feature, ZH)).isEqualTo(new IdentifyRow("责任人", "张三 · 乡镇干部包村 #3"));
        assertThat(FeatureRows.caption(areas, feature, EN)).isEqualTo(
                new IdentifyRow("Responsible person", "张三 · 乡镇干部包村 #3"));
    }

    /**
     * Found in the real window on a project file: a layer read back from a GeoPackage does not say which columns are
     * derived, and the panel listed 面积 97440250.53695661 m² and 面积（亩） 146160.37580543497 亩 above the figure.
     */
    @Test
    void aPlanningLayerReadFromAFileStillListsItsAreaOnce() throws Exception {
        FeatureType declared = PlanningSchemas.forTable(ResponsibilityAreaSchema.TABLE).orElseThrow().type();
        FeatureType asRead = new FeatureType(declared.name(), declared.geometryKind(),
                declared.fields().stream().map(f -> new Field(f.name(), f.type())).toList());
        LayerInfo areas = new LayerInfo(asRead, "责任区", LayerRole.PLANNING, Provenance.SURVEYED, "", 4490);
        Geometry square = new WKTReader().read(
                "MULTIPOLYGON (((110.88 35.01, 110.882 35.01, 110.882 35.012, 110.88 35.012, 110.88 35.01)))");
        double m2 = Measure.areaM2(square);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("person", "高某");
        values.put("area_m2", m2);
        values.put("area_mu", Measure.m2ToMu(m2));

        List<IdentifyRow> rows = FeatureRows.of(areas, new Feature(10, square, values), ZH);

        assertThat(rows).extracting(IdentifyRow::label).containsExactly("责任人", "面积");
        assertThat(rows.get(1).value()).matches("[\\d,]+ m² · [\\d,.]+ 亩 · [\\d,.]+ 公顷");
    }

    @Test
    void aRoadGetsItsEllipsoidalLengthAndAnImportedColumnItsName() throws Exception {
        LayerInfo roads = new LayerInfo(new FeatureType("road", GeometryKind.LINESTRING,
                List.of(new Field("name", FieldType.TEXT), new Field("ROAD_ID", FieldType.INTEGER))), "道路",
                LayerRole.REFERENCE, Provenance.SURVEYED, "", 4490);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", "运临路");
        values.put("ROAD_ID", 17L);
        Feature road = new Feature(1, new WKTReader().read("LINESTRING (111 35, 111 35.01)"), values);

        List<IdentifyRow> rows = FeatureRows.of(roads, road, EN);

        double m = Measure.lengthM(road.geometry());
        assertThat(m).isBetween(1100.0, 1112.0);
        assertThat(rows).containsExactly(new IdentifyRow("Name", "运临路"), new IdentifyRow("ROAD_ID", "17"),
                new IdentifyRow("Length", LengthText.of(m)));
        assertThat(FeatureRows.caption(roads, road, EN)).isEqualTo(new IdentifyRow("Name", "运临路"));
    }

    @Test
    void aLayerGroupIsTitledInTheLabelsLanguage() throws Exception {
        LayerInfo areas = PlanningSchemas.forTable(ResponsibilityAreaSchema.TABLE).orElseThrow().info();
        Feature feature = new Feature(5, new WKTReader().read("MULTIPOLYGON (((0 0, 0.01 0, 0.01 0.01, 0 0)))"),
                Map.of("kind", ResponsibilityAreaSchema.KIND_PATROL));
        IdentifiedLayer group = IdentifiedLayer.of(areas, List.of(feature), EN);
        assertThat(group.title()).isEqualTo("Responsibility areas");
        assertThat(group.role()).isEqualTo(LayerRole.PLANNING);
        assertThat(group.features()).singleElement().satisfies(f -> {
            assertThat(f.ref().tableName()).isEqualTo(ResponsibilityAreaSchema.TABLE);
            assertThat(f.ref().featureId()).isEqualTo(5);
        });
    }

    /** A 照片 point names the feature it belongs to by table; identify showed "supervision_case" under 所属图层. */
    @Test
    void aPhotoPointNamesTheLayerOfItsFeatureByTitle() throws Exception {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(rectimap.media.PhotoLayer.FILE_NAME, "IMG_0001.jpg");
        values.put(rectimap.media.PhotoLayer.LINKED_LAYER, "supervision_case");
        values.put(rectimap.media.PhotoLayer.LINKED_FID, 4L);
        Feature point = new Feature(1, new WKTReader().read("POINT (110.88 35.01)"), values);
        LayerInfo photos = rectimap.media.PhotoLayer.info();

        assertThat(FeatureRows.of(photos, point, ZH)).contains(new IdentifyRow("所属图层", "督办件"));
        assertThat(FeatureRows.of(photos, point, EN)).contains(new IdentifyRow("Layer of the feature",
                "Supervision cases"));
    }

    /** In the planner's session a 督办件 was listed as "来源 · 群众举报 #1": the channel, not the place. */
    @Test
    void aCaseIsListedByItsLocation() throws Exception {
        LayerInfo cases = PlanningSchemas.forTable("supervision_case").orElseThrow().info();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("source", "群众举报");
        values.put("description", "村口道路两侧堆放建筑垃圾");
        values.put("location", "解州镇常平村委会村口");
        Feature feature = new Feature(1, new WKTReader().read("POINT (110.88 34.91)"), values);

        assertThat(FeatureRows.caption(cases, feature, ZH)).isEqualTo(new IdentifyRow("位置描述", "解州镇常平村委会村口 #1"));
        assertThat(FeatureRows.caption(cases, feature, EN)).isEqualTo(new IdentifyRow("Location", "解州镇常平村委会村口 #1"));
    }
}
