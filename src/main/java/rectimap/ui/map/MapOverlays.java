package rectimap.ui.map;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import rectimap.model.FeatureRef;
import rectimap.model.LayerRole;
import rectimap.render.RenderLayer;

/**
 * The map's analysis overlays and which are switched off. The coverage overlay is drawn just under the first
 * planning layer, so the responsibility areas' own outlines are painted over it and keep their colour (a gap's red
 * never repaints the blue outline of the 乡镇干部包村 zone beside it); highlights are drawn on top by the renderer.
 * FX thread only.
 */
final class MapOverlays {
    private RenderLayer coverage;
    private final Set<MapOverlay> hidden = EnumSet.noneOf(MapOverlay.class);

    void setCoverage(RenderLayer layer) {
        coverage = layer;
    }

    /** The coverage overlay whether shown or not; null when there is none. */
    RenderLayer coverage() {
        return coverage;
    }

    boolean shown(MapOverlay overlay) {
        return !hidden.contains(overlay);
    }

    /** Switches an overlay; false when that changed nothing. */
    boolean setShown(MapOverlay overlay, boolean shown) {
        return shown ? hidden.remove(overlay) : hidden.add(overlay);
    }

    /** The project's layers (bottom first) with the shown coverage overlay under the first planning layer. */
    List<RenderLayer> painted(List<RenderLayer> projectLayers) {
        List<RenderLayer> ordered = new ArrayList<>(projectLayers);
        if (coverage == null || !shown(MapOverlay.COVERAGE)) {
            return ordered;
        }
        int at = ordered.size();
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).mapLayer().info().role() == LayerRole.PLANNING) {
                at = i;
                break;
            }
        }
        ordered.add(at, coverage);
        return ordered;
    }

    /** The highlights to paint: none while highlights are switched off. */
    Set<FeatureRef> painted(Set<FeatureRef> highlights) {
        return shown(MapOverlay.HIGHLIGHT) ? highlights : Set.of();
    }
}
