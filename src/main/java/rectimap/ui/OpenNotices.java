package rectimap.ui;

import javafx.scene.control.Alert;

/**
 * What the user is told once a project has opened (e.g. it opened read-only because another Rectimap edits it, or
 * moves were recovered): one information dialog ({@code #openNotice}) per notice. FX thread.
 */
final class OpenNotices {
    private OpenNotices() {
    }

    static void show(Messages messages, LoadedProject loaded) {
        for (String key : loaded.noticeKeys()) {
            Alert notice = DialogButtons.alert(messages, Alert.AlertType.INFORMATION, messages.format(key, loaded.project().file(),
                    loaded.recoveredMoves()));
            notice.setHeaderText(null);
            notice.getDialogPane().setId("openNotice");
            notice.show();
        }
    }
}
