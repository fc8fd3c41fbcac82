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
 * names the place, e.g. "Self-intersection at (111.01 35.02)" (自相交，位于 …). Streams the rows, so a 100,000-feature layer is
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
                problemOf(codec, rows.getBytes(2), kind, layer.srsId()).ifPresent(problem -> findings.add(
                        new CheckFinding(CheckFinding.Kind.INVALID_GEOMETRY, layer.tableName(), fid, problem.key(),
                                problem.arguments())));
            }
        }
        return findings;
    }

    /** What is wrong with one geometry: a sentence key of {@code check.geometry.*} and its arguments. */
    private record Problem(String key, List<String> arguments) {
        static Problem of(String key, Object... arguments) {
            return new Problem(key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
        }
    }

    /**
     * What is wrong with one geometry blob, if anything. JTS's finding is named by its error type N
     * ({@code check.geometry.invalid.N}, the sentence in the user's language) and takes the place it names.
     */
    private static java.util.Optional<Problem> problemOf(GpkgGeometryCodec codec, byte[] blob, GeometryKind kind,
                                                         int srsId) {
        Geometry geometry;
        try {
            int tagged = GpkgGeometryCodec.Header.read(blob).srsId();
            if (tagged != srsId) {
                return java.util.Optional.of(Problem.of("check.geometry.srs", tagged, srsId));
            }
            geometry = codec.decode(blob);
        } catch (ParseException e) {
            return java.util.Optional.of(Problem.of("check.geometry.unreadable", e.getMessage()));
        }
        String type = geometry.getGeometryType().toUpperCase(Locale.ROOT);
        if (kind != GeometryKind.GEOMETRY && !geometry.isEmpty() && !type.equals(kind.gpkgName())) {
            return java.util.Optional.of(Problem.of("check.geometry.wrongType", type, kind.gpkgName()));
        }
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error == null) {
            return java.util.Optional.empty();
        }
        // IsValidOp names a place for every error; "?" only guards a JTS that would not.
        org.locationtech.jts.geom.Coordinate at = error.getCoordinate();
        return java.util.Optional.of(Problem.of("check.geometry.invalid." + error.getErrorType(),
                at == null ? "?" : degrees(at.x), at == null ? "?" : degrees(at.y)));
    }

    /** 7 decimals (about 1 cm in degrees): the computed intersection point carries float noise beyond that. */
    private static String degrees(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(7, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
