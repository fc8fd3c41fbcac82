package rectimap.campaign.planning;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import rectimap.model.AttributeProblem;
import rectimap.model.Field;

/** Checks a set of attribute values against one {@link PlanningSchema}; see {@link PlanningSchemas#validate}. */
final class AttributeValidation {
    private final PlanningSchema schema;
    /** At most one problem per field: the first found is the one to fix first. */
    private final Map<String, AttributeProblem> problems = new LinkedHashMap<>();

    AttributeValidation(PlanningSchema schema) {
        this.schema = schema;
    }

    List<AttributeProblem> problems(Map<String, Object> values) {
        for (String column : values.keySet()) {
            if (schema.type().field(column).isEmpty()) {
                add(column, "没有字段 " + column, "there is no field " + column);
            }
        }
        for (Field field : schema.type().fields()) {
            if (!field.isDerived()) {
                schema.rule(field.name()).ifPresent(rule -> checkValue(field, rule, values.get(field.name())));
            }
        }
        for (RequiredWhen when : schema.requiredWhen()) {
            Object condition = values.get(when.whenField());
            if (condition != null && when.whenValues().contains(condition.toString())
                    && isEmpty(values.get(when.field()))) {
                add(when.field(), label(when.field()) + "必须填写（" + schema.labelZh(when.whenField()) + "为 "
                                + condition + " 时）",
                        schema.labelEn(when.field()) + " is required when " + schema.labelEn(when.whenField())
                                + " is " + condition);
            }
        }
        for (DateOrder order : schema.dateOrders()) {
            if (values.get(order.earlierField()) instanceof LocalDate earlier
                    && values.get(order.laterField()) instanceof LocalDate later && later.isBefore(earlier)) {
                add(order.laterField(), label(order.laterField()) + "不能早于" + label(order.earlierField()),
                        schema.labelEn(order.laterField()) + " must not be before "
                                + schema.labelEn(order.earlierField()));
            }
        }
        checkDueDate(values);
        return List.copyOf(problems.values());
    }

    private void checkValue(Field field, FieldRule rule, Object value) {
        if (isEmpty(value)) {
            if (rule.isRequired()) {
                add(field.name(), rule.labelZh() + "必须填写", rule.labelEn() + " is required");
            }
            return;
        }
        switch (field.type()) {
            case TEXT -> checkText(rule, value);
            case INTEGER -> checkNumber(rule, value, value instanceof Long, "整数", "a whole number");
            case REAL -> checkNumber(rule, value, value instanceof Number, "数字", "a number");
            case DATE -> {
                if (!(value instanceof LocalDate)) {
                    add(rule.field(), rule.labelZh() + "应为日期", rule.labelEn() + " must be a date");
                }
            }
        }
    }

    private void checkText(FieldRule rule, Object value) {
        if (!(value instanceof String text)) {
            add(rule.field(), rule.labelZh() + "应为文字", rule.labelEn() + " must be text");
        } else if (rule.isEnumeration() && !rule.choices().contains(text)) {
            add(rule.field(), rule.labelZh() + "只能是 " + String.join("、", rule.choices()),
                    rule.labelEn() + " must be one of " + String.join(", ", rule.choices()));
        } else if (!rule.format().accepts(text)) {
            add(rule.field(), rule.labelZh() + rule.format().problemZh(),
                    rule.labelEn() + " " + rule.format().problemEn());
        }
    }

    private void checkNumber(FieldRule rule, Object value, boolean rightType, String typeZh, String typeEn) {
        if (!rightType) {
            add(rule.field(), rule.labelZh() + "应为" + typeZh, rule.labelEn() + " must be " + typeEn);
            return;
        }
        double number = ((Number) value).doubleValue();
        NumberRange range = rule.range();
        if (range == null || range.contains(number)) {
            return;
        }
        String unit = rule.unit().isEmpty() ? "" : " " + rule.unit();
        if (range.bounded()) {
            add(rule.field(), rule.labelZh() + "应在 " + plain(range.min()) + " 到 " + plain(range.max()) + unit + " 之间",
                    rule.labelEn() + " must be between " + plain(range.min()) + " and " + plain(range.max()) + unit);
        } else {
            add(rule.field(), rule.labelZh() + "不能小于 " + plain(range.min()) + unit,
                    rule.labelEn() + " must be at least " + plain(range.min()) + unit);
        }
    }

    /** A stored due date must be the computed one, so that a ledger never shows a stale deadline. */
    private void checkDueDate(Map<String, Object> values) {
        if (schema.type().field("due_date").isEmpty() || !(values.get("due_date") instanceof LocalDate due)) {
            return;
        }
        LocalDate computed = values.get("notice_date") instanceof LocalDate notice
                && values.get("deadline_days") instanceof Long days ? DemolitionLifecycle.dueDate(notice, days) : null;
        if (!Objects.equals(due, computed)) {
            add("due_date", label("due_date") + "应为公告日期加限期天数" + (computed == null ? "" : "（" + computed + "）"),
                    "the due date must be the notice date plus the deadline days"
                            + (computed == null ? "" : " (" + computed + ")"));
        }
    }

    private String label(String field) {
        return schema.labelZh(field);
    }

    private void add(String field, String reasonZh, String reasonEn) {
        problems.putIfAbsent(field, new AttributeProblem(field, reasonZh, reasonEn));
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof String text && text.isBlank();
    }

    /** 0 rather than 0.0 in messages. */
    private static String plain(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }
}
