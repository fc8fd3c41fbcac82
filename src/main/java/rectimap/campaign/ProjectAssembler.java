package rectimap.campaign;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import rectimap.campaign.sample.SampleStyles;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.model.FeatureStore;

/**
 * Turns an open project file into a {@link Project} the same way everywhere (CLI and app): every layer in file order,
 * styled by {@link SampleStyles} for sample tables and a plain default per geometry kind otherwise, all visible at
 * full opacity. Runs on the caller's thread (off the UI thread: it reads every feature).
 */
public final class ProjectAssembler {

    private ProjectAssembler() {
    }

    /**
     * Loads all layers of {@code store}. {@code file} is recorded as the project's file.
     *
     * @throws rectimap.model.StoreException when the store cannot read a layer
     */
    public static Project assemble(Path file, FeatureStore store) {
        List<MapLayer> layers = new ArrayList<>();
        for (LayerInfo info : store.layers()) {
            Layer layer = withPlanningSchema(store.load(info.tableName()));
            layers.add(new MapLayer(layer,
                    SampleStyles.forTableOrDefault(info.tableName(), info.type().geometryKind()), true, 1.0));
        }
        return new Project(file, layers);
    }

    /**
     * A planning layer read from a file carries plain columns; its schema (which fields are derived from the
     * geometry) is the campaign's, so the layer is given the schema's field list when the columns agree.
     */
    private static Layer withPlanningSchema(Layer layer) {
        return rectimap.campaign.planning.PlanningSchemas.forTable(layer.tableName())
                .filter(schema -> sameColumns(schema.type(), layer.info().type()))
                .map(schema -> new Layer(new LayerInfo(schema.type(), layer.info().title(), layer.info().role(),
                        layer.info().provenance(), layer.info().note(), layer.info().srid()), layer.features()))
                .orElse(layer);
    }

    /**
     * The campaign's schema of a stored layer type (its derived fields marked) when the columns agree, else
     * {@code stored} itself.
     */
    public static rectimap.model.FeatureType schemaOf(rectimap.model.FeatureType stored) {
        return rectimap.campaign.planning.PlanningSchemas.forTable(stored.name())
                .map(rectimap.campaign.planning.PlanningSchema::type)
                .filter(type -> sameColumns(type, stored)).orElse(stored);
    }

    private static boolean sameColumns(rectimap.model.FeatureType schema, rectimap.model.FeatureType stored) {
        return schema.fields().stream().map(rectimap.model.Field::name).toList()
                .equals(stored.fields().stream().map(rectimap.model.Field::name).toList());
    }
}
