package rectimap.ui.search;

import org.locationtech.jts.geom.Geometry;
import rectimap.model.FeatureRef;

/** One search hit: the feature, the text shown in the suggestion list, and its geometry in EPSG:4490. */
public record PlaceSuggestion(FeatureRef ref, String label, Geometry geometry) {
    @Override
    public String toString() {
        return label;
    }
}
