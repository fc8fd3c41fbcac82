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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
    /** Rows handed to the decoding thread at a time. */
    private static final int BATCH_ROWS = 2_048;
    /** One decoding thread beside the reading one (SQLite steps one row at a time per statement anyway). */
    private static final ExecutorService DECODER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "gpkg-decode");
        thread.setDaemon(true);
        return thread;
    });
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

    /** The features with these ids (fids) that the table holds, in id order; an id it lacks is left out. */
    List<Feature> readIds(StoredLayer layer, java.util.Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement query = connection.prepareStatement(select(layer, "t") + " WHERE t."
                + quote(layer.idColumn()) + " IN (" + marks + ") ORDER BY t." + quote(layer.idColumn()))) {
            int i = 1;
            for (long id : ids) {
                query.setLong(i++, id);
            }
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

    /** A row as SQLite gave it: the id, the geometry blob (may be null) and the raw attribute values. */
    private record RawRow(long id, byte[] blob, Object[] values) {
    }

    /**
     * Reads the rows on this thread and turns them into features (WKB decoding, values, attribute maps) on a pool
     * thread in batches, so a big layer's read uses two cores: stepping SQLite and decoding cost about the same.
     * Features keep the query's order; a decoding failure is thrown here as it would be read sequentially.
     */
    private List<Feature> read(StoredLayer layer, PreparedStatement query, Envelope filter) throws SQLException {
        int columns = layer.info().type().fields().size();
        List<CompletableFuture<List<Feature>>> decoded = new ArrayList<>();
        List<RawRow> batch = new ArrayList<>(BATCH_ROWS);
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Object[] values = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    values[i] = rows.getObject(3 + i);
                }
                batch.add(new RawRow(rows.getLong(1), rows.getBytes(2), values));
                if (batch.size() == BATCH_ROWS) {
                    List<RawRow> full = batch;
                    // A codec per batch: the JTS reader inside keeps buffers (not thread-safe).
                    decoded.add(CompletableFuture.supplyAsync(
                            () -> features(layer, full, filter, new GpkgGeometryCodec()), DECODER));
                    batch = new ArrayList<>(BATCH_ROWS);
                }
            }
        }
        List<Feature> features = new ArrayList<>(decoded.size() * BATCH_ROWS + batch.size());
        for (CompletableFuture<List<Feature>> part : decoded) {
            try {
                features.addAll(part.join());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure : e;
            }
        }
        features.addAll(features(layer, batch, filter, codec));
        return features;
    }

    private List<Feature> features(StoredLayer layer, List<RawRow> rows, Envelope filter,
                                   GpkgGeometryCodec rowCodec) {
        List<Field> fields = layer.info().type().fields();
        GeometryFactory emptyFactory = new GeometryFactory(new PrecisionModel(), layer.srsId());
        List<Feature> features = new ArrayList<>(rows.size());
        for (RawRow row : rows) {
            long id = row.id();
            Geometry geometry = row.blob() == null ? emptyFactory.createGeometryCollection()
                    : decode(rowCodec, layer, id, row.blob());
            if (filter != null && !filter.intersects(geometry.getEnvelopeInternal())) {
                continue;
            }
            Map<String, Object> attributes = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                attributes.put(fields.get(i).name(), value(row.values()[i], fields.get(i), layer, id));
            }
            features.add(new Feature(id, geometry, attributes));
        }
        return features;
    }

    private Geometry decode(GpkgGeometryCodec rowCodec, StoredLayer layer, long id, byte[] blob) {
        try {
            return rowCodec.decode(blob);
        } catch (ParseException e) {
            throw new StoreException(StoreProblem.CORRUPT, file, "layer " + layer.tableName() + ", feature " + id
                    + ": bad geometry: " + e.getMessage(), e);
        }
    }

    private Object value(Object raw, Field field, StoredLayer layer, long id) {
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
