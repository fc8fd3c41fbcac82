package rectimap.model;

import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * The port to where a project's layers live (the GeoPackage file). Implementations are not thread-safe: one
 * owner thread at a time. Failures surface as {@link StoreException} with a message fit for the user.
 */
public interface FeatureStore extends AutoCloseable {

    /** The feature layers in the file, in file order. */
    List<LayerInfo> layers();

    /** All features of the named layer. */
    Layer load(String tableName);

    /** Features whose envelope intersects {@code bbox} (in the layer's CRS), found through the spatial index. */
    List<Feature> query(String tableName, Envelope bbox);

    /** Creates (or replaces) a layer and writes all its features in one transaction. */
    void write(Layer layer);

    @Override
    void close();
}
