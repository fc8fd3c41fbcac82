package rectimap.store;

import static rectimap.store.SqlNames.quote;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import rectimap.model.Feature;
import rectimap.model.Field;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * Reads features of one stored layer: all of them, or those whose envelope meets a box (through the R-tree when
 * the table has one). Feature ids are the table's primary key; DATE columns become {@link LocalDate}; a NULL
 * geometry becomes an empty geometry collection, since features always carry a geometry.
 */
final class FeatureTableReader {
    private final Connection connection;
    private final GpkgGeometryCodec codec;
    private final Path file;

    FeatureTableReader(Connection connection, GpkgGeometryCodec codec, Path file) {
        this.connection = connection;
        this.codec = codec;
        this.file = file;
    }

    List<Feature> readAll(StoredLayer layer) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(select(layer, "t") + " ORDER BY t."
                + quote(layer.idColumn()))) {
            return read(layer, query, null);
        }
    }

    /** Features whose envelope intersects {@code bbox}; the R-tree's float bounds are refined with exact ones. */
    List<Feature> readIntersecting(StoredLayer layer, Envelope bbox) throws SQLException {
        if (bbox.isNull()) {
            return List.of();
        }
        String sql = layer.hasRtree()
                ? select(layer, "t") + " JOIN " + quote(SqlNames.rtreeName(layer.tableName(), layer.geometryColumn()))
                  + " r ON r.id = t." + quote(layer.idColumn())
                  + " WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ? ORDER BY t."
                  + quote(layer.idColumn())
                : select(layer, "t") + " ORDER BY t." + quote(layer.idColumn());
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (layer.hasRtree()) {
                query.setDouble(1, bbox.getMaxX());
                query.setDouble(2, bbox.getMinX());
                query.setDouble(3, bbox.getMaxY());
                query.setDouble(4, bbox.getMinY());
            }
            return read(layer, query, bbox);
        }
    }

    private static String select(StoredLayer layer, String alias) {
        StringBuilder sql = new StringBuilder("SELECT ").append(alias).append('.').append(quote(layer.idColumn()))
                .append(", ").append(alias).append('.').append(quote(layer.geometryColumn()));
        for (Field field : layer.info().type().fields()) {
            sql.append(", ").append(alias).append('.').append(quote(field.name()));
        }
        return sql.append(" FROM ").append(quote(layer.tableName())).append(' ').append(alias).toString();
    }

    private List<Feature> read(StoredLayer layer, PreparedStatement query, Envelope filter) throws SQLException {
        List<Field> fields = layer.info().type().fields();
        GeometryFactory emptyFactory = new GeometryFactory(new PrecisionModel(), layer.srsId());
        List<Feature> features = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                byte[] blob = rows.getBytes(2);
                Geometry geometry = blob == null ? emptyFactory.createGeometryCollection() : decode(layer, id, blob);
                if (filter != null && !filter.intersects(geometry.getEnvelopeInternal())) {
                    continue;
                }
                Map<String, Object> attributes = new LinkedHashMap<>();
                for (int i = 0; i < fields.size(); i++) {
                    attributes.put(fields.get(i).name(), value(rows, 3 + i, fields.get(i), layer, id));
                }
                features.add(new Feature(id, geometry, attributes));
            }
        }
        return features;
    }

    private Geometry decode(StoredLayer layer, long id, byte[] blob) {
        try {
            return codec.decode(blob);
        } catch (ParseException e) {
            throw new StoreException(StoreProblem.CORRUPT, file, "layer " + layer.tableName() + ", feature " + id
                    + ": bad geometry: " + e.getMessage(), e);
        }
    }

    private Object value(ResultSet rows, int column, Field field, StoredLayer layer, long id) throws SQLException {
        Object raw = rows.getObject(column);
        if (raw == null) {
            return null;
        }
        return switch (field.type()) {
            case TEXT -> raw instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : raw.toString();
            case INTEGER -> raw instanceof Number n ? Long.valueOf(n.longValue()) : parseWhole(raw, field, layer, id);
            case REAL -> raw instanceof Number n ? Double.valueOf(n.doubleValue()) : parseReal(raw, field, layer, id);
            case DATE -> parseDate(raw.toString(), field, layer, id);
        };
    }

    // SQLite lets any column hold text; a number column holding non-numeric text is reported, not hidden.
    private Long parseWhole(Object raw, Field field, StoredLayer layer, long id) {
        try {
            return Long.valueOf(raw.toString().trim());
        } catch (NumberFormatException e) {
            throw notA("whole number", raw, field, layer, id);
        }
    }

    private Double parseReal(Object raw, Field field, StoredLayer layer, long id) {
        try {
            return Double.valueOf(raw.toString().trim());
        } catch (NumberFormatException e) {
            throw notA("number", raw, field, layer, id);
        }
    }

    private StoreException notA(String what, Object raw, Field field, StoredLayer layer, long id) {
        return new StoreException(StoreProblem.CORRUPT, file, "layer " + layer.tableName() + ", feature " + id
                + ", field " + field.name() + ": not a " + what + ": '" + raw + "'");
    }

    private LocalDate parseDate(String text, Field field, StoredLayer layer, long id) {
        try {
            // GDAL may write a DATETIME-looking value into a DATE column; the date part is what counts.
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw notA("date", text, field, layer, id);
        }
    }
}
