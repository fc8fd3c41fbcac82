package rectimap.campaign.planning;

import java.util.List;
import rectimap.model.Derivation;
import rectimap.model.Field;
import rectimap.model.FieldType;
import rectimap.model.GeometryKind;

/** 道路责任段: a department answers for a road from one place to another (部门包段). Lines stored as MULTILINESTRING. */
public final class RoadResponsibilitySchema {
    public static final String TABLE = "road_responsibility";

    private RoadResponsibilitySchema() {
    }

    public static PlanningSchema schema() {
        List<Field> fields = List.of(new Field("road", FieldType.TEXT), new Field("department", FieldType.TEXT),
                new Field("from_place", FieldType.TEXT), new Field("to_place", FieldType.TEXT),
                new Field("length_m", FieldType.REAL, Derivation.LENGTH_M), new Field("note", FieldType.TEXT));
        List<FieldRule> rules = List.of(
                FieldRule.of("road", "道路名称", "Road").required(),
                FieldRule.of("department", "责任部门", "Department").required(),
                FieldRule.of("from_place", "起点", "From"),
                FieldRule.of("to_place", "终点", "To"),
                FieldRule.of("length_m", "长度", "Length").withUnit("m"),
                FieldRule.of("note", "备注", "Note"));
        return new PlanningSchema(PlanningSchema.planningLayer(TABLE, "道路责任段", GeometryKind.MULTILINESTRING,
                fields, "规划员绘制的道路责任段"), rules, List.of(), List.of(),
                List.of(GeometryKind.MULTILINESTRING));
    }
}
