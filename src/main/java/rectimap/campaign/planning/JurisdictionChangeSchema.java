package rectimap.campaign.planning;

import java.util.List;
import rectimap.model.Field;
import rectimap.model.FieldType;
import rectimap.model.GeometryKind;

/**
 * 村隶属调整: one village moved from one township to another on an effective date (a POINT at the village, so the
 * change shows where it happened). Codes are the 12-digit division codes; names are kept beside them as recorded.
 * Read by {@code rectimap.campaign.jurisdiction.JurisdictionHistory}.
 */
public final class JurisdictionChangeSchema {
    public static final String TABLE = "jurisdiction_change";

    private JurisdictionChangeSchema() {
    }

    public static PlanningSchema schema() {
        List<Field> fields = List.of(new Field("village_code", FieldType.TEXT), new Field("village", FieldType.TEXT),
                new Field("from_code", FieldType.TEXT), new Field("from_township", FieldType.TEXT),
                new Field("to_code", FieldType.TEXT), new Field("to_township", FieldType.TEXT),
                new Field("effective", FieldType.DATE), new Field("note", FieldType.TEXT));
        List<FieldRule> rules = List.of(
                FieldRule.of("village_code", "村代码", "Village code").required(),
                FieldRule.of("village", "村（社区）", "Village").required(),
                FieldRule.of("from_code", "原乡镇代码", "From township code").required(),
                FieldRule.of("from_township", "原乡镇", "From township"),
                FieldRule.of("to_code", "新乡镇代码", "To township code").required(),
                FieldRule.of("to_township", "新乡镇", "To township"),
                FieldRule.of("effective", "生效日期", "Effective from").required(),
                FieldRule.of("note", "备注", "Note"));
        return new PlanningSchema(PlanningSchema.planningLayer(TABLE, "村隶属调整", GeometryKind.POINT, fields,
                "村（社区）调整隶属乡镇的记录"), rules, List.of(), List.of(), List.of(GeometryKind.POINT));
    }
}
