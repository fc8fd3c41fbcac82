package rectimap.store;

import rectimap.model.LayerInfo;

/**
 * A feature table as it sits in the file: its description plus the physical names needed to read it (files from
 * GDAL or QGIS may call the id and geometry columns otherwise than our {@code fid} and {@code geom}).
 *
 * @param info           the layer description; its fields are the readable attribute columns
 * @param idColumn       the INTEGER PRIMARY KEY column
 * @param geometryColumn the geometry column
 * @param srsId          the GeoPackage srs_id written in geometry headers (may differ from {@code info.srid()},
 *                       which is the EPSG code)
 * @param hasRtree       whether the spatial index table exists
 */
record StoredLayer(LayerInfo info, String idColumn, String geometryColumn, int srsId, boolean hasRtree) {

    String tableName() {
        return info.tableName();
    }
}
