package rectimap.tool;

import java.util.Objects;
import rectimap.model.Feature;
import rectimap.model.FeatureRef;
import rectimap.model.MapLayer;

/** A feature together with the map layer holding it, as tools find them. Immutable. */
record LayeredFeature(MapLayer layer, Feature feature) {
    LayeredFeature {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(feature, "feature");
    }

    FeatureRef ref() {
        return new FeatureRef(layer.tableName(), feature.id());
    }

    LayerProjection projection() {
        return LayerProjection.of(layer);
    }
}
