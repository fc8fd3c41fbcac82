package rectimap.campaign.planning;

import java.util.List;
import rectimap.model.Derivation;
import rectimap.model.Field;
import rectimap.model.FieldType;
import rectimap.model.GeometryKind;

/**
 * 整治片区: cleanup work, counted in places (处), tonnes, m² and km, per campaign phase. A zone is either a site
 * (stored as a POINT, e.g. one garbage heap) or an area (stored as a MULTIPOLYGON, e.g. a stretch of walls to
 * beautify) in one GEOMETRY column: both count in the same ledger, and GeoPackage allows the generic type. Lines,
 * multipoints and collections are refused so that readers can rely on "point or multipolygon".
 * {@code area_m2} is the drawn area (null for a point); {@code area_m2_work} is the typed work quantity, which may
 * differ (walls are vertical).
 */
public final class CleanupZoneSchema {
    public static final String TABLE = "cleanup_zone";
    public static final String PHASE_OFFENSIVE = "攻坚行动";
    public static final String PHASE_WINTER = "冬季行动";

    private CleanupZoneSchema() {
    }

    public static PlanningSchema schema() {
        List<Field> fields = List.of(new Field("kind", FieldType.TEXT), new Field("phase", FieldType.TEXT),
                new Field("status", FieldType.TEXT), new Field("places", FieldType.INTEGER),
                new Field("tonnes", FieldType.REAL), new Field("area_m2_work", FieldType.REAL),
                new Field("km", FieldType.REAL), new Field("start_date", FieldType.DATE),
                new Field("end_date", FieldType.DATE), new Field("unit", FieldType.TEXT),
                new Field("note", FieldType.TEXT), new Field("area_m2", FieldType.REAL, Derivation.AREA_M2));
        List<FieldRule> rules = List.of(
                FieldRule.of("kind", "整治类型", "Kind").required()
                        .withChoices("垃圾清理", "建筑垃圾", "墙面美化", "道路整修", "绿化", "污水治理", "残墙断壁"),
                FieldRule.of("phase", "行动阶段", "Campaign phase").required().withChoices(PHASE_OFFENSIVE, PHASE_WINTER),
                FieldRule.of("status", "进度", "Status").required().withChoices("计划", "进行中", "完成", "验收"),
                FieldRule.of("places", "处数", "Places").withRange(NumberRange.atLeast(0)).withUnit("处"),
                FieldRule.of("tonnes", "清运量", "Tonnes").withRange(NumberRange.atLeast(0)).withUnit("吨"),
                FieldRule.of("area_m2_work", "整治面积", "Work area").withRange(NumberRange.atLeast(0)).withUnit("m²"),
                FieldRule.of("km", "整治里程", "Length of work").withRange(NumberRange.atLeast(0)).withUnit("km"),
                FieldRule.of("start_date", "开始日期", "Start date"),
                FieldRule.of("end_date", "完成日期", "End date"),
                FieldRule.of("unit", "责任单位", "Responsible unit"),
                FieldRule.of("note", "备注", "Note"),
                FieldRule.of("area_m2", "图斑面积", "Drawn area").withUnit("m²"));
        List<RequiredWhen> requiredWhen = List.of(
                RequiredWhen.of("start_date", "status", "进行中", "完成", "验收"),
                RequiredWhen.of("end_date", "status", "完成", "验收"));
        return new PlanningSchema(PlanningSchema.planningLayer(TABLE, "整治片区", GeometryKind.GEOMETRY, fields,
                "规划员绘制的整治片区（点或面）"), rules, requiredWhen, List.of(new DateOrder("start_date", "end_date")),
                List.of(GeometryKind.POINT, GeometryKind.MULTIPOLYGON));
    }
}
