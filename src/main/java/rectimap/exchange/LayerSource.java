package rectimap.exchange;

import java.util.Iterator;
import rectimap.model.Feature;
import rectimap.model.Layer;

/**
 * A layer read from another GeoPackage (opened by the caller through the {@code FeatureStore} port) as a
 * {@link FeatureSource}: its schema, CRS and features as stored.
 */
public final class LayerSource implements FeatureSource {
    private final SourceSchema schema;
    private final Iterator<Feature> features;
    private long index;

    public LayerSource(Layer layer) {
        this.schema = new SourceSchema(layer.tableName(), layer.info().type().fields(),
                layer.info().type().geometryKind(), SourceCrs.declared(layer.info().srid(), "GeoPackage "
                + layer.tableName()), "UTF-8", layer.features().size());
        this.features = layer.features().iterator();
    }

    @Override
    public SourceSchema schema() {
        return schema;
    }

    @Override
    public SourceRecord next() {
        if (!features.hasNext()) {
            return null;
        }
        Feature feature = features.next();
        return new SourceRecord(index++, feature.geometry(), feature.attributes());
    }

    @Override
    public void close() {
        // the caller owns the store the layer was read from
    }
}
