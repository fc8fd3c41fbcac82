package rectimap.campaign.planning;

import java.util.List;
import java.util.Objects;

/**
 * What the attribute form and validation need to know about one field of a planning layer: its labels, whether it
 * is required, the allowed values of an enumeration (empty when free), the range of a number (null when any), the
 * shape of a text and the unit shown beside a number ("" when none, else e.g. "m²", "吨", "处", "天").
 * Built with the {@code with…} methods from {@link #of}.
 */
public record FieldRule(String field, String labelZh, String labelEn, Requirement requirement, List<String> choices,
                        NumberRange range, TextFormat format, String unit) implements rectimap.model.Bilingual {
    public FieldRule {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(labelZh, "labelZh");
        Objects.requireNonNull(labelEn, "labelEn");
        Objects.requireNonNull(requirement, "requirement");
        choices = List.copyOf(choices);
        Objects.requireNonNull(format, "format");
        unit = unit == null ? "" : unit;
    }

    /** The Chinese label of the field ({@link #labelZh}). */
    @Override
    public String label() {
        return labelZh;
    }

    /** An optional free field with these labels. */
    public static FieldRule of(String field, String labelZh, String labelEn) {
        return new FieldRule(field, labelZh, labelEn, Requirement.OPTIONAL, List.of(), null, TextFormat.FREE, "");
    }

    public FieldRule required() {
        return new FieldRule(field, labelZh, labelEn, Requirement.REQUIRED, choices, range, format, unit);
    }

    /** An enumeration: only these values (in this order in the dropdown). */
    public FieldRule withChoices(String... allowed) {
        return new FieldRule(field, labelZh, labelEn, requirement, List.of(allowed), range, format, unit);
    }

    public FieldRule withRange(NumberRange allowed) {
        return new FieldRule(field, labelZh, labelEn, requirement, choices, allowed, format, unit);
    }

    public FieldRule withFormat(TextFormat shape) {
        return new FieldRule(field, labelZh, labelEn, requirement, choices, range, shape, unit);
    }

    public FieldRule withUnit(String shownUnit) {
        return new FieldRule(field, labelZh, labelEn, requirement, choices, range, format, shownUnit);
    }

    public boolean isRequired() {
        return requirement == Requirement.REQUIRED;
    }

    public boolean isEnumeration() {
        return !choices.isEmpty();
    }
}
