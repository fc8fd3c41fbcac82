package rectimap.store.pg;

import static rectimap.store.pg.PgNames.quote;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import rectimap.model.LayerInfo;
import rectimap.store.CheckFinding;

/**
 * {@code check} for a shared project: every layer's geometries by PostGIS's OGC validity rules, one
 * INVALID_GEOMETRY finding per invalid feature with PostGIS's reason (e.g. "Self-intersection[111.01 35.02]"). The
 * GeoPackage file checks (SQLite integrity, GeoPackage tables, R-trees) have no counterpart here: the server keeps
 * its own tables and GiST indexes, and the column types already refuse a geometry of the wrong kind. Reads only.
 */
public final class PgGeometryCheck {
    private PgGeometryCheck() {
    }

    /**
     * The invalid geometries of every layer, layer by layer in project order, by fid.
     *
     * @throws rectimap.model.StoreException when the server cannot be read
     */
    public static List<CheckFinding> run(PgFeatureStore store) {
        List<CheckFinding> findings = new ArrayList<>();
        for (LayerInfo info : store.layers()) {
            PgLayerTable table = new PgLayerTable(store.address().schema(), info);
            String geometry = quote(PgLayerTable.GEOMETRY);
            findings.addAll(store.read("checking layer " + info.tableName(), c -> {
                List<CheckFinding> invalid = new ArrayList<>();
                try (PreparedStatement query = c.prepareStatement("SELECT " + quote(PgLayerTable.ID)
                        + ", ST_IsValidReason(" + geometry + ") FROM " + table.name() + " WHERE " + geometry
                        + " IS NOT NULL AND NOT ST_IsValid(" + geometry + ") ORDER BY 1");
                        ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        invalid.add(CheckFinding.of(CheckFinding.Kind.INVALID_GEOMETRY, info.tableName(),
                                rs.getLong(1), "check.geometry.server", rs.getString(2)));
                    }
                }
                return invalid;
            }));
        }
        return findings;
    }
}
