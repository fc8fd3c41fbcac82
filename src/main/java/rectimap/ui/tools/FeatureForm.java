package rectimap.ui.tools;

import java.util.Map;
import java.util.Optional;
import rectimap.model.Feature;
import rectimap.model.LayerInfo;
import rectimap.ui.edit.FormPurpose;

/**
 * Asks the user for a feature's attributes (the attribute form, for a new or an existing feature): the typed values
 * of the non-derived fields, or
 * empty when the user cancels. FX thread only; may block in a nested event loop (a modal dialog).
 */
@FunctionalInterface
public interface FeatureForm {
    Optional<Map<String, Object>> ask(LayerInfo layer, Feature feature, FormPurpose purpose);
}
