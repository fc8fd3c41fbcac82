package rectimap.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rectimap.campaign.planning.CleanupZoneSchema;
import rectimap.campaign.planning.DemolitionSiteSchema;
import rectimap.campaign.planning.ResponsibilityAreaSchema;
import rectimap.campaign.planning.RoadResponsibilitySchema;
import rectimap.geo.Measure;
import rectimap.model.Feature;
import rectimap.model.LayerInfo;
import rectimap.ui.Messages;
import rectimap.ui.UiLanguage;

class AttributeFormModelTest {
    private static final Messages ZH = new Messages(UiLanguage.ZH);
    private static final Messages EN = new Messages(UiLanguage.EN);
    private static final LayerInfo AREAS = ResponsibilityAreaSchema.schema().info();
    private static final LayerInfo ZONES = CleanupZoneSchema.schema().info();
    private static final LayerInfo SITES = DemolitionSiteSchema.schema().info();
    private static final LayerInfo ROADS = RoadResponsibilitySchema.schema().info();

    private static AttributeFormModel areaForm(Messages messages) {
        return new AttributeFormModel(AREAS, FormFixtures.draft(FormFixtures.AREA_WKT), messages);
    }

    private static Map<String, String> validArea() {
        Map<String, String> texts = new HashMap<>();
        texts.put("kind", ResponsibilityAreaSchema.KIND_CADRE_VILLAGE);
        texts.put("person", " 张建国 ");
        texts.put("township", "解州镇");
        texts.put("village", "西张耿村");
        texts.put("phone", "13835912345");
        texts.put("since", "2026-03-01");
        return texts;
    }

    @Test
    void everyFieldGetsItsEditorLabelUnitAndRequiredMark() {
        List<FormRow> rows = areaForm(ZH).rows();
        assertThat(rows).extracting(FormRow::field).containsExactly("kind", "person", "unit", "phone", "township",
                "village", "town_code", "vill_code", "since", "note", "area_m2", "area_mu");
        // Codes follow the chosen names; never typed.
        assertThat(rows.get(6).kind()).isEqualTo(EditorKind.DERIVED);
        FormRow kind = rows.get(0);
        assertThat(kind.kind()).isEqualTo(EditorKind.CHOICE);
        assertThat(kind.label()).isEqualTo("责任类型");
        assertThat(kind.isRequired()).isTrue();
        assertThat(kind.choices()).containsExactly("区领导包乡镇", "部门包路段", "乡镇干部包村", "保洁公司服务区", "巡逻片区");
        assertThat(rows.get(1).kind()).isEqualTo(EditorKind.TEXT);
        assertThat(rows.get(1).isRequired()).isTrue();
        assertThat(rows.get(2).isRequired()).isFalse();
        assertThat(rows.get(8).kind()).isEqualTo(EditorKind.DATE);
        assertThat(rows.get(10).kind()).isEqualTo(EditorKind.DERIVED);
        assertThat(rows.get(10).isEditable()).isFalse();
        assertThat(areaForm(EN).rows().get(0).label()).isEqualTo("Kind");

        FormRow tonnes = new AttributeFormModel(ZONES, FormFixtures.draft(FormFixtures.AREA_WKT), ZH)
                .rowOf("tonnes").orElseThrow();
        assertThat(tonnes.kind()).isEqualTo(EditorKind.NUMBER);
        assertThat(tonnes.unit()).isEqualTo("吨");
        assertThat(tonnes.label()).isEqualTo("清运量");
    }

    @Test
    void derivedAreaIsTheEllipsoidalAreaInSquareMetresMuAndHectares() {
        AttributeFormModel form = areaForm(ZH);
        double m2 = Measure.areaM2(FormFixtures.wkt(FormFixtures.AREA_WKT));
        assertThat(m2).isBetween(900_000.0, 1_100_000.0);
        assertThat(form.rowOf("area_m2").orElseThrow().text()).isEqualTo(
                plain(m2, "#,##0.0") + " m² / " + plain(Measure.m2ToMu(m2), "#,##0.00") + " 亩 / "
                        + plain(Measure.m2ToHectares(m2), "#,##0.0000") + " 公顷");
        assertThat(form.rowOf("area_mu").orElseThrow().text()).isEqualTo(plain(Measure.m2ToMu(m2), "#,##0.00") + " 亩");
        assertThat(areaForm(EN).rowOf("area_m2").orElseThrow().text()).endsWith(" ha");
    }

