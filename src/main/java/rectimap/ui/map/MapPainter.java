package rectimap.ui.map;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import java.util.List;
import rectimap.raster.RasterFrame;
import rectimap.render.MapRenderer;
import rectimap.ui.FxCanvasSurface;
import rectimap.ui.FxFonts;
import rectimap.ui.raster.RasterGround;

/** Paints the model's visible layers onto the canvas through the shared renderer. FX thread only. */
public final class MapPainter {
    private static final Color PAPER = Color.rgb(248, 247, 242);

    private final MapRenderer renderer;
    private final FxFonts fonts;
    private final RasterGround ground;

    public MapPainter(MapRenderer renderer, FxFonts fonts) {
        this(renderer, fonts, null);
    }

    /** A painter drawing {@code ground}'s imagery (may be null: none) under the vector layers. */
    public MapPainter(MapRenderer renderer, FxFonts fonts, RasterGround ground) {
        this.renderer = renderer;
        this.fonts = fonts;
        this.ground = ground;
    }

    public void paint(Canvas canvas, MapViewModel model) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setGlobalAlpha(1);
        gc.setFill(PAPER);
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (model.project() != null) {
            FxCanvasSurface surface = new FxCanvasSurface(gc, canvas.getWidth(), canvas.getHeight(),
                    renderer.dpi(), fonts);
            List<RasterFrame> imagery = ground == null ? List.of() : ground.framesFor(model.viewport());
            renderer.render(imagery, model.paintedLayersInOrder(), model.viewport(), surface,
                    model.paintedHighlights(), List.of());
        }
    }

}
