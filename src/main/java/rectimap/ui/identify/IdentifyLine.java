package rectimap.ui.identify;

import rectimap.model.FeatureRef;

/**
 * One line of the identify tree: a layer's title (its count as the value), a feature's caption, or a field with its
 * value. Every line under a feature carries that feature; a layer's line carries none.
 */
record IdentifyLine(Kind kind, String label, String value, FeatureRef feature) {
    enum Kind { LAYER, FEATURE, FIELD }
}