    @Test
    void derivedLengthIsInMetresAndKilometresAndAPointHasNoArea() {
        double m = Measure.lengthM(FormFixtures.wkt(FormFixtures.ROAD_WKT));
        AttributeFormModel road = new AttributeFormModel(ROADS, FormFixtures.draft(FormFixtures.ROAD_WKT), ZH);
        assertThat(road.rowOf("length_m").orElseThrow().text())
                .isEqualTo(plain(m, "#,##0.0") + " m / " + plain(m / 1000, "#,##0.000") + " km");
        AttributeFormModel site = new AttributeFormModel(SITES, FormFixtures.draft("POINT (111.0 35.0)"), ZH);
        assertThat(site.rowOf("area_m2").orElseThrow().text()).isEqualTo("—");
    }

    @Test
    void textsParseToTypedValuesAndEmptyIsNull() {
        assertThat(ValueText.parse(rectimap.model.FieldType.INTEGER, " 1,200 ").value()).isEqualTo(1200L);
        assertThat(ValueText.parse(rectimap.model.FieldType.REAL, "12.5").value()).isEqualTo(12.5);
        assertThat(ValueText.parse(rectimap.model.FieldType.DATE, "2026/3/1").value())
                .isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(ValueText.parse(rectimap.model.FieldType.DATE, "2026年3月1日").value())
                .isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(ValueText.parse(rectimap.model.FieldType.TEXT, "  ").value()).isNull();
        assertThat(ValueText.parse(rectimap.model.FieldType.REAL, "").value()).isNull();
        assertThat(ValueText.parse(rectimap.model.FieldType.REAL, "NaN").problem()).isEqualTo(TypeProblem.NOT_A_NUMBER);
        assertThat(ValueText.parse(rectimap.model.FieldType.INTEGER, "2.5").problem())
                .isEqualTo(TypeProblem.NOT_A_WHOLE_NUMBER);
        assertThat(ValueText.parse(rectimap.model.FieldType.DATE, "2026-02-30").problem())
                .isEqualTo(TypeProblem.NOT_A_DATE);
        assertThat(ValueText.format(1.0E7)).isEqualTo("10000000");

        Map<String, Object> values = areaForm(ZH).values(validArea());
        assertThat(values).containsEntry("person", "张建国").containsEntry("since", LocalDate.of(2026, 3, 1))
                .containsEntry("unit", null).doesNotContainKeys("area_m2", "area_mu");
        assertThat(values.keySet()).containsExactly("kind", "person", "unit", "phone", "township", "village", "since",
                "note");
    }

