package rectimap.campaign.identify;

import java.util.List;
import rectimap.campaign.FieldLabels;
import rectimap.model.Feature;
import rectimap.model.FeatureRef;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;

/**
 * The features one layer has under a point, listed under the layer's title in the labels' language, top-most first;
 * the role says whether the features may be edited (planning layers).
 */
public record IdentifiedLayer(String tableName, String title, LayerRole role, List<IdentifiedFeature> features) {
    public IdentifiedLayer {
        features = List.copyOf(features);
    }

    /** The group of {@code features} (top-most first) of {@code layer}, each with its rows. */
    public static IdentifiedLayer of(LayerInfo layer, List<Feature> features, FieldLabels labels) {
        return new IdentifiedLayer(layer.tableName(), labels.layerTitle(layer), layer.role(), features.stream()
                .map(f -> new IdentifiedFeature(new FeatureRef(layer.tableName(), f.id()),
                        FeatureRows.caption(layer, f, labels), FeatureRows.of(layer, f, labels)))
                .toList());
    }
}
