package rectimap.store.pg;

import static rectimap.store.pg.PgNames.qualified;
import static rectimap.store.pg.PgNames.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import rectimap.model.LayerInfo;

/**
 * A township of the shared project (a row of its {@code township} layer: fid, code, name) and THE rule of which
 * features are the township's: a feature belongs to the township whose boundary covers the feature's point on
 * surface ({@code ST_Covers(township.geom, ST_PointOnSurface(feature.geom))}) — the rule
 * {@code campaign.place.DivisionPlaces#townshipAt} applies on the client (JTS's interior point, which GEOS ports).
 * Work packages are cut and merges checked by it, so a package holds what its township may change.
 */
public record PgTownship(long fid, String code, String name) {
    /** The reference layer holding the township boundaries. */
    public static final String LAYER = "township";

    /**
     * The township named {@code nameOrCode} (its name, e.g. 解州镇, or its 9-digit code).
     *
     * @throws WorkPackageRefused NO_TOWNSHIP_LAYER, NO_SUCH_TOWNSHIP
     */
    public static PgTownship find(PgFeatureStore store, String nameOrCode) {
        if (store.layers().stream().noneMatch(l -> l.tableName().equals(LAYER))) {
            throw new WorkPackageRefused(WorkPackageProblem.NO_TOWNSHIP_LAYER, store.address().label().toString(),
                    "no township layer");
        }
        return store.read("finding township " + nameOrCode, c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT fid, code, name FROM "
                    + qualified(store.address().schema(), LAYER) + " WHERE name = ? OR code = ? ORDER BY fid")) {
                query.setString(1, nameOrCode);
                query.setString(2, nameOrCode);
                try (ResultSet rs = query.executeQuery()) {
                    if (!rs.next()) {
                        throw new WorkPackageRefused(WorkPackageProblem.NO_SUCH_TOWNSHIP, nameOrCode,
                                "no township named or coded so");
                    }
                    return new PgTownship(rs.getLong(1), rs.getString(2), rs.getString(3));
                }
            }
        });
    }

    /** The ids of the features of {@code layer} that belong to this township, ascending. */
    long[] featureIds(Connection connection, String schema, LayerInfo layer) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT f." + quote(PgLayerTable.ID) + " FROM "
                + qualified(schema, layer.tableName()) + " f JOIN " + qualified(schema, LAYER) + " t ON t.fid = ?"
                + " WHERE ST_Covers(t.geom, ST_PointOnSurface(f." + quote(PgLayerTable.GEOMETRY) + "))"
                + " ORDER BY f." + quote(PgLayerTable.ID))) {
            query.setLong(1, fid);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    /** Whether {@code geometry} (in the layer's CRS, EPSG:4490) belongs to this township by the rule above. */
    boolean holds(Connection connection, String schema, Geometry geometry) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT ST_Covers(t.geom, ST_PointOnSurface("
                + "ST_GeomFromWKB(?, ST_SRID(t.geom)))) FROM " + qualified(schema, LAYER) + " t WHERE t.fid = ?")) {
            query.setBytes(1, PgLayerTable.wkb(geometry));
            query.setLong(2, fid);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
