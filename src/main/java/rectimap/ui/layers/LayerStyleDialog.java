package rectimap.ui.layers;

import rectimap.ui.DialogButtons;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import rectimap.model.Field;
import rectimap.model.GeometryKind;
import rectimap.model.MapLayer;
import rectimap.model.style.ClassColouring;
import rectimap.model.style.LayerStyle;
import rectimap.model.style.Rgba;
import rectimap.model.style.StyleChoice;
import rectimap.ui.FxFonts;
import rectimap.ui.MainWindow;
import rectimap.ui.Messages;

/**
 * A layer's style dialog (dialog pane {@code #styleDialog}), kept small: fill colour {@code #styleFill} and opacity
 * {@code #styleFillOpacity}, outline colour {@code #styleOutline} and width in mm {@code #styleOutlineWidth}, point
 * size in mm {@code #stylePointSize} (point layers), labels {@code #styleLabels} with the field
 * {@code #styleLabelField}, and for a classified style {@code #styleByClass}. The result is the new style, built by
 * {@link StyleChoice#applyTo}; empty when cancelled or nothing changed. FX thread only.
 */
public final class LayerStyleDialog extends Dialog<LayerStyle> {
    private final LayerStyle current;
    private final StyleChoice was;
    private final ColorPicker fill;
    private final Slider fillOpacity;
    private final ColorPicker outline;
    private final Spinner<Double> outlineWidth;
    private final Spinner<Double> pointSize;
    private final CheckBox labels;
    private final ComboBox<String> labelField = new ComboBox<>();
    private final CheckBox byClass;

    public LayerStyleDialog(MapLayer layer, Messages messages) {
        current = layer.style();
        was = StyleChoice.of(current);
        setTitle(messages.format("style.title", layer.info().title()));
        getDialogPane().setId("styleDialog");
        getDialogPane().getStylesheets().add(MainWindow.class.getResource("theme.css").toExternalForm());
        // A dialog is its own window: without the CJK family, Chinese field names would fall back to boxes.
        FxFonts.discover().applyTo(getDialogPane());
        fill = new ColorPicker(StyleColours.toFx(was.fill().withAlpha(1)));
        fill.setId("styleFill");
        fillOpacity = new Slider(0, 1, was.fill().alpha());
        fillOpacity.setId("styleFillOpacity");
        Label opacityText = new Label();
        opacityText.textProperty().bind(fillOpacity.valueProperty().multiply(100).asString("%.0f %%"));
        outline = new ColorPicker(StyleColours.toFx(was.outline()));
        outline.setId("styleOutline");
        outlineWidth = millimetres("styleOutlineWidth", 0, 10, was.outlineWidthMm(), 0.1);
        pointSize = millimetres("stylePointSize", 0, 30, was.pointSizeMm(), 0.5);
        GeometryKind kind = layer.info().type().geometryKind();
        // Points, or a layer that may hold points (拆违点 is points or polygons).
        pointSize.setDisable(kind.isAreal() || kind.isLineal());
        labels = new CheckBox(messages.get("style.labels"));
        labels.setId("styleLabels");
        labels.setSelected(was.labelField() != null);
        labelField.setId("styleLabelField");
        layer.info().type().fields().stream().map(Field::name).forEach(labelField.getItems()::add);
        labelField.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? "" : messages.fieldLabel(name);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        labelField.setValue(was.labelField() != null ? was.labelField()
                : labelField.getItems().isEmpty() ? null : labelField.getItems().get(0));
        labelField.disableProperty().bind(labels.selectedProperty().not());
        byClass = new CheckBox(messages.format("style.byClass", current.classField() == null ? ""
                : messages.fieldLabel(current.classField())));
        byClass.setId("styleByClass");
        byClass.setSelected(was.colouring() == ClassColouring.BY_CLASS);
        byClass.setVisible(!current.classes().isEmpty());
        byClass.setManaged(!current.classes().isEmpty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("style.fill")), fill);
        grid.addRow(1, new Label(messages.get("style.fillOpacity")), fillOpacity, opacityText);
        grid.addRow(2, new Label(messages.get("style.outline")), outline);
        grid.addRow(3, new Label(messages.get("style.outlineWidth")), outlineWidth);
        grid.addRow(4, new Label(messages.get("style.pointSize")), pointSize);
        grid.addRow(5, labels, labelField);
        grid.add(byClass, 0, 6, 3, 1);
        getDialogPane().setContent(grid);
        ButtonType okType = DialogButtons.addOkCancel(getDialogPane(), messages, "styleOk", "styleCancel");
        setResultConverter(button -> button == okType ? chosen() : null);
    }

    /** The style as the controls say now (the current style when nothing was touched). */
    public LayerStyle chosen() {
        Rgba picked = StyleColours.fromFx(fill.getValue(), was.fill().withAlpha(1));
        ClassColouring colouring = current.classes().isEmpty() || !byClass.isSelected()
                ? ClassColouring.SINGLE : ClassColouring.BY_CLASS;
        StyleChoice choice = new StyleChoice(picked.withAlpha(fillOpacity.getValue()),
                StyleColours.fromFx(outline.getValue(), was.outline()), outlineWidth.getValue(), pointSize.getValue(),
                labels.isSelected() ? labelField.getValue() : null, colouring);
        return choice.applyTo(current);
    }

    /** The new style, or empty when cancelled or when it would change nothing. */
    public Optional<LayerStyle> ask() {
        return showAndWait().filter(style -> !style.equals(current));
    }

    private static Spinner<Double> millimetres(String id, double min, double max, double initial, double step) {
        Spinner<Double> spinner = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max,
                Math.min(max, Math.max(min, initial)), step));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        return spinner;
    }
}
