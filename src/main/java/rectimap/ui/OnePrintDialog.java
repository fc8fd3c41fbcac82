package rectimap.ui;

import javafx.stage.Stage;
import rectimap.render.Viewport;
import rectimap.ui.coverage.OpenProblemsGate;
import rectimap.ui.map.MapViewModel;
import rectimap.ui.print.PrintContext;
import rectimap.ui.print.PrintDialog;
import rectimap.ui.raster.RasterGround;

/**
 * File → 打印…: the sheet designer over the current view, one at a time (Ctrl+P brings an open one forward rather
 * than opening a second); its print and export pass the open-problems gate first. The sheet carries the imagery
 * under the map (basemap and raster layers) as the window shows it. FX thread.
 */
final class OnePrintDialog {
    private final Stage owner;
    private final Messages messages;
    private final MapViewModel model;
    private final RasterGround ground;
    private final String fontFamily;
    private final OpenProblemsGate gate;
    private PrintDialog open;

    OnePrintDialog(Stage owner, Messages messages, MapViewModel model, RasterGround ground, String fontFamily,
                   OpenProblemsGate gate) {
        this.owner = owner;
        this.messages = messages;
        this.model = model;
        this.ground = ground;
        this.fontFamily = fontFamily;
        this.gate = gate;
    }

    /** Opens the designer over the view of {@code shown}; nothing while no project is shown (null). */
    void open(LoadedProject shown) {
        if (shown == null) {
            return;
        }
        if (open != null && open.stage().isShowing()) {
            open.stage().toFront();
            return;
        }
        Viewport view = model.viewport();
        PrintContext context = new PrintContext(model.project(), model.renderLayersInOrder(), view.visibleExtent(),
                model.fullExtent(), model.lonLatAt(view.widthPx() / 2.0, view.heightPx() / 2.0),
                shown.file().settings(), fontFamily, ground.drawn());
        open = PrintDialog.open(owner, messages, context);
        open.setGate(gate::confirm);
    }
}
