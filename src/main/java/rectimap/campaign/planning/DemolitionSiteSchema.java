package rectimap.campaign.planning;

import java.util.List;
import rectimap.model.Derivation;
import rectimap.model.Field;
import rectimap.model.FieldType;
import rectimap.model.GeometryKind;

/**
 * 拆违点: an illegal or derelict building to remove, followed through its {@link DemolitionLifecycle}. A site is a
 * POINT or, when its footprint is drawn, a MULTIPOLYGON (one GEOMETRY column, as in {@link CleanupZoneSchema}).
 * {@code due_date} is computed (notice date + deadline days), {@code area_m2} is the drawn footprint (null for a
 * point) and {@code building_m2} the typed building area.
 */
public final class DemolitionSiteSchema {
    public static final String TABLE = "demolition_site";

    private DemolitionSiteSchema() {
    }

    public static PlanningSchema schema() {
        List<Field> fields = List.of(new Field("status", FieldType.TEXT), new Field("notice_date", FieldType.DATE),
                new Field("deadline_days", FieldType.INTEGER), new Field("due_date", FieldType.DATE),
                new Field("building_m2", FieldType.REAL), new Field("location", FieldType.TEXT),
                new Field("outcome_date", FieldType.DATE), new Field("note", FieldType.TEXT),
                new Field("area_m2", FieldType.REAL, Derivation.AREA_M2));
        List<FieldRule> rules = List.of(
                FieldRule.of("status", "状态", "Status").required().withChoices(DemolitionStatus.labels()),
                FieldRule.of("notice_date", "公告日期", "Notice date"),
                FieldRule.of("deadline_days", "限期", "Deadline").withRange(new NumberRange(0, 3650)).withUnit("天"),
                FieldRule.of("due_date", "到期日期", "Due date"),
                FieldRule.of("building_m2", "建筑面积", "Building area").withRange(NumberRange.atLeast(0))
                        .withUnit("m²"),
                FieldRule.of("location", "位置描述", "Location").required(),
                FieldRule.of("outcome_date", "办结日期", "Outcome date"),
                FieldRule.of("note", "备注", "Note"),
                FieldRule.of("area_m2", "占地面积", "Footprint").withUnit("m²"));
        String[] noticed = {"公告", "自行拆除", "强制拆除", "司法程序", "销号"};
        List<RequiredWhen> requiredWhen = List.of(
                RequiredWhen.of("notice_date", "status", noticed),
                RequiredWhen.of("deadline_days", "status", noticed),
                RequiredWhen.of("outcome_date", "status", "自行拆除", "强制拆除", "销号"));
        return new PlanningSchema(PlanningSchema.planningLayer(TABLE, "拆违点", GeometryKind.GEOMETRY, fields,
                "规划员标注的拆违点（点或面）"), rules, requiredWhen,
                List.of(new DateOrder("notice_date", "outcome_date"), new DateOrder("notice_date", "due_date")),
                List.of(GeometryKind.POINT, GeometryKind.MULTIPOLYGON));
    }
}
