package rectimap.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The domain rules a layer's features must keep, as a port: the edit commands ask it, the campaign domain
 * ({@code rectimap.campaign.planning.PlanningRules}) answers for the planning layers. Implementations are
 * stateless and safe from any thread.
 */
public interface LayerRules {

    /** No rules: every value accepted, nothing computed, overlaps allowed. For reference layers and tests. */
    LayerRules NONE = new LayerRules() {
    };

    /**
     * What is wrong with {@code after} in {@code layer}, empty when it may be stored. {@code before} is the stored
     * version (null for a new feature), so transition rules such as the demolition lifecycle can be checked.
     */
    default List<AttributeProblem> problems(LayerInfo layer, Feature before, Feature after) {
        return List.of();
    }

    /**
     * The attributes with the values the domain computes from other attributes filled in (e.g. a due date from a
     * notice date and a deadline in days); derived geometry measures are not included (see {@link DerivedFields}).
     */
    default Map<String, Object> completed(LayerInfo layer, Map<String, Object> attributes) {
        return attributes;
    }

    /**
     * The field whose equal values must not overlap (e.g. {@code kind} of responsibility areas), or empty when
     * overlaps are allowed in this layer.
     */
    default Optional<String> noOverlapField(LayerInfo layer) {
        return Optional.empty();
    }

    /** The short name of a feature in step names, e.g. "解州镇-3"; by default its {@code name} or its id. */
    default String displayName(LayerInfo layer, Feature feature) {
        String name = feature.text("name");
        return name.isBlank() ? String.valueOf(feature.id()) : name;
    }
}
