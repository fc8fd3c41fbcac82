package rectimap.ui;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import rectimap.ui.search.SearchBoxView;

/** The tool bar: full extent, zoom in/out, a scale box that takes a typed 1:N, and the place search. */
final class ToolBarView extends ToolBar {
    private static final String[] NICE_SCALES = {
        "1:1,000", "1:2,000", "1:5,000", "1:10,000", "1:25,000", "1:50,000", "1:100,000", "1:250,000", "1:500,000"};
    private final ComboBox<String> scaleBox = new ComboBox<>();

    ToolBarView(Messages messages, SearchBoxView search, Runnable fullExtent, Runnable zoomIn, Runnable zoomOut,
                Consumer<String> typedScale) {
        setId("toolBar");
        Button full = button("btnFullExtent", "⤢ " + messages.get("tool.fullExtent"), fullExtent);
        Button in = button("btnZoomIn", "＋", zoomIn);
        in.setTooltip(new Tooltip(messages.get("tool.zoomIn")));
        Button out = button("btnZoomOut", "－", zoomOut);
        out.setTooltip(new Tooltip(messages.get("tool.zoomOut")));
        scaleBox.setId("scaleBox");
        scaleBox.setEditable(true);
        scaleBox.getItems().addAll(NICE_SCALES);
        scaleBox.setPrefWidth(130);
        scaleBox.setPromptText(messages.get("scale.prompt"));
        scaleBox.setOnAction(e -> {
            String value = scaleBox.getEditor().getText();
            if (value != null && !value.isBlank()) {
                typedScale.accept(value);
            }
        });
        getItems().addAll(full, in, out, new Separator(), new Label(messages.get("tool.scale")), scaleBox,
                new Separator(), search);
    }

    /** Shows the current scale, 1:{@code denominator} ("1:25,000"), in the box without triggering a zoom. */
    void showScale(double denominator) {
        String text = "1:" + FixedDecimal.format(denominator, "#,##0");
        // Not set again when the same (a pan keeps the scale): setting a text field's text redoes its selection and
        // layout on the FX thread at every step of the pan.
        if (!scaleBox.getEditor().isFocused() && !text.equals(scaleBox.getEditor().getText())) {
            scaleBox.getEditor().setText(text);
        }
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
