package rectimap.ui.review;

import rectimap.ui.DialogButtons;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import rectimap.ui.Messages;

/**
 * Asks the user's name and unit for signing verdicts ({@code #profileDialog}: {@code #profileName},
 * {@code #profileUnit}, {@code #profileOk}); OK stays disabled while the name is empty. FX thread.
 */
final class ProfileDialog extends Dialog<ReviewerProfile> {

    private ProfileDialog(Window owner, Messages messages, ReviewerProfile start) {
        initOwner(owner);
        setTitle(messages.get("profile.title"));
        setHeaderText(messages.get("profile.header"));
        getDialogPane().setId("profileDialog");
        ButtonType okType = DialogButtons.ok(messages);
        ButtonType cancelType = DialogButtons.cancel(messages);
        getDialogPane().getButtonTypes().addAll(okType, cancelType);
        TextField name = new TextField(start.name());
        name.setId("profileName");
        TextField unit = new TextField(start.unit());
        unit.setId("profileUnit");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(messages.get("profile.name")), name);
        grid.addRow(1, new Label(messages.get("profile.unit")), unit);
        getDialogPane().setContent(grid);
        Button ok = (Button) getDialogPane().lookupButton(okType);
        ok.setId("profileOk");
        ok.setText(messages.get("form.ok"));
        ok.disableProperty().bind(name.textProperty().isEmpty());
        ((Button) getDialogPane().lookupButton(cancelType)).setText(messages.get("form.cancel"));
        setResultConverter(b -> b == okType ? new ReviewerProfile(name.getText(), unit.getText()) : null);
        setOnShown(e -> name.requestFocus());
    }

    /** Shows the dialog and waits; empty when cancelled. */
    static Optional<ReviewerProfile> ask(Window owner, Messages messages, ReviewerProfile start) {
        return new ProfileDialog(owner, messages, start).showAndWait().filter(p -> !p.name().isEmpty());
    }
}
