package rectimap.store;

import org.locationtech.jts.geom.Envelope;
import rectimap.model.LayerInfo;

/**
 * How a bulk import ended.
 *
 * @param layer     the layer as written (its table name may carry a suffix when the wanted one was taken)
 * @param features  features written; 0 when cancelled or when the feed gave none: nothing was kept (rolled back)
 * @param extent    their extent in EPSG:4490 degrees (null-sized when cancelled or all geometries empty)
 * @param cancelled whether the user cancelled; the project is then exactly as before
 */
public record BulkImportResult(LayerInfo layer, long features, Envelope extent, boolean cancelled) {
}
