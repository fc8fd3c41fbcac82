package rectimap.ui.tools;

import rectimap.ui.DialogButtons;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import rectimap.ui.Messages;

/**
 * 输入坐标: a text area for pasted corner points, one "x,y" (EPSG:4546 metres) or "lon,lat" per line, as surveyors
 * send them; returns the text, or nothing when cancelled.
 */
public final class TypedCoordinatesDialog extends Dialog<String> {

    public TypedCoordinatesDialog(Messages messages) {
        setTitle(messages.get("typed.title"));
        setHeaderText(messages.get("typed.header"));
        TextArea text = new TextArea();
        text.setId("typedCoordinates");
        text.setPromptText("111.0012,35.0021\n111.0050,35.0021\n111.0050,35.0049\n—\n500110.5,3874825.0\n...");
        text.setPrefRowCount(10);
        getDialogPane().setContent(new VBox(6, new Label(messages.get("typed.hint")), text));
        getDialogPane().setId("typedCoordinatesDialog");
        getDialogPane().getButtonTypes().addAll(DialogButtons.ok(messages), DialogButtons.cancel(messages));
        setResultConverter(button -> DialogButtons.isOk(button) ? text.getText() : null);
    }

    /** Asks over {@code owner}; the typed text, empty when cancelled. */
    public static java.util.Optional<String> ask(javafx.stage.Window owner, Messages messages) {
        TypedCoordinatesDialog dialog = new TypedCoordinatesDialog(messages);
        dialog.initOwner(owner);
        return dialog.showAndWait();
    }
}
