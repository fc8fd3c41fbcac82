package rectimap.edit;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import rectimap.model.AttributeProblem;
import rectimap.model.DerivedFields;
import rectimap.model.Feature;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRules;

/**
 * Makes the feature a command stores: values the rules compute (due dates) filled in, derived fields recomputed from
 * the geometry ({@link DerivedFields}, ellipsoidal), then checked against the rules; refused with every problem.
 */
final class FeatureFinisher {
    private FeatureFinisher() {
    }

    /**
     * The feature to store for {@code id} with this geometry (already accepted by {@link GeometryIntake}) and these
     * attributes; {@code before} is the stored version, null for a new feature.
     */
    static Feature finish(LayerInfo layer, LayerRules rules, Feature before, long id, Geometry lonLat,
            Map<String, Object> attributes) throws CommandRefused {
        Map<String, Object> completed = rules.completed(layer, attributes);
        Feature after = new Feature(id, lonLat, DerivedFields.recompute(layer.type(), lonLat, completed));
        List<AttributeProblem> problems = rules.problems(layer, before, after);
        if (!problems.isEmpty()) {
            throw CommandRefused.problems(problems);
        }
        return after;
    }
}
