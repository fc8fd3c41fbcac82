package rectimap.ui.map;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import rectimap.render.MapRenderer;
import rectimap.ui.FxCanvasSurface;
import rectimap.ui.FxFonts;

/** Paints the model's visible layers onto the canvas through the shared renderer. FX thread only. */
public final class MapPainter {
    private static final Color PAPER = Color.rgb(248, 247, 242);

    private final MapRenderer renderer;
    private final FxFonts fonts;

    public MapPainter(MapRenderer renderer, FxFonts fonts) {
        this.renderer = renderer;
        this.fonts = fonts;
    }

    public void paint(Canvas canvas, MapViewModel model) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setGlobalAlpha(1);
        gc.setFill(PAPER);
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (model.project() != null) {
            FxCanvasSurface surface = new FxCanvasSurface(gc, canvas.getWidth(), canvas.getHeight(),
                    renderer.dpi(), fonts);
            renderer.render(model.paintedLayersInOrder(), model.viewport(), surface, model.paintedHighlights());
        }
    }

}
