package rectimap.tool;

import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import rectimap.model.Feature;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerRole;
import rectimap.render.RenderLayer;

/** Hands a finished display-metre geometry to the application as a new feature draft of the active layer. */
final class NewShape {
    private NewShape() {
    }

    /**
     * The active layer when it can take a geometry of {@code dimension} (0 point, 1 line, 2 area), else why not
     * (no active layer, or a layer of another kind).
     */
    static ToolProblem refusalFor(ToolContext context, int dimension) {
        Optional<RenderLayer> layer = context.activeLayer();
        if (layer.isEmpty()) {
            return new ToolProblem(ToolText.of("tool.chooseLayerToDraw"), null);
        }
        if (layer.get().mapLayer().info().role() == LayerRole.REFERENCE) {
            return new ToolProblem(ToolText.of("tool.referenceNoDraw", layer.get().mapLayer().info().title()), null);
        }
        GeometryKind kind = layer.get().mapLayer().info().type().geometryKind();
        boolean fits = kind == GeometryKind.GEOMETRY
                || (dimension == 2 ? kind.isAreal() : dimension == 1 ? kind.isLineal()
                : kind == GeometryKind.POINT || kind == GeometryKind.MULTIPOINT);
        if (!fits) {
            ToolText wanted = ToolText.of(dimension == 2 ? "tool.kind.polygon" : dimension == 1 ? "tool.kind.line" : "tool.kind.point");
            return new ToolProblem(ToolText.of("tool.cannotHold", layer.get().mapLayer().info().title(), wanted), null);
        }
        return null;
    }

    /** Converts {@code display} to the active layer's CRS and emits a {@link ToolResult.NewFeature}. */
    static void emit(Geometry display, ToolContext context) {
        RenderLayer layer = context.activeLayer().orElseThrow();
        Layer data = layer.mapLayer().layer();
        Geometry stored = LayerProjection.of(layer.mapLayer()).toStorage(display);
        Feature draft = FeatureDraft.newFeature(data, stored);
        context.emit(new ToolResult.NewFeature(layer.tableName(), draft, data.info().title()));
    }
}
