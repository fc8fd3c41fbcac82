package rectimap.ui.map;

import java.util.List;
import java.util.function.Consumer;
import java.util.ArrayList;
import javafx.animation.AnimationTimer;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import java.util.function.Supplier;
import javafx.scene.input.MouseEvent;
import rectimap.render.FeaturesUnder;
import rectimap.render.Viewport;
import rectimap.tool.MapTool;
import rectimap.tool.PointerKind;
import rectimap.tool.SelectTool;
import rectimap.tool.ToolContext;
import rectimap.ui.Messages;
import rectimap.ui.tools.FeedbackPainter;
import rectimap.ui.tools.FxToolInput;

/**
 * The map: frames painted off the FX thread shown in an image view ({@code #mapCanvas}), with drag-to-pan, wheel zoom
 * at the cursor, +/- and arrow keys, click to identify, and the 示意 badge while schematic layers are shown. At the
 * pulse after any change a frame of the new state is asked of the {@link FrameWorker} (which gives up the one it was
 * painting); until it arrives the last frame is shown moved and scaled to the current view ({@link PreviewTransform}),
 * over the paper-coloured background, so a gesture stays smooth whatever a frame costs and the FX thread never paints
 * the map: it only sets where the image goes, and the renderer draws the frame's pixels once, straight onto the
 * window (no canvas in between). A frame older than the one shown is never shown. The image view's local coordinates
 * are the viewport's pixels whatever the preview. Pointer handling is on this pane.
 * With an editing tool active, the primary and secondary buttons and the tool keys go to the tool (the middle button
 * still pans, the wheel still zooms) and its feedback is drawn on a transparent overlay canvas above the map.
 */
public final class MapCanvasView extends StackPane {
    /** A click is a press and release closer than this; farther is a pan. */
    private static final double CLICK_SLOP_PX = 3;
    private static final double WHEEL_STEP = 1.25;

    private final MapViewModel model;
    private final MapPainter painter;
    private final FrameWorker worker;
    private final ImageView frameView = new ImageView();
    private final Canvas overlay = new Canvas(800, 600);
    private MapTool tool;
    private Supplier<ToolContext> toolContext;
    private Runnable afterToolInput = () -> { };
    private boolean overlayDirty;
    private final Label badge = new Label();
    private Consumer<List<FeaturesUnder.LayerHits>> onIdentify = found -> { };
    private Consumer<MouseEvent> onPointerMoved = e -> { };
    private boolean dirty = true;
    private boolean dragging;
    /** The last frame asked for, and the newest frame arrived (drawn at {@code shownAt} to the current view). */
    private FrameRequest requested;
    private MapFrame shown;
    private PreviewTransform shownAt;
    private final List<Consumer<MapFrame>> frameListeners = new ArrayList<>();
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private long framesPainted;
    private long feedbackPaints;
    private final FrameTrace trace = new FrameTrace();

