package rectimap.ui.basemap;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import rectimap.raster.service.ServiceLocations;
import rectimap.ui.FormDialog;
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
        TextField url = new TextField();
        url.setId("serviceUrl");
        url.setPrefColumnCount(40);
        TextField title = new TextField();
        title.setId("serviceTitle");
        title.setPromptText(messages.get("basemap.service.titlePrompt"));
        return new FormDialog(owner, messages, "serviceDialog", "basemap.service.title", "basemap.service.header")
                .row("basemap.service.url", url).row("basemap.service.name", title).okId("serviceOk")
                .okWhen(Bindings.createBooleanBinding(() -> ServiceLocations.isService(url.getText().strip()),
                        url.textProperty()))
                .focus(url).ask(() -> ServiceLocations.titled(url.getText().strip(), title.getText()));
    }
}
