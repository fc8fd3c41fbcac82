package rectimap.ui.basemap;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import rectimap.raster.service.ServiceLocations;
import rectimap.ui.DialogButtons;
import rectimap.ui.Messages;

/**
 * 底图 → 添加在线服务… ({@code #serviceDialog}): the service's address ({@code #serviceUrl}: a WMTS capabilities
 * address, a WMS address or an XYZ template with {z}/{x}/{y}) and, optionally, the name the layer panel and the
 * basemap lists give it ({@code #serviceTitle}; without one the layer the address names and its host). OK
 * ({@code #serviceOk}) is enabled only for an online address. FX thread.
 */
final class ServiceDialog {
    private ServiceDialog() {
    }

    /** Shows the dialog and waits; the location to add (with the name as its {@code #title=} choice), or empty. */
    static Optional<String> ask(Window owner, Messages messages) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("basemap.service.title"));
        dialog.setHeaderText(messages.get("basemap.service.header"));
        dialog.getDialogPane().setId("serviceDialog");
        TextField url = new TextField();
        url.setId("serviceUrl");
        url.setPrefColumnCount(40);
        TextField title = new TextField();
        title.setId("serviceTitle");
        title.setPromptText(messages.get("basemap.service.titlePrompt"));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("basemap.service.url")), url);
        grid.addRow(1, new Label(messages.get("basemap.service.name")), title);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = DialogButtons.ok(messages);
        dialog.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel(messages));
        javafx.scene.Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("serviceOk");
        okButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !ServiceLocations.isService(url.getText().strip()), url.textProperty()));
        dialog.setOnShown(e -> url.requestFocus());
        return dialog.showAndWait().filter(DialogButtons::isOk)
                .map(answer -> ServiceLocations.titled(url.getText().strip(), title.getText()));
    }
}
