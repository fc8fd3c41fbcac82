package rectimap.tool;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import rectimap.model.Selection;
import rectimap.render.RenderLayer;
import rectimap.render.Viewport;

/**
 * What a tool may see and where it delivers: the current viewport, the project's layers as drawn (bottom first, the
 * same {@link RenderLayer}s the map paints, used for hit-testing and snapping), the table name of the layer being
 * edited ({@code activeTable}, null when none), the current selection, the shared {@link Snapper}, what edit commands
 * are built on ({@link CommandBasis}: the session's project, rules and overlap choice), and the sink for finished
 * results. Built by the application per event (cheap); FX application thread only.
 */
public record ToolContext(Viewport viewport, List<RenderLayer> layers, String activeTable, Selection selection,
                          Snapper snapper, CommandBasis basis, Consumer<ToolResult> results) {
    public ToolContext {
        Objects.requireNonNull(viewport, "viewport");
        layers = List.copyOf(layers);
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(snapper, "snapper");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(results, "results");
    }

    /** Hands a finished result to the application. */
    public void emit(ToolResult result) {
        results.accept(result);
    }

    /** The layer being edited, if one is chosen and present. */
    public Optional<RenderLayer> activeLayer() {
        return activeTable == null ? Optional.empty() : layer(activeTable);
    }

    public Optional<RenderLayer> layer(String tableName) {
        return layers.stream().filter(l -> l.tableName().equals(tableName)).findFirst();
    }

    /** The visible layers, top-most (drawn last) first: the order a click should find things in. */
    public List<RenderLayer> visibleLayersTopFirst() {
        List<RenderLayer> visible = new ArrayList<>();
        for (RenderLayer layer : layers) {
            if (layer.mapLayer().visible()) {
                visible.add(layer);
            }
        }
        Collections.reverse(visible);
        return visible;
    }

    /** The pointer position in display metres. */
    public DisplayPoint toDisplay(PointerEvent event) {
        return new DisplayPoint(viewport.toMapX(event.screenX()), viewport.toMapY(event.screenY()));
    }

    /** {@code pixels} screen pixels as ground metres at the current scale. */
    public double metres(double pixels) {
        return pixels * viewport.metresPerPixel();
    }

    /** This context with another selection (tools that select keep working on what they just chose). */
    public ToolContext withSelection(Selection changed) {
        return new ToolContext(viewport, layers, activeTable, changed, snapper, basis, results);
    }
}
