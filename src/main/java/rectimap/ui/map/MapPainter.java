package rectimap.ui.map;

import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import rectimap.model.style.Rgba;
import rectimap.raster.RasterFrame;
import rectimap.render.ImageSurface;
import rectimap.render.MapFonts;
import rectimap.render.MapRenderer;
import rectimap.render.Viewport;
import rectimap.ui.raster.RasterGround;

/**
 * Paints the map through the shared renderer into an image, as the CLI does: {@link #capture} takes what a frame
 * shows (FX thread), {@link #paint} draws it on a Java2D image (any thread, in bands on both cores for big frames) at
 * the screen's pixel scale (a HiDPI screen gets its own pixels, not logical ones stretched) and wraps the pixels as a
 * JavaFX image without copying them.
 */
public final class MapPainter {
    static final Rgba PAPER = new Rgba(248, 247, 242, 1);

    private final MapRenderer renderer;
    private final RasterGround ground;

    /** A painter drawing {@code ground}'s imagery (may be null: none) under the vector layers. */
    public MapPainter(MapRenderer renderer, RasterGround ground) {
        this.renderer = renderer;
        this.ground = ground;
    }

    /**
     * What the model shows now, as the {@code generation}-th request, for a screen of {@code pixelScale} device pixels
     * per logical pixel. FX thread.
     */
    FrameRequest capture(MapViewModel model, long generation, double pixelScale) {
        if (model.project() == null) {
            return new FrameRequest(generation, model.viewport(), List.of(), List.of(), java.util.Set.of(),
                    pixelScale);
        }
        List<RasterFrame> imagery = ground == null ? List.of() : ground.framesFor(model.viewport());
        return new FrameRequest(generation, model.viewport(), imagery, model.paintedLayersInOrder(),
                model.paintedHighlights(), pixelScale);
    }

    /**
     * Paints {@code request} on the calling thread; throws {@link java.util.concurrent.CancellationException} (maybe
     * wrapped) as soon as {@code superseded} answers true.
     */
    MapFrame paint(FrameRequest request, BooleanSupplier superseded) {
        long start = System.nanoTime();
        double scale = request.pixelScale();
        Viewport logical = request.viewport();
        Viewport view = scale == 1 ? logical : new Viewport(logical.centerX(), logical.centerY(),
                logical.metresPerPixel() / scale, (int) Math.round(logical.widthPx() * scale),
                (int) Math.round(logical.heightPx() * scale));
        MapRenderer dense = renderer.denser(scale);
        ImageSurface surface = new ImageSurface(view.widthPx(), view.heightPx(), dense.dpi(), PAPER,
                MapFonts.Choice.SYSTEM_FIRST);
        surface.stopWhen(superseded);
        try {
            dense.render(request.imagery(), request.layers(), view, surface, request.highlights(), List.of());
        } finally {
            surface.dispose();
        }
        int[] pixels = ((DataBufferInt) surface.image().getRaster().getDataBuffer()).getData();
        // The frame starts as opaque paper and everything is drawn over it, so every pixel is opaque: its straight
        // ARGB is also premultiplied ARGB, the format JavaFX shows without conversion.
        WritableImage image = new WritableImage(new PixelBuffer<>(view.widthPx(), view.heightPx(),
                IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance()));
        return new MapFrame(request.generation(), logical, image, Thread.currentThread().getName(), start,
                System.nanoTime());
    }
}
