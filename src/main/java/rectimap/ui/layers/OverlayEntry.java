package rectimap.ui.layers;

import java.util.ArrayList;
import java.util.List;
import rectimap.model.GeometryKind;
import rectimap.model.style.LayerStyle;
import rectimap.render.HighlightSymbol;
import rectimap.ui.Messages;
import rectimap.ui.map.MapOverlay;
import rectimap.ui.map.MapViewModel;

/**
 * An analysis overlay as the layer panel lists it: which one, its title, whether it is on, and its style and
 * geometry kind for the legend (classes or a single symbol).
 */
public record OverlayEntry(MapOverlay overlay, String title, boolean shown, LayerStyle style, GeometryKind kind) {

    /** The overlays the map has now: coverage problems once checked, and always the highlights. */
    public static List<OverlayEntry> of(MapViewModel map, Messages messages) {
        List<OverlayEntry> entries = new ArrayList<>();
        map.coverageOverlay().ifPresent(layer -> entries.add(new OverlayEntry(MapOverlay.COVERAGE,
                messages.get(MapOverlay.COVERAGE.titleKey()), map.overlayShown(MapOverlay.COVERAGE), layer.style(),
                layer.info().type().geometryKind())));
        entries.add(new OverlayEntry(MapOverlay.HIGHLIGHT, messages.get(MapOverlay.HIGHLIGHT.titleKey()),
                map.overlayShown(MapOverlay.HIGHLIGHT), LayerStyle.simple(HighlightSymbol.asLine()),
                GeometryKind.LINESTRING));
        return entries;
    }
}
