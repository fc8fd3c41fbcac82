package rectimap.ui.basemap;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import rectimap.ui.FormDialog;
import rectimap.ui.Messages;

/**
 * 底图 → 天地图密钥…, and the first choice of a Tianditu basemap without a key: asks for the user's own key
 * ({@code #tiandituKey}) and the map review number to print (审图号, {@code #tiandituReview}), says where the key is
 * obtained ({@code #tiandituKeyLink}, selectable text) and that it stays on this computer. OK keeps both in the
 * user's settings through {@link WindowServices}. FX thread.
 */
public final class TiandituKeyDialog {
    /** Where a key is applied for (free, after registering). */
    static final String KEY_PAGE = "https://console.tianditu.gov.cn/api/key";

    private TiandituKeyDialog() {
    }

    /** Shows the dialog and waits; true when a key is kept afterwards. */
    public static boolean ask(Window owner, Messages messages, WindowServices services) {
        TextField key = new TextField(services.tiandituKey().orElse(""));
        key.setId("tiandituKey");
        key.setPrefColumnCount(34);
        TextField review = new TextField(services.tiandituReview().orElse(""));
        review.setId("tiandituReview");
        review.setPromptText(messages.get("basemap.key.reviewPrompt"));
        TextField link = new TextField(KEY_PAGE);
        link.setId("tiandituKeyLink");
        link.setEditable(false);
        Label note = new Label(messages.get("basemap.key.note"));
        note.setWrapText(true);
        note.setMaxWidth(520);
        new FormDialog(owner, messages, "tiandituKeyDialog", "basemap.key.title", "basemap.key.header")
                .row("basemap.key.key", key).row("basemap.key.where", link).row("basemap.key.review", review)
                .wide(note).focus(key).ask(() -> key)
                .ifPresent(ok -> services.keep(key.getText(), review.getText()));
        return services.tiandituKey().isPresent();
    }
}
