package rectimap.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import rectimap.campaign.cases.CaseStyles;
import rectimap.campaign.cases.TrafficLight;
import rectimap.campaign.sample.SampleStyles;
import rectimap.model.Feature;
import rectimap.model.style.LayerStyle;
import rectimap.model.style.LegendRow;
import rectimap.campaign.planning.PlanningSchemas;
import rectimap.campaign.planning.ResponsibilityAreaSchema;
import rectimap.campaign.planning.SupervisionCaseSchema;
import rectimap.campaign.sample.YanhuSample;
import rectimap.model.FeatureType;
import rectimap.model.Field;
import rectimap.model.FieldType;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.Provenance;

class FieldLabelsTest {
    private static final FieldLabels ZH = FieldLabels.of(Locale.SIMPLIFIED_CHINESE);
    private static final FieldLabels EN = FieldLabels.of(Locale.ENGLISH);
    private static final Point POINT = new GeometryFactory().createPoint(new Coordinate(110.9, 34.9));

    @Test
    void planningFieldsTakeTheirSchemaLabels() {
        FeatureType areas = PlanningSchemas.forTable(ResponsibilityAreaSchema.TABLE).orElseThrow().type();
        assertThat(ZH.field(areas, "person")).isEqualTo("责任人");
        assertThat(ZH.field(areas, "unit")).isEqualTo("责任单位");
        assertThat(ZH.field(areas, "phone")).isEqualTo("联系电话");
        assertThat(EN.field(areas, "person")).isEqualTo("Responsible person");
        FeatureType cases = PlanningSchemas.forTable(SupervisionCaseSchema.TABLE).orElseThrow().type();
        assertThat(List.of("source", "description", "deadline", "status", "closed_date", "close_note", "revisits"))
                .map(f -> ZH.field(cases, f))
                .containsExactly("来源", "问题描述", "限期整改", "状态", "销号日期", "销号说明", "回头看记录");
    }

    @Test
    void everyFieldOfEverySampleAndPlanningLayerHasALabelInBothLanguages() {
        List<LayerInfo> layers = new java.util.ArrayList<>(YanhuSample.generate().stream().map(Layer::info).toList());
        PlanningSchemas.all().forEach(s -> layers.add(s.info()));
        for (LayerInfo layer : layers) {
            for (Field field : layer.type().fields()) {
                assertThat(ZH.field(layer.type(), field.name())).as(layer.tableName() + "." + field.name())
                        .isNotEqualTo(field.name()).doesNotContainPattern("[a-z_]{3,}");
                assertThat(EN.field(layer.type(), field.name())).as(layer.tableName() + "." + field.name())
                        .isNotEqualTo(field.name());
            }
            assertThat(EN.layerTitle(layer)).as(layer.tableName()).doesNotContainPattern("\\p{IsHan}");
            assertThat(ZH.layerTitle(layer)).isEqualTo(layer.title());
        }
    }

    /**
     * Every legend row of every sample and planning style (classes, emphases, the cases' traffic lights and statuses)
     * has an English title, and its Chinese title is the row's own.
     */
    @Test
    void everyLegendClassOfEverySampleStyleHasATitleInBothLanguages() {
        List<LayerStyle> styles = new java.util.ArrayList<>();
        YanhuSample.generate().forEach(l -> SampleStyles.forTable(l.tableName()).ifPresent(styles::add));
        PlanningSchemas.all().forEach(s -> SampleStyles.forTable(s.info().tableName()).ifPresent(styles::add));
        LocalDate today = LocalDate.of(2026, 11, 20);
        List<Feature> cases = List.of(
                new Feature(1, POINT, java.util.Map.of("deadline", today.minusDays(1))),
                new Feature(2, POINT, java.util.Map.of("deadline", today.plusDays(1))),
                new Feature(3, POINT, java.util.Map.of("deadline", today.plusDays(30))));
        styles.add(CaseStyles.trafficLight(cases, today, TrafficLight.DEFAULT_WARNING_DAYS));
        styles.add(CaseStyles.byStatus());
        List<String> titles = styles.stream().flatMap(s -> s.legendRows().stream()).map(LegendRow::title).toList();
        assertThat(titles).contains("逾期", "临期", "按期", "已办结", "高速公路", "区领导包乡镇", "示范镇");
        for (String title : titles) {
            assertThat(EN.classTitle(title)).as(title).doesNotContainPattern("\\p{IsHan}").isNotBlank();
            assertThat(ZH.classTitle(title)).isEqualTo(title);
        }
        assertThat(EN.classTitle("逾期")).isEqualTo("Overdue");
        assertThat(EN.classTitle("一个导入的值")).as("a value not known here stays as it is").isEqualTo("一个导入的值");
    }

    @Test
    void sampleReferenceFieldsAndDivisionCodes() {
        FeatureType villages = YanhuSample.generate().stream().filter(l -> l.tableName().equals("village"))
                .findFirst().orElseThrow().info().type();
        assertThat(ZH.field(villages, "code")).isEqualTo("区划代码");
        assertThat(ZH.field(villages, "township")).isEqualTo("所属乡镇");
        assertThat(EN.field(villages, "code")).isEqualTo("Division code");
    }

    @Test
    void importedLayersKeepTheirOwnTitleAndUnknownColumns() {
        LayerInfo imported = new LayerInfo(new FeatureType("road", GeometryKind.LINESTRING,
                List.of(new Field("name", FieldType.TEXT), new Field("ROAD_ID", FieldType.INTEGER))), "县道台账",
                LayerRole.REFERENCE, Provenance.SURVEYED, "", 4490);
        assertThat(EN.layerTitle(imported)).isEqualTo("县道台账");
        assertThat(EN.field(imported.type(), "ROAD_ID")).isEqualTo("ROAD_ID");
        assertThat(ZH.field(imported.type(), "name")).isEqualTo("名称");
    }
}
