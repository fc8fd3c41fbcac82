package rectimap.campaign.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rectimap.model.AttributeProblem;
import rectimap.model.Derivation;
import rectimap.model.FeatureType;
import rectimap.model.Field;
import rectimap.model.GeometryKind;
import rectimap.model.LayerRole;
import rectimap.model.Provenance;

class PlanningSchemasTest {
    private static final FeatureType AREA = ResponsibilityAreaSchema.schema().type();
    private static final FeatureType CLEANUP = CleanupZoneSchema.schema().type();
    private static final FeatureType SITE = DemolitionSiteSchema.schema().type();

    private static Map<String, Object> values(Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }

    private static Map<String, String> byField(List<AttributeProblem> problems) {
        Map<String, String> reasons = new LinkedHashMap<>();
        problems.forEach(p -> reasons.put(p.field(), p.reasonZh()));
        return reasons;
    }

    @Test
    void thePlanningLayersArePlanningLayersInCgcs2000WithAsciiColumnsAndChineseTitles() {
        assertThat(PlanningSchemas.all()).extracting(s -> s.info().title())
                .containsExactly("责任区", "道路责任段", "整治片区", "拆违点", "督办件", "村隶属调整");
        assertThat(PlanningSchemas.all()).extracting(s -> s.type().geometryKind()).containsExactly(
                GeometryKind.MULTIPOLYGON, GeometryKind.MULTILINESTRING, GeometryKind.GEOMETRY, GeometryKind.GEOMETRY,
                GeometryKind.POINT, GeometryKind.POINT);
        for (PlanningSchema schema : PlanningSchemas.all()) {
            assertThat(schema.info().role()).isEqualTo(LayerRole.PLANNING);
            assertThat(schema.info().provenance()).isEqualTo(Provenance.SURVEYED);
            assertThat(schema.info().srid()).isEqualTo(4490);
            assertThat(schema.type().fields()).extracting(Field::name).allMatch(n -> n.matches("[a-z][a-z0-9_]*"));
            assertThat(schema.rules()).extracting(FieldRule::field)
                    .containsExactlyElementsOf(schema.type().fields().stream().map(Field::name).toList());
            assertThat(schema.rules()).allMatch(r -> r.labelZh().codePoints().anyMatch(c -> c > 0x4e00));
        }
        assertThat(AREA.field("area_m2").orElseThrow().derivation()).isEqualTo(Derivation.AREA_M2);
        assertThat(AREA.field("area_mu").orElseThrow().derivation()).isEqualTo(Derivation.AREA_MU);
        assertThat(RoadResponsibilitySchema.schema().type().field("length_m").orElseThrow().derivation())
                .isEqualTo(Derivation.LENGTH_M);
    }

    @Test
    void aCompleteCadreAreaIsValid() {
        Map<String, Object> cadre = values("kind", "乡镇干部包村", "person", "李某", "unit", "解州镇人民政府",
                "phone", "0359-2688123", "township", "解州镇", "village", "西关村", "since", LocalDate.of(2026, 3, 1));

        assertThat(PlanningSchemas.validate(AREA, cadre)).isEmpty();
    }

    @Test
    void missingValuesUnknownKindsAndBadPhonesAreNamedWithTheirFields() {
        Map<String, Object> bad = values("kind", "包干区", "person", " ", "phone", "2688123");

        List<AttributeProblem> problems = PlanningSchemas.validate(AREA, bad);

        assertThat(byField(problems)).containsExactly(
                Map.entry("kind", "责任类型只能是 区领导包乡镇、部门包路段、乡镇干部包村、保洁公司服务区、巡逻片区"),
                Map.entry("person", "责任人必须填写"),
                Map.entry("phone", "联系电话格式不正确（手机号 11 位，或 区号-号码，如 0359-2688123）"));
        assertThat(problems.get(1).reasonEn()).isEqualTo("Responsible person is required");
    }

