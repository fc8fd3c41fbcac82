package rectimap.store;

import static rectimap.store.SqlNames.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import rectimap.model.GeometryKind;

/**
 * Every geometry of a feature table: readable as a GeoPackage geometry, tagged with the layer's srs_id, of the
 * layer's geometry type, and valid by JTS's OGC rules (no self-intersection, enough points, closed rings); the reason
 * names the place, e.g. "Self-intersection at (111.01 35.02)". Streams the rows, so a 100,000-feature layer is
 * checked without holding it in memory.
 */
final class GeometryCheck {
    private GeometryCheck() {
    }

    static List<CheckFinding> run(Connection connection, StoredLayer layer) throws SQLException {
        List<CheckFinding> findings = new ArrayList<>();
        GpkgGeometryCodec codec = new GpkgGeometryCodec();
        GeometryKind kind = layer.info().type().geometryKind();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + quote(layer.idColumn()) + ", "
                + quote(layer.geometryColumn()) + " FROM " + quote(layer.tableName()) + " WHERE "
                + quote(layer.geometryColumn()) + " IS NOT NULL"); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long fid = rows.getLong(1);
                String problem = problemOf(codec, rows.getBytes(2), kind, layer.srsId());
                if (problem != null) {
                    findings.add(new CheckFinding(CheckFinding.Kind.INVALID_GEOMETRY, layer.tableName(), fid, problem));
                }
            }
        }
        return findings;
    }

    /** What is wrong with one geometry blob, or null when nothing is. */
    static String problemOf(GpkgGeometryCodec codec, byte[] blob, GeometryKind kind, int srsId) {
        Geometry geometry;
        try {
            if (GpkgGeometryCodec.Header.read(blob).srsId() != srsId) {
                return "tagged with srs_id " + GpkgGeometryCodec.Header.read(blob).srsId() + ", the layer uses " + srsId;
            }
            geometry = codec.decode(blob);
        } catch (ParseException e) {
            return "unreadable geometry: " + e.getMessage();
        }
        String type = geometry.getGeometryType().toUpperCase(Locale.ROOT);
        if (kind != GeometryKind.GEOMETRY && !geometry.isEmpty() && !type.equals(kind.gpkgName())) {
            return "a " + type + " in a " + kind.gpkgName() + " layer";
        }
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error == null) {
            return null;
        }
        return error.getMessage() + (error.getCoordinate() == null ? ""
                : " at (" + degrees(error.getCoordinate().x) + " " + degrees(error.getCoordinate().y) + ")");
    }

    /** 7 decimals (about 1 cm in degrees): the computed intersection point carries float noise beyond that. */
    private static String degrees(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(7, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
