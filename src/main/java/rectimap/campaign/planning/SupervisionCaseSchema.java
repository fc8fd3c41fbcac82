package rectimap.campaign.planning;

import java.util.List;
import rectimap.campaign.cases.CaseLifecycle;
import rectimap.campaign.cases.CaseSource;
import rectimap.campaign.cases.CaseStatus;
import rectimap.campaign.cases.SupervisionCase;
import rectimap.model.Field;
import rectimap.model.FieldType;
import rectimap.model.GeometryKind;

/**
 * 督办件: a complaint or inspection finding at a place (POINT), followed through the
 * {@link rectimap.campaign.cases.CaseLifecycle}. {@code revisits} holds the revisit records, one "yyyy-MM-dd finding"
 * line each, only ever appended.
 */
public final class SupervisionCaseSchema {
    public static final String TABLE = SupervisionCase.TABLE;

    private SupervisionCaseSchema() {
    }

    public static PlanningSchema schema() {
        List<Field> fields = List.of(new Field("source", FieldType.TEXT), new Field("description", FieldType.TEXT),
                new Field("location", FieldType.TEXT), new Field("unit", FieldType.TEXT),
                new Field("township", FieldType.TEXT), new Field("town_code", FieldType.TEXT),
                new Field("registered", FieldType.DATE),
                new Field("deadline", FieldType.DATE), new Field(CaseLifecycle.STATUS, FieldType.TEXT),
                new Field(CaseLifecycle.CLOSED_DATE, FieldType.DATE), new Field(CaseLifecycle.CLOSE_NOTE, FieldType.TEXT),
                new Field(CaseLifecycle.REVISITS, FieldType.TEXT), new Field("note", FieldType.TEXT));
        List<FieldRule> rules = List.of(
                FieldRule.of("source", "来源", "Source").required().withChoices(CaseSource.labels()),
                FieldRule.of("description", "问题描述", "Description").required(),
                FieldRule.of("location", "位置描述", "Location"),
                FieldRule.of("unit", "责任单位", "Responsible unit").required(),
                FieldRule.of("township", "乡镇（街道）", "Township"),
                FieldRule.of("town_code", "乡镇代码", "Township code"),
                FieldRule.of("registered", "登记日期", "Registered").required(),
                FieldRule.of("deadline", "限期整改", "Deadline").required(),
                FieldRule.of(CaseLifecycle.STATUS, "状态", "Status").required().withChoices(CaseStatus.labels()),
                FieldRule.of(CaseLifecycle.CLOSED_DATE, "销号日期", "Closed on"),
                FieldRule.of(CaseLifecycle.CLOSE_NOTE, "销号说明", "Closing note"),
                FieldRule.of(CaseLifecycle.REVISITS, "回头看记录", "Revisits"),
                FieldRule.of("note", "备注", "Note"));
        String[] closed = {CaseStatus.CLOSED.label(), CaseStatus.REVISITED.label()};
        List<RequiredWhen> requiredWhen = List.of(
                RequiredWhen.of(CaseLifecycle.CLOSED_DATE, CaseLifecycle.STATUS, closed),
                RequiredWhen.of(CaseLifecycle.CLOSE_NOTE, CaseLifecycle.STATUS, closed));
        return new PlanningSchema(PlanningSchema.planningLayer(TABLE, "督办件", GeometryKind.POINT, fields,
                "登记的督办件（举报、督导组、中央环保督察转办、媒体曝光）"), rules, requiredWhen,
                List.of(new DateOrder("registered", "deadline"), new DateOrder("registered", CaseLifecycle.CLOSED_DATE)),
                List.of(GeometryKind.POINT));
    }
}