    @Test
    void phoneNumbersOfMobilesAndLandlinesAreAccepted() {
        for (String phone : List.of("13912345678", "0359-2688123", "03592688123", "0359-2688123-801")) {
            assertThat(PlanningSchemas.validate(AREA, values("kind", "巡逻片区", "person", "王某", "phone", phone)))
                    .as(phone).isEmpty();
        }
        for (String phone : List.of("1391234567", "12912345678", "0359 2688123", "电话")) {
            assertThat(byField(PlanningSchemas.validate(AREA, values("kind", "巡逻片区", "person", "王某",
                    "phone", phone)))).as(phone).containsOnlyKeys("phone");
        }
    }

    @Test
    void aCadreAreaNeedsItsVillageAndTownship() {
        List<AttributeProblem> problems = PlanningSchemas.validate(AREA,
                values("kind", "乡镇干部包村", "person", "李某"));

        assertThat(byField(problems)).containsExactly(
                Map.entry("township", "乡镇（街道）必须填写（责任类型为 乡镇干部包村 时）"),
                Map.entry("village", "村（社区）必须填写（责任类型为 乡镇干部包村 时）"));
        assertThat(problems.get(1).reasonEn()).isEqualTo("Village is required when Kind is 乡镇干部包村");
    }

    @Test
    void quantitiesMustNotBeNegativeAndDatesMustBeInOrder() {
        Map<String, Object> zone = values("kind", "垃圾清理", "phase", "冬季行动", "status", "完成",
                "places", -3L, "tonnes", 12.5, "start_date", LocalDate.of(2026, 12, 10),
                "end_date", LocalDate.of(2026, 12, 1));

        assertThat(byField(PlanningSchemas.validate(CLEANUP, zone))).containsExactly(
                Map.entry("places", "处数不能小于 0 处"),
                Map.entry("end_date", "完成日期不能早于开始日期"));
    }

    @Test
    void wrongValueTypesAndUnknownColumnsAreRefused() {
        Map<String, Object> zone = values("kind", "绿化", "phase", "攻坚行动", "status", "计划",
                "places", 2.5, "tonnes", "十吨", "start_date", "2026-05-01", "colour", "red");

        assertThat(byField(PlanningSchemas.validate(CLEANUP, zone))).containsExactly(
                Map.entry("colour", "没有字段 colour"),
                Map.entry("places", "处数应为整数"),
                Map.entry("tonnes", "清运量应为数字"),
                Map.entry("start_date", "开始日期应为日期"));
    }

    @Test
    void aDemolitionNoticeNeedsItsDateAndDeadlineAndAConsistentDueDate() {
        assertThat(byField(PlanningSchemas.validate(SITE, values("status", "公告", "location", "北相镇"))))
                .containsExactly(Map.entry("notice_date", "公告日期必须填写（状态为 公告 时）"),
                        Map.entry("deadline_days", "限期必须填写（状态为 公告 时）"));

        Map<String, Object> stale = values("status", "公告", "location", "北相镇", "notice_date",
                LocalDate.of(2026, 4, 1), "deadline_days", 10L, "due_date", LocalDate.of(2026, 4, 5));
        assertThat(byField(PlanningSchemas.validate(SITE, stale)))
                .containsExactly(Map.entry("due_date", "到期日期应为公告日期加限期天数（2026-04-11）"));

        Map<String, Object> negative = values("status", "公告", "location", "北相镇", "notice_date",
                LocalDate.of(2026, 4, 1), "deadline_days", -1L);
        assertThat(byField(PlanningSchemas.validate(SITE, negative)))
                .containsExactly(Map.entry("deadline_days", "限期应在 0 到 3650 天 之间"));
    }

    @Test
    void aLayerThatIsNotPlanningHasNoRules() {
        FeatureType township = new FeatureType("township", GeometryKind.MULTIPOLYGON, List.of());

        assertThat(PlanningSchemas.validate(township, values("anything", 1L))).isEmpty();
        assertThat(PlanningSchemas.rules(township)).isEmpty();
    }
}