    @Test
    void typeErrorsAreNamedInTheUiLanguage() {
        AttributeFormModel zones = new AttributeFormModel(ZONES, FormFixtures.draft(FormFixtures.AREA_WKT), ZH);
        Map<String, String> texts = validZone();
        texts.put("tonnes", "十二");
        texts.put("places", "2.5");
        texts.put("start_date", "明天");
        assertThat(zones.problems(texts)).containsExactly(Map.entry("places", "处数应为整数"),
                Map.entry("tonnes", "清运量不是数字"), Map.entry("start_date", "开始日期不是日期（应如 2026-11-29）"));
        AttributeFormModel english = new AttributeFormModel(ZONES, FormFixtures.draft(FormFixtures.AREA_WKT), EN);
        assertThat(english.problems(texts)).containsEntry("tonnes", "Tonnes is not a number");
        assertThatThrownBy(() -> zones.values(texts)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requiredChoicesRangesAndPhoneFormatsAreRefusedWithTheSchemaReason() {
        AttributeFormModel form = areaForm(ZH);
        assertThat(form.problems(validArea())).isEmpty();
        Map<String, String> texts = validArea();
        texts.remove("person");
        texts.put("kind", "随便");
        texts.put("phone", "12345");
        Map<String, String> problems = form.problems(texts);
        assertThat(problems.keySet()).containsExactly("kind", "person", "phone");
        assertThat(problems.get("person")).isEqualTo("责任人必须填写");
        assertThat(problems.get("kind")).startsWith("责任类型只能是");
        assertThat(problems.get("phone")).startsWith("联系电话格式不正确");
        assertThat(areaForm(EN).problems(texts).get("phone")).startsWith("Phone is not a phone number");

        AttributeFormModel zones = new AttributeFormModel(ZONES, FormFixtures.draft(FormFixtures.AREA_WKT), ZH);
        Map<String, String> negative = validZone();
        negative.put("tonnes", "-3");
        assertThat(zones.problems(negative)).containsExactly(Map.entry("tonnes", "清运量不能小于 0 吨"));
    }

    @Test
    void conditionalRequirementAndDateOrderLandOnTheLaterField() {
        AttributeFormModel form = areaForm(ZH);
        Map<String, String> texts = validArea();
        texts.remove("village");
        assertThat(form.problems(texts)).containsOnlyKeys("village");

        AttributeFormModel zones = new AttributeFormModel(ZONES, FormFixtures.draft(FormFixtures.AREA_WKT), ZH);
        Map<String, String> zone = validZone();
        zone.put("status", "完成");
        zone.put("start_date", "2026-05-10");
        zone.put("end_date", "2026-05-01");
        assertThat(zones.problems(zone)).containsExactly(Map.entry("end_date", "完成日期不能早于开始日期"));
        zone.put("end_date", "2026-05-20");
        assertThat(zones.problems(zone)).isEmpty();
    }

    @Test
    void aDemolitionDueDateIsComputedNotTyped() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("status", "公告");
        attributes.put("notice_date", LocalDate.of(2026, 4, 1));
        attributes.put("deadline_days", 15L);
        attributes.put("location", "解州镇东街 12 号");
        Feature site = new Feature(7, FormFixtures.wkt("POINT (111.0 35.0)"), attributes);
        AttributeFormModel form = new AttributeFormModel(SITES, site, ZH);
        assertThat(form.rowOf("due_date").orElseThrow().kind()).isEqualTo(EditorKind.DERIVED);
        assertThat(form.rowOf("due_date").orElseThrow().text()).isEqualTo("2026-04-16");
        assertThat(form.rowOf("deadline_days").orElseThrow().unit()).isEqualTo("天");
        Map<String, String> texts = new HashMap<>(form.initialTexts());
        assertThat(texts).containsEntry("deadline_days", "15").doesNotContainKey("due_date");
        texts.put("deadline_days", "30");
        assertThat(form.derivedText("due_date", texts)).isEqualTo("2026-05-01");
        assertThat(form.values(texts)).containsEntry("due_date", LocalDate.of(2026, 5, 1));
        assertThat(form.title(FormPurpose.EDIT)).isEqualTo("编辑 拆违点");
        texts.put("status", "销号");
        texts.put("outcome_date", "2026-06-01");
        assertThat(form.problems(texts).get("status")).startsWith("状态不能从 公告 改为 销号");
        texts.put("status", "自行拆除");
        assertThat(form.problems(texts)).isEmpty();
        assertThat(areaForm(ZH).title(FormPurpose.NEW)).isEqualTo("新建 责任区");
    }

    /**
     * The planner's session: closing a case without its 整改后 photo was refused only after OK, the form closed and the
     * typed 销号日期 and 销号说明 were gone. The form now says it while they can still be kept.
     */
    @Test
    void closingACaseWithoutItsAfterPhotoIsRefusedInTheForm() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("source", "群众举报");
        attributes.put("description", "村口道路两侧堆放建筑垃圾");
        attributes.put("unit", "解州镇人民政府");
        attributes.put("registered", LocalDate.of(2026, 11, 18));
        attributes.put("deadline", LocalDate.of(2026, 11, 25));
        attributes.put("status", "整改中");
        Feature supervisionCase = new Feature(1, FormFixtures.wkt("POINT (110.88 34.91)"), attributes);
        LayerInfo cases = rectimap.campaign.planning.SupervisionCaseSchema.schema().info();
        AttributeFormModel noPhoto = new AttributeFormModel(cases, supervisionCase, ZH,
                rectimap.campaign.place.DivisionPlaces.none(), FormPurpose.EDIT, caseId -> false);
        Map<String, String> texts = new HashMap<>(noPhoto.initialTexts());
        texts.put("status", "销号");
        texts.put("closed_date", "2026-12-07");
        texts.put("close_note", "已清运");
        assertThat(noPhoto.problems(texts)).containsOnlyKeys("status");
        assertThat(noPhoto.problems(texts).get("status")).startsWith("销号须至少有一张整改后照片");

        AttributeFormModel withPhoto = new AttributeFormModel(cases, supervisionCase, EN,
                rectimap.campaign.place.DivisionPlaces.none(), FormPurpose.EDIT, caseId -> caseId == 1);
        assertThat(withPhoto.problems(texts)).isEmpty();
        AttributeFormModel english = new AttributeFormModel(cases, supervisionCase, EN,
                rectimap.campaign.place.DivisionPlaces.none(), FormPurpose.EDIT, caseId -> false);
        assertThat(english.problems(texts).get("status")).startsWith("closing a case needs at least one photo");
    }

    private static Map<String, String> validZone() {
        Map<String, String> texts = new HashMap<>();
        texts.put("kind", "垃圾清理");
        texts.put("phase", CleanupZoneSchema.PHASE_WINTER);
        texts.put("status", "计划");
        return texts;
    }

    private static String plain(double value, String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
