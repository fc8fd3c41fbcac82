package rectimap.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;

/**
 * The compact binary form of one undo step in {@code rectimap_history.changes}: a format version, then each change's
 * table, before and after feature; a feature is its id, its geometry as a GeoPackage geometry blob (WKB, so
 * coordinates round-trip bit for bit) and typed attribute values (text as UTF-8, whole numbers as 8 bytes, reals as
 * IEEE bits, dates as epoch days); from version 2 then the layer display change, if any: the before and after views
 * (table, visible, opacity bits, style as {@link LayerStyleText}; an after style equal to its before is written as a
 * mark, halving a step's size). So a step read back is {@code equals} to the one written and
 * {@code ChangeApplier} accepts its inverse. The step name is kept in its own column. Not thread-safe (the geometry
 * codec keeps buffers): one per writer or reader.
 */
final class ChangeSetCodec {
    /** Version 1: feature changes only. Version 2 adds the step's layer display change (old steps still read). */
    private static final int FORMAT_VERSION = 2;
    private static final int FEATURES_ONLY_VERSION = 1;
    private static final int NULL = 0;
    private static final int TEXT = 1;
    private static final int WHOLE = 2;
    private static final int REAL = 3;
    private static final int DATE = 4;

    private final GpkgGeometryCodec geometries = new GpkgGeometryCodec();

    /** The bytes for the changes of {@code step}. */
    byte[] encode(ChangeSet step) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT_VERSION);
            out.writeInt(step.changes().size());
            for (FeatureChange change : step.changes()) {
                Utf8Field.write(out, change.tableName());
                writeFeature(out, change.before());
                writeFeature(out, change.after());
            }
            LayerViewsCodec.write(out, step.layerStates());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /**
     * The step named {@code name} whose changes are {@code bytes}.
     *
     * @throws ParseException when the bytes are not a step this version wrote
     */
    ChangeSet decode(String name, byte[] bytes) throws ParseException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int version = in.readUnsignedByte();
            if (version != FORMAT_VERSION && version != FEATURES_ONLY_VERSION) {
                throw new ParseException("unknown history format version " + version);
            }
            int count = in.readInt();
            List<FeatureChange> changes = new ArrayList<>(Math.min(count, 10_000));
            for (int i = 0; i < count; i++) {
                String table = Utf8Field.read(in);
                Feature before = readFeature(in);
                Feature after = readFeature(in);
                changes.add(new FeatureChange(table, before, after));
            }
            return new ChangeSet(name, changes, version == FEATURES_ONLY_VERSION ? null : LayerViewsCodec.read(in));
        } catch (IOException | IllegalArgumentException e) {
            throw new ParseException("damaged history step '" + name + "': " + e.getMessage());
        }
    }

    private void writeFeature(DataOutputStream out, Feature feature) throws IOException {
        out.writeBoolean(feature != null);
        if (feature == null) {
            return;
        }
        out.writeLong(feature.id());
        Geometry geometry = feature.geometry();
        byte[] blob = geometries.encode(geometry, geometry.getSRID());
        out.writeInt(blob.length);
        out.write(blob);
        out.writeInt(feature.attributes().size());
        for (Map.Entry<String, Object> entry : feature.attributes().entrySet()) {
            Utf8Field.write(out, entry.getKey());
            writeValue(out, entry.getValue());
        }
    }

    private static void writeValue(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String text) {
            out.writeByte(TEXT);
            Utf8Field.write(out, text);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            out.writeByte(WHOLE);
            out.writeLong(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            out.writeByte(REAL);
            out.writeLong(Double.doubleToRawLongBits(((Number) value).doubleValue()));
        } else if (value instanceof LocalDate date) {
            out.writeByte(DATE);
            out.writeLong(date.toEpochDay());
        } else {
            throw new IllegalArgumentException("an attribute value must be String, Long, Double or LocalDate, not "
                    + value.getClass().getName());
        }
    }

    private Feature readFeature(DataInputStream in) throws IOException, ParseException {
        if (!in.readBoolean()) {
            return null;
        }
        long id = in.readLong();
        Geometry geometry = geometries.decode(in.readNBytes(in.readInt()));
        int count = in.readInt();
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String key = Utf8Field.read(in);
            attributes.put(key, readValue(in));
        }
        return new Feature(id, geometry, attributes);
    }

    private static Object readValue(DataInputStream in) throws IOException {
        int tag = in.readUnsignedByte();
        return switch (tag) {
            case NULL -> null;
            case TEXT -> Utf8Field.read(in);
            case WHOLE -> in.readLong();
            case REAL -> Double.longBitsToDouble(in.readLong());
            case DATE -> LocalDate.ofEpochDay(in.readLong());
            default -> throw new IOException("unknown value tag " + tag);
        };
    }
}
