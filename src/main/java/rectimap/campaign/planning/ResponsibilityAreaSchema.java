package rectimap.campaign.planning;

import java.util.List;
import rectimap.model.Derivation;
import rectimap.model.Field;
import rectimap.model.FieldType;
import rectimap.model.GeometryKind;

/**
 * 责任区: who answers for which part of the district ("不留空白、消除死角"). Polygons stored as MULTIPOLYGON.
 * Areas of the same kind must not overlap (avoid-overlap clips a new one against them). {@code town_code} and
 * {@code vill_code} hold the 12-digit division codes of the chosen names (absent in files made before them).
 */
public final class ResponsibilityAreaSchema {
    public static final String TABLE = "responsibility_area";
    public static final String KIND_LEADER_TOWNSHIP = "区领导包乡镇";
    public static final String KIND_DEPARTMENT_ROAD = "部门包路段";
    public static final String KIND_CADRE_VILLAGE = "乡镇干部包村";
    public static final String KIND_CONTRACTOR = "保洁公司服务区";
    public static final String KIND_PATROL = "巡逻片区";

    private ResponsibilityAreaSchema() {
    }

    public static PlanningSchema schema() {
        List<Field> fields = List.of(new Field("kind", FieldType.TEXT), new Field("person", FieldType.TEXT),
                new Field("unit", FieldType.TEXT), new Field("phone", FieldType.TEXT),
                new Field("township", FieldType.TEXT), new Field("village", FieldType.TEXT),
                new Field("town_code", FieldType.TEXT), new Field("vill_code", FieldType.TEXT),
                new Field("since", FieldType.DATE), new Field("note", FieldType.TEXT),
                new Field("area_m2", FieldType.REAL, Derivation.AREA_M2),
                new Field("area_mu", FieldType.REAL, Derivation.AREA_MU));
        List<FieldRule> rules = List.of(
                FieldRule.of("kind", "责任类型", "Kind").required().withChoices(KIND_LEADER_TOWNSHIP,
                        KIND_DEPARTMENT_ROAD, KIND_CADRE_VILLAGE, KIND_CONTRACTOR, KIND_PATROL),
                FieldRule.of("person", "责任人", "Responsible person").required(),
                FieldRule.of("unit", "责任单位", "Responsible unit"),
                FieldRule.of("phone", "联系电话", "Phone").withFormat(TextFormat.PHONE),
                FieldRule.of("township", "乡镇（街道）", "Township"),
                FieldRule.of("village", "村（社区）", "Village"),
                FieldRule.of("town_code", "乡镇代码", "Township code"),
                FieldRule.of("vill_code", "村代码", "Village code"),
                FieldRule.of("since", "起始日期", "Since"),
                FieldRule.of("note", "备注", "Note"),
                FieldRule.of("area_m2", "面积", "Area").withUnit("m²"),
                FieldRule.of("area_mu", "面积（亩）", "Area (mu)").withUnit("亩"));
        List<RequiredWhen> requiredWhen = List.of(
                RequiredWhen.of("township", "kind", KIND_LEADER_TOWNSHIP, KIND_CADRE_VILLAGE),
                RequiredWhen.of("village", "kind", KIND_CADRE_VILLAGE),
                RequiredWhen.of("unit", "kind", KIND_DEPARTMENT_ROAD, KIND_CONTRACTOR));
        return new PlanningSchema(PlanningSchema.planningLayer(TABLE, "责任区", GeometryKind.MULTIPOLYGON, fields,
                "规划员绘制的责任区"), rules, requiredWhen, List.of(), List.of(GeometryKind.MULTIPOLYGON));
    }
}
