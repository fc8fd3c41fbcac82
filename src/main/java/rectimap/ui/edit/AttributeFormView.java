package rectimap.ui.edit;

import rectimap.ui.DialogButtons;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import rectimap.campaign.place.PlaceNames;
import rectimap.ui.Messages;

/**
 * The attribute form (dialog pane {@code #attributeForm}): one row per field of the layer, the editor
 * {@code #field-<name>}, a unit {@code #unit-<name>} beside numbers, required fields marked with *. Every edit is
 * checked through the {@link AttributeFormModel} (ControlsFX {@link ValidationSupport}, one validator per editable
 * field, all re-run on each edit since rules span fields): a wrong field carries the ControlsFX error decoration with
 * its reason as tooltip, the reason also shows under it ({@code #error-<name>}), and OK stays disabled while anything
 * is wrong. Derived figures are read-only labels. The result is the typed values of the non-derived fields (column →
 * String, Long, Double, LocalDate or null), or null when cancelled. FX thread only.
 */
public final class AttributeFormView extends Dialog<Map<String, Object>> {
    private final AttributeFormModel model;
    private final Map<String, Control> editors = new LinkedHashMap<>();
    private final Map<String, Label> errors = new LinkedHashMap<>();
    private final ValidationSupport validation = new ValidationSupport();
    /** The 乡镇 text as typed, for the village completion running off the FX thread. */
    private final AtomicReference<String> townshipText = new AtomicReference<>("");

    /**
     * Asks over {@code owner} for {@code feature}'s values on {@code layer} of {@code project}; the typed values, empty
     * when cancelled.
     */
    public static java.util.Optional<Map<String, Object>> ask(javafx.stage.Window owner, Messages messages,
            rectimap.model.Project project, rectimap.model.LayerInfo layer, rectimap.model.Feature feature,
            FormPurpose purpose, rectimap.campaign.cases.ClosingEvidence evidence) {
        AttributeFormView form = new AttributeFormView(new AttributeFormModel(layer, feature, messages,
                rectimap.campaign.place.DivisionPlaces.of(project), purpose, evidence), purpose, messages);
        form.initOwner(owner);
        return form.showAndWait();
    }

    public AttributeFormView(AttributeFormModel model, FormPurpose purpose, Messages messages) {
        this.model = model;
        setTitle(model.title(purpose));
        setResizable(true);
        getDialogPane().setId("attributeForm");
        getDialogPane().getStyleClass().add("attribute-form");
        DialogTheme.applyTo(getDialogPane(), DialogTheme.FontScope.OWN_WINDOW);
        ButtonType okType = DialogButtons.addOkCancel(getDialogPane(), messages, "formOk", "formCancel");
        Button ok = (Button) getDialogPane().lookupButton(okType);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        int line = 0;
        for (FormRow row : model.rows()) {
            grid.add(label(row, messages), 0, line);
            grid.add(editorCell(row, messages), 1, line);
            line++;
        }
        Label note = new Label(messages.get("form.requiredNote"));
        note.setId("formNote");
        note.getStyleClass().add("form-note");
        note.setWrapText(true);
        note.setMaxWidth(460);
        getDialogPane().setContent(new VBox(12, grid, note));
        // The icon (its tooltip the reason) and the red frame of edit.css's field-invalid.
        validation.setValidationDecorator(new CompoundValidationDecoration(new GraphicValidationDecoration(),
                new StyleClassValidationDecoration("field-invalid", "field-warning")));
        ok.disableProperty().bind(validation.invalidProperty());
        validation.validationResultProperty().addListener((o, was, now) -> showReasons());
        showReasons();
        setResultConverter(button -> button == okType ? model.values(texts()) : null);
        setOnShown(e -> focusFirstEditable());
    }

    /** The texts the user has entered, column → text, editable rows only. */
    public Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (FormRow row : model.rows()) {
            if (row.isEditable()) {
                texts.put(row.field(), FormEditors.text(editors.get(row.field())));
            }
        }
        return texts;
    }

    public AttributeFormModel model() {
        return model;
    }

    /** The validation handle, for tests and decorations: its result lists every current reason. */
    public ValidationSupport validation() {
        return validation;
    }

    /** Each field's reason under it (the decoration's tooltip says the same). */
    private void showReasons() {
        errors.forEach((field, label) -> {
            String reason = validation.getHighestMessage(editors.get(field)).map(ValidationMessage::getText)
                    .orElse(null);
            label.setText(reason == null ? "" : reason);
            label.setVisible(reason != null);
            label.setManaged(reason != null);
        });
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
            // A reason line makes the content taller; let the window grow instead of clipping it.
            javafx.application.Platform.runLater(getDialogPane().getScene().getWindow()::sizeToScene);
        }
    }

    private Node label(FormRow row, Messages messages) {
        Label text = new Label(row.label());
        text.setId("label-" + row.field());
        HBox box = new HBox(2, text);
        if (row.isRequired()) {
            Label mark = new Label("*");
            mark.getStyleClass().add("required-mark");
            mark.setTooltip(new Tooltip(messages.get("form.requiredTip")));
            box.getChildren().add(mark);
        }
        box.getStyleClass().add("field-label");
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    private Node editorCell(FormRow row, Messages messages) {
        Control editor = FormEditors.create(row, messages);
        editors.put(row.field(), editor);
        if (row.kind() == EditorKind.PLACE) {
            completeFromDivisions(row.field(), (TextField) editor);
        }
        HBox line = new HBox(6, editor);
        line.setAlignment(Pos.CENTER_LEFT);
        if (row.kind() == EditorKind.NUMBER && !row.unit().isEmpty()) {
            Label unit = new Label(row.unit());
            unit.setId("unit-" + row.field());
            unit.getStyleClass().add("unit-label");
            line.getChildren().add(unit);
        }
        if (!row.isEditable()) {
            return line;
        }
        Label error = new Label();
        error.setId("error-" + row.field());
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(320);
        error.setVisible(false);
        error.setManaged(false);
        errors.put(row.field(), error);
        validation.registerValidator(editor, false, (Control control, Object value) -> {
            String reason = model.problems(texts()).get(row.field());
            return reason == null ? new ValidationResult() : ValidationResult.fromError(control, reason);
        });
        FormEditors.changes(editor).addListener((obs, was, now) -> {
            refreshDerived();
            // Rules span fields (a deadline after its start, a village of the township): check them all again.
            validation.revalidate();
        });
        return new VBox(2, line, error);
    }

    /**
     * Typing in a place field offers the official names (computed off the FX thread): the township's villages for 村,
     * so the township typed so far is kept where that thread can read it.
     */
    private void completeFromDivisions(String field, TextField editor) {
        PlaceCompletion.attach(editor, field, typed -> model.placeChoices(field, typed, townshipText.get()));
        if (field.equals(PlaceNames.TOWNSHIP)) {
            townshipText.set(editor.getText());
            editor.textProperty().addListener((obs, was, now) -> townshipText.set(now));
        }
    }

    /** A computed date follows the fields it comes from while they are typed. */
    private void refreshDerived() {
        Map<String, String> texts = texts();
        for (FormRow row : model.rows()) {
            if (!row.isEditable() && editors.get(row.field()) instanceof Label figure) {
                figure.setText(model.derivedText(row.field(), texts));
            }
        }
    }

    private void focusFirstEditable() {
        model.rows().stream().filter(FormRow::isEditable).findFirst()
                .ifPresent(row -> editors.get(row.field()).requestFocus());
    }
}
