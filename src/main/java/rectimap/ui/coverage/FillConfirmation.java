package rectimap.ui.coverage;

import rectimap.ui.DialogButtons;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import rectimap.campaign.coverage.GapFill;
import rectimap.geo.AreaText;
import rectimap.ui.Messages;

/**
 * What a one-click gap fill will do, said before it is done ("将把 113.2 km²（169,800 亩）并入 王测试责任区：518.2 亩 →
 * 170,318 亩"), and the question asked first when the fill is large ({@link GapFill#needsConfirmation()}). FX thread.
 */
final class FillConfirmation {

    private FillConfirmation() {
    }

    /** The one-line preview shown under the fix buttons. */
    static String preview(Messages messages, GapFill fill) {
        Locale language = language(messages);
        return messages.format("coverage.fill.preview", AreaText.readable(fill.movedM2(), language), fill.zoneName(),
                AreaText.mu(fill.beforeM2(), language), AreaText.mu(fill.afterM2(), language));
    }

    /**
     * True when the fill may go ahead: at once below the threshold, else only after the user confirms in a dialog
     * ({@code #coverageFillConfirm}; 取消 changes nothing).
     */
    static boolean confirmed(Messages messages, GapFill fill, Window owner) {
        if (!fill.needsConfirmation()) {
            return true;
        }
        Locale language = language(messages);
        ButtonType go = new ButtonType(messages.get("coverage.fill.confirm.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("coverage.fill.confirm.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = DialogButtons.alert(messages, Alert.AlertType.CONFIRMATION, messages.format("coverage.fill.confirm",
                AreaText.readable(fill.movedM2(), language), fill.zoneName(), AreaText.mu(fill.beforeM2(), language),
                AreaText.mu(fill.afterM2(), language)), go, cancel);
        alert.initOwner(owner);
        alert.setTitle(messages.get("coverage.fill.confirm.title"));
        alert.setHeaderText(messages.format("coverage.fill.confirm.header", fill.zoneName()));
        alert.getDialogPane().setId("coverageFillConfirm");
        alert.getDialogPane().lookupButton(go).setId("coverageFillConfirmOk");
        alert.getDialogPane().lookupButton(cancel).setId("coverageFillConfirmCancel");
        return alert.showAndWait().filter(go::equals).isPresent();
    }

    static Locale language(Messages messages) {
        return messages.language().locale();
    }
}
