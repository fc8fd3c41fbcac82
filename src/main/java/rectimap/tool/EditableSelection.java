package rectimap.tool;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import rectimap.model.FeatureRef;
import rectimap.model.LayerRole;
import rectimap.render.RenderLayer;

/** The selected features that may be edited: those of visible planning layers (reference layers are read-only). */
final class EditableSelection {
    private EditableSelection() {
    }

    /** The selected, editable features, in selection order. */
    static List<LayeredFeature> of(ToolContext context) {
        List<LayeredFeature> editable = new ArrayList<>();
        for (FeatureRef ref : context.selection().features()) {
            Optional<RenderLayer> layer = context.layer(ref.tableName());
            if (layer.isPresent() && layer.get().mapLayer().visible()
                    && layer.get().mapLayer().info().role() == LayerRole.PLANNING) {
                layer.get().featureById(ref.featureId())
                        .ifPresent(f -> editable.add(new LayeredFeature(layer.get().mapLayer(), f)));
            }
        }
        return editable;
    }
}
