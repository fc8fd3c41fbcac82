package rectimap.render;

import java.util.ArrayList;
import java.util.List;
import rectimap.model.Feature;
import rectimap.model.MapLayer;

/**
 * Every feature under a display point in every visible layer, as identify lists them (QGIS's "top down, all
 * layers"): layers top-most first, in each layer the features nearest first (those containing the point, top-most
 * first). Points and lines are hit within a tolerance, areas only when they contain the point ({@link AreaHit}).
 * Layers with nothing there are left out. Pure; safe from any thread.
 */
public final class FeaturesUnder {
    private FeaturesUnder() {
    }

    /** One visible layer's features under the point. */
    public record LayerHits(MapLayer layer, List<Feature> features) {
        public LayerHits {
            features = List.copyOf(features);
        }
    }

    /**
     * The hits at display point ({@code mapX}, {@code mapY}) (EPSG:4546 metres) among {@code bottomFirst} (drawing
     * order), a point or line counting within {@code toleranceMetres} of it.
     */
    public static List<LayerHits> at(List<RenderLayer> bottomFirst, double mapX, double mapY, double toleranceMetres) {
        List<LayerHits> found = new ArrayList<>();
        for (int i = bottomFirst.size() - 1; i >= 0; i--) {
            RenderLayer layer = bottomFirst.get(i);
            if (!layer.mapLayer().visible()) {
                continue;
            }
            List<Feature> features = layer.hits(mapX, mapY, toleranceMetres, AreaHit.CONTAINING).stream()
                    .map(id -> layer.featureById(id).orElseThrow()).toList();
            if (!features.isEmpty()) {
                found.add(new LayerHits(layer.mapLayer(), features));
            }
        }
        return found;
    }
}
