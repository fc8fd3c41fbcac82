package rectimap.ui.map;

import rectimap.model.Feature;
import rectimap.model.MapLayer;

/** A feature found under the pointer, with the layer it belongs to. */
public record Identified(MapLayer layer, Feature feature) {
}
