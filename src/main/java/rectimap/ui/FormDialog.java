package rectimap.ui;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * A small modal form: a title and a header, rows of a label and its field, then 确定 and 取消 from
 * {@link DialogButtons}. Built in a chain, shown by {@link #ask}. Label, title and header texts are message keys.
 * FX application thread only.
 */
public final class FormDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final GridPane grid = new GridPane();
    private final Messages messages;
    private final ButtonType ok;
    private int rows;

    /**
     * A form over {@code owner} (may be null) whose pane has the id {@code id}, titled by the message
     * {@code titleKey} with the header {@code headerKey}.
     */
    public FormDialog(Window owner, Messages messages, String id, String titleKey, String headerKey) {
        this.messages = messages;
        dialog.initOwner(owner);
        dialog.setTitle(messages.get(titleKey));
        dialog.setHeaderText(messages.get(headerKey));
        dialog.getDialogPane().setId(id);
        grid.setHgap(8);
        grid.setVgap(8);
        dialog.getDialogPane().setContent(grid);
        ok = DialogButtons.ok(messages);
        dialog.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel(messages));
    }

    /** Adds a row: the label {@code labelKey} and {@code field} beside it. */
    public FormDialog row(String labelKey, Node field) {
        grid.addRow(rows++, new Label(messages.get(labelKey)), field);
        return this;
    }

    /** Adds a row of {@code node} alone across both columns (a note under the fields). */
    public FormDialog wide(Node node) {
        grid.add(node, 0, rows++, 2, 1);
        return this;
    }

    /** Gives 确定 the id {@code id} (a test selector). */
    public FormDialog okId(String id) {
        dialog.getDialogPane().lookupButton(ok).setId(id);
        return this;
    }

    /** Enables 确定 only while {@code valid} holds. */
    public FormDialog okWhen(ObservableBooleanValue valid) {
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(javafx.beans.binding.Bindings.not(valid));
        return this;
    }

    /** Puts the keyboard in {@code field} once the form shows. */
    public FormDialog focus(Node field) {
        dialog.setOnShown(e -> field.requestFocus());
        return this;
    }

    /** Shows the form and waits: {@code answer}'s value when the user chose 确定, else empty (cancelled, closed). */
    public <T> Optional<T> ask(Supplier<T> answer) {
        return dialog.showAndWait().filter(DialogButtons::isOk).map(button -> answer.get());
    }
}
