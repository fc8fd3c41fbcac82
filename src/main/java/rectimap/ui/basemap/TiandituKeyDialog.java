package rectimap.ui.basemap;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import rectimap.ui.DialogButtons;
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
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("basemap.key.title"));
        dialog.setHeaderText(messages.get("basemap.key.header"));
        dialog.getDialogPane().setId("tiandituKeyDialog");
        TextField key = new TextField(services.tiandituKey().orElse(""));
        key.setId("tiandituKey");
        key.setPrefColumnCount(34);
        TextField review = new TextField(services.tiandituReview().orElse(""));
        review.setId("tiandituReview");
        review.setPromptText(messages.get("basemap.key.reviewPrompt"));
        TextField link = new TextField(KEY_PAGE);
        link.setId("tiandituKeyLink");
        link.setEditable(false);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("basemap.key.key")), key);
        grid.addRow(1, new Label(messages.get("basemap.key.where")), link);
        grid.addRow(2, new Label(messages.get("basemap.key.review")), review);
        Label note = new Label(messages.get("basemap.key.note"));
        note.setWrapText(true);
        note.setMaxWidth(520);
        grid.add(note, 0, 3, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(DialogButtons.ok(messages), DialogButtons.cancel(messages));
        dialog.setOnShown(e -> key.requestFocus());
        if (dialog.showAndWait().filter(DialogButtons::isOk).isPresent()) {
            services.keep(key.getText(), review.getText());
        }
        return services.tiandituKey().isPresent();
    }
}
