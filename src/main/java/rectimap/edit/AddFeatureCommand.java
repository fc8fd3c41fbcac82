package rectimap.edit;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.LayerRules;
import rectimap.model.Project;

/**
 * Adds a drawn feature to a planning layer with the values typed in the attribute form: the geometry (EPSG:4490
 * lon/lat) is checked and fitted to the layer, clipped against same-kind neighbours when overlap is avoided, gets the
 * next free id, computed and derived values, and must pass the layer's rules. Step name "新建 解州镇-7 责任区".
 */
public record AddFeatureCommand(String tableName, Geometry lonLat, Map<String, Object> attributes,
                                OverlapPolicy overlap) implements EditCommand {
    public AddFeatureCommand {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(lonLat, "lonLat");
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        Objects.requireNonNull(overlap, "overlap");
    }

    /** Adds with overlap avoided (the default). */
    public AddFeatureCommand(String tableName, Geometry lonLat, Map<String, Object> attributes) {
        this(tableName, lonLat, attributes, OverlapPolicy.AVOID);
    }

    @Override
    public CommandResult build(Project project, LayerRules rules) throws CommandRefused {
        EditableLayer layer = EditableLayer.of(project, tableName, rules);
        long id = layer.nextId();
        Geometry accepted = GeometryIntake.accept(layer.info(), lonLat);
        OverlapGuard.Outcome avoided = OverlapGuard.apply(layer, rules, overlap, id, accepted, attributes, List.of());
        Geometry stored = GeometryIntake.accept(layer.info(), avoided.geometry());
        Feature added = FeatureFinisher.finish(layer.info(), rules, null, id, stored, attributes);
        ChangeSet step = new ChangeSet(layer.stepName("新建", List.of(added)),
                List.of(FeatureChange.added(tableName, added)));
        return new CommandResult(step, avoided.report().stream().toList());
    }
}
