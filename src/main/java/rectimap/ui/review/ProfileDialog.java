package rectimap.ui.review;

import java.util.Optional;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import rectimap.ui.FormDialog;
import rectimap.ui.Messages;

/**
 * Asks the user's name and unit for signing verdicts ({@code #profileDialog}: {@code #profileName},
 * {@code #profileUnit}, {@code #profileOk}); OK stays disabled while the name is empty. FX thread.
 */
final class ProfileDialog {
    private ProfileDialog() {
    }

    /** Shows the dialog and waits; empty when cancelled. */
    static Optional<ReviewerProfile> ask(Window owner, Messages messages, ReviewerProfile start) {
        TextField name = new TextField(start.name());
        name.setId("profileName");
        TextField unit = new TextField(start.unit());
        unit.setId("profileUnit");
        return new FormDialog(owner, messages, "profileDialog", "profile.title", "profile.header")
                .row("profile.name", name).row("profile.unit", unit).okId("profileOk")
                .okWhen(name.textProperty().isNotEmpty()).focus(name)
                .ask(() -> new ReviewerProfile(name.getText(), unit.getText())).filter(p -> !p.name().isEmpty());
    }
}
