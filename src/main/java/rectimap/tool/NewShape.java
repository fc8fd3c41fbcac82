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
            return new ToolProblem("请先在图层面板中选择要绘制的图层", null);
        }
        if (layer.get().mapLayer().info().role() == LayerRole.REFERENCE) {
            return new ToolProblem("参考图层“" + layer.get().mapLayer().info().title() + "”只读，不能在其上绘制", null);
        }
        GeometryKind kind = layer.get().mapLayer().info().type().geometryKind();
        boolean fits = kind == GeometryKind.GEOMETRY
                || (dimension == 2 ? kind.isAreal() : dimension == 1 ? kind.isLineal()
                : kind == GeometryKind.POINT || kind == GeometryKind.MULTIPOINT);
        if (!fits) {
            String wanted = dimension == 2 ? "面" : dimension == 1 ? "线" : "点";
            return new ToolProblem("图层“" + layer.get().mapLayer().info().title() + "”不能存放" + wanted, null);
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