    public MapCanvasView(MapViewModel model, MapPainter painter, Messages messages) {
        this.model = model;
        this.painter = painter;
        this.worker = new FrameWorker(painter, this::frameArrived);
        setId("mapView");
        getStyleClass().add("map-view");
        setMinSize(100, 100);
        setFocusTraversable(true);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        frameView.setId("mapCanvas");
        frameView.setManaged(false);
        badge.setId("schematicBadge");
        badge.setText(messages.get("badge.schematic"));
        badge.setTooltip(new Tooltip(messages.get("badge.schematic.tip")));
        badge.getStyleClass().add("schematic-badge");
        StackPane.setAlignment(badge, Pos.TOP_RIGHT);
        overlay.setId("mapOverlay");
        overlay.setManaged(false);
        overlay.setMouseTransparent(true);
        // Shown only with an editing tool: on a software pipeline every full-size canvas in the map costs a blend of
        // all its pixels at each frame, even when it is empty.
        overlay.setVisible(false);
        getChildren().addAll(frameView, overlay, badge);
        widthProperty().addListener((o, a, b) -> resizeCanvas());
        heightProperty().addListener((o, a, b) -> resizeCanvas());
        wirePointer();
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                onFrame();
            }
        }.start();
    }

    /**
     * Where a click of the pan (identify) or select tool sends everything under it, grouped by layer, top first
     * (an empty list when nothing is there). Shift+click with the select tool only changes the selection.
     */
    public void setOnIdentify(Consumer<List<FeaturesUnder.LayerHits>> listener) {
        this.onIdentify = listener;
    }

    public void setOnPointerMoved(Consumer<MouseEvent> listener) {
        this.onPointerMoved = listener;
    }

    /** Asks for a repaint on the next frame (coalesces many changes into one paint). */
    public void requestPaint() {
        dirty = true;
        overlayDirty = true;
    }

    /**
     * Hands pointer and key input to {@code activeTool} (null: pan and identify), which sees the map through
     * {@code contexts}; {@code afterInput} runs after each event the tool handled (to show its status).
     */
    public void setTool(MapTool activeTool, Supplier<ToolContext> contexts, Runnable afterInput) {
        if (tool != null) {
            tool.cancel();
        }
        tool = activeTool;
        overlay.setVisible(tool != null);
        toolContext = contexts;
        afterToolInput = afterInput;
        overlayDirty = true;
    }

    public MapTool tool() {
        return tool;
    }

    /** Where the last press on the map was, in map pixels (the click an identify answers). */
    public javafx.geometry.Point2D pressedAt() {
        return new javafx.geometry.Point2D(pressX, pressY);
    }

    /** Whether the map on screen is not yet the crisp frame of the current state (a change or a paint pending). */
    public boolean isPaintPending() {
        return dirty || requested == null || shown == null || shown.generation() != requested.generation();
    }

    /** How many crisp frames were shown, for tests and the start-up benchmark. */
    public long framesPainted() {
        return framesPainted;
    }

    /** How often the tool feedback canvas was painted (only while an editing tool is active), for tests. */
    public long feedbackPaints() {
        return feedbackPaints;
    }

    /** Calls {@code listener} on the FX thread with every crisp frame as it is put on screen. */
    public void addFrameListener(Consumer<MapFrame> listener) {
        frameListeners.add(listener);
    }

    private void onFrame() {
        trace.pulse();
        // Hidden (no editing tool), the canvas is left alone: clearing it at every frame of a pan or zoom made JavaFX
        // reset its whole command buffer on the FX thread (the longest spell of a pan, 19 ms, issue 13).
        if (overlayDirty && overlay.isVisible()) {
            overlayDirty = false;
            feedbackPaints++;
            FeedbackPainter.paint(overlay, model.viewport(), tool == null ? rectimap.tool.ToolFeedback.none()
                    : tool.feedback());
        }
        if (requested != null && requested.pixelScale() != pixelScale()) {
            dirty = true;   // the window moved to a screen of another pixel scale
        }
        if (dirty) {
            dirty = false;
            badge.setVisible(model.project() != null && model.project().showsSchematic());
            FrameRequest next = painter.capture(model, requested == null ? 0 : requested.generation() + 1,
                    pixelScale());
            if (!next.sameFrameAs(requested)) {
                requested = next;
                trace.requested(next.generation());
                worker.paint(next);
            }
        }
        drawShown();
    }

    /**
     * Device pixels per logical pixel of the screen the window is on (its render scale: 1, or e.g. 2 on a HiDPI
     * screen); 1 before the view is in a window.
     */
    private double pixelScale() {
        return getScene() == null || getScene().getWindow() == null ? 1 : getScene().getWindow().getRenderScaleX();
    }

    /** A frame has been painted: shown unless a newer one already is. */
    private void frameArrived(MapFrame frame) {
        if (shown != null && frame.generation() <= shown.generation()) {
            return;
        }
        shown = frame;
        shownAt = null;
        drawShown();
        framesPainted++;
        trace.drawn(frame, localToScreen(0, 0));
        frameListeners.forEach(listener -> listener.accept(frame));
    }

    /**
     * Places the shown frame moved and scaled to the current view, when that changed since it was last placed; a
     * scaled preview is not smoothed (it is replaced within moments, and unfiltered it costs the renderer less).
     */
    private void drawShown() {
        if (shown == null) {
            return;
        }
        PreviewTransform at = PreviewTransform.between(shown.viewport(), model.viewport());
        if (at.equals(shownAt)) {
            return;
        }
        shownAt = at;
        frameView.setImage(shown.image());
        frameView.setX(at.translateX());
        frameView.setY(at.translateY());
        frameView.setFitWidth(shown.viewport().widthPx() * at.scale());
        frameView.setFitHeight(shown.viewport().heightPx() * at.scale());
        frameView.setSmooth(at.scale() == 1);
    }

    private void resizeCanvas() {
        int w = (int) Math.max(1, Math.floor(getWidth()));
        int h = (int) Math.max(1, Math.floor(getHeight()));
        overlay.resize(w, h);
        overlay.setWidth(w);
        overlay.setHeight(h);
        model.resize(w, h);
        shownAt = null;
        requestPaint();
    }

    private void wirePointer() {
        setOnMousePressed(e -> {
            requestFocus();
            pressX = lastX = e.getX();
            pressY = lastY = e.getY();
            toTool(PointerKind.PRESS, e);
        });
        setOnMouseDragged(e -> {
            boolean pans = e.getButton() == MouseButton.MIDDLE
                    || tool == null && e.getButton() == MouseButton.PRIMARY;
            if (pans) {
                dragging = true;
                model.panBy(e.getX() - lastX, e.getY() - lastY);
                lastX = e.getX();
                lastY = e.getY();
            } else {
                toTool(PointerKind.DRAG, e);
            }
            onPointerMoved.accept(e);
        });
        setOnMouseReleased(e -> {
            if (dragging) {
                trace.input("pan-end");
            }
            dragging = false;
            requestPaint();
            boolean click = Math.hypot(e.getX() - pressX, e.getY() - pressY) < CLICK_SLOP_PX;
            boolean identifies = tool == null || tool instanceof SelectTool && !e.isShiftDown();
            if (tool != null) {
                toTool(PointerKind.RELEASE, e);
            }
            if (identifies && click && e.getButton() == MouseButton.PRIMARY) {
                trace.input("identify");
                onIdentify.accept(model.featuresAt(e.getX(), e.getY()));
            }
        });
        setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                toTool(PointerKind.DOUBLE_CLICK, e);
            }
        });
        setOnMouseMoved(e -> {
            toTool(PointerKind.MOVE, e);
            onPointerMoved.accept(e);
        });
        setOnScroll(this::onScroll);
    }

    /** Hands a pointer event to the active tool (not the middle button: that always pans). */
    private void toTool(PointerKind kind, MouseEvent e) {
        if (tool == null || e.getButton() == MouseButton.MIDDLE) {
            return;
        }
        tool.onPointer(FxToolInput.pointer(kind, e), toolContext.get());
        overlayDirty = true;
        afterToolInput.run();
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        trace.input("wheel");
        model.zoomAt(e.getDeltaY() > 0 ? WHEEL_STEP : 1 / WHEEL_STEP, e.getX(), e.getY());
        e.consume();
    }

    private void onKey(KeyEvent e) {
        if (tool != null) {
            var input = FxToolInput.key(e);
            if (input.isPresent()) {
                tool.onKey(input.get(), toolContext.get());
                overlayDirty = true;
                afterToolInput.run();
                e.consume();
                return;
            }
        }
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> model.zoomIn();
            case MINUS, SUBTRACT -> model.zoomOut();
            case LEFT -> model.panStep(-1, 0);
            case RIGHT -> model.panStep(1, 0);
            case UP -> model.panStep(0, -1);
            case DOWN -> model.panStep(0, 1);
            default -> {
                return;
            }
        }
        e.consume();
    }
}
