package rectimap.ui.edit;

import java.util.List;
import java.util.Objects;
import rectimap.campaign.planning.Requirement;
import rectimap.model.FieldType;

/**
 * One row of the attribute form: the column name, its label in the UI language, the editor, the allowed values of a
 * CHOICE (empty otherwise), the unit shown beside a NUMBER ("" when none), whether it must be filled in, and the
 * initial text (the current value as typed text; for DERIVED the computed figure, e.g. "1,234 m² / 1.9 亩 / 0.12 公顷").
 */
public record FormRow(String field, String label, FieldType type, EditorKind kind, List<String> choices, String unit,
                      Requirement requirement, String text) {
    public FormRow {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        choices = List.copyOf(choices);
        unit = unit == null ? "" : unit;
        Objects.requireNonNull(requirement, "requirement");
        text = text == null ? "" : text;
    }

    public boolean isRequired() {
        return requirement == Requirement.REQUIRED;
    }

    public boolean isEditable() {
        return kind != EditorKind.DERIVED;
    }
}
