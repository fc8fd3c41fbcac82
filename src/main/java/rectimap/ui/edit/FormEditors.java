package rectimap.ui.edit;

import java.time.LocalDate;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import rectimap.model.FieldType;
import rectimap.ui.Messages;

/**
 * The editor control of one form row ({@code #field-<name>}), and how to read its text back. Dates are shown and
 * read as ISO text so that a mistyped date reaches validation instead of silently vanishing. FX thread only.
 */
final class FormEditors {
    private FormEditors() {
    }

    /** A new editor for {@code row}, showing its initial text. */
    static Control create(FormRow row, Messages messages) {
        Control editor = switch (row.kind()) {
            case CHOICE -> choice(row);
            case DATE -> date(row, messages);
            case NUMBER, TEXT, PLACE -> new TextField(row.text());
            case DERIVED -> derived(row, messages);
        };
        editor.setId("field-" + row.field());
        if (row.kind() == EditorKind.PLACE) {
            ((TextField) editor).setPromptText(messages.get("form.placePrompt"));
        }
        if (row.kind() != EditorKind.CHOICE && row.kind() != EditorKind.DERIVED) {
            editor.setPrefWidth(240);
        }
        return editor;
    }

    /** The text as entered ("" for an empty editor); a derived label's figure. */
    static String text(Control editor) {
        if (editor instanceof ComboBox<?> combo) {
            Object value = combo.getValue();
            return value == null ? "" : value.toString();
        }
        if (editor instanceof DatePicker picker) {
            return picker.getEditor().getText();
        }
        if (editor instanceof TextInputControl input) {
            return input.getText();
        }
        return editor instanceof Label label ? label.getText() : "";
    }

    /** What changes when the user edits the control. */
    static ObservableValue<?> changes(Control editor) {
        if (editor instanceof ComboBox<?> combo) {
            return combo.valueProperty();
        }
        if (editor instanceof DatePicker picker) {
            return picker.getEditor().textProperty();
        }
        return editor instanceof TextInputControl input ? input.textProperty() : null;
    }

    private static ComboBox<String> choice(FormRow row) {
        ComboBox<String> combo = new ComboBox<>(FXCollections.observableArrayList(row.choices()));
        if (!row.isRequired()) {
            // An optional enumeration must be clearable.
            combo.getItems().add(0, "");
        }
        if (!row.text().isEmpty() && !row.choices().contains(row.text())) {
            // An imported value outside the list stays visible; validation names it.
            combo.getItems().add(row.text());
        }
        combo.setValue(row.text().isEmpty() ? null : row.text());
        combo.setPrefWidth(240);
        combo.setVisibleRowCount(8);
        return combo;
    }

    private static DatePicker date(FormRow row, Messages messages) {
        DatePicker picker = new DatePicker();
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return ValueText.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return ValueText.parse(FieldType.DATE, text).value() instanceof LocalDate date ? date : null;
            }
        });
        picker.setPromptText(messages.get("form.datePrompt"));
        picker.getEditor().setText(row.text());
        if (ValueText.parse(FieldType.DATE, row.text()).value() instanceof LocalDate date) {
            picker.setValue(date);
        }
        return picker;
    }

    private static Label derived(FormRow row, Messages messages) {
        Label label = new Label(row.text());
        label.getStyleClass().add("derived-value");
        label.setTooltip(new Tooltip(messages.get("form.derivedTip")));
        return label;
    }
}
