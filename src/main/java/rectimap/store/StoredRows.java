package rectimap.store;

import org.locationtech.jts.io.ParseException;
import rectimap.model.ChangeSet;
import rectimap.model.style.LayerStyle;

/**
 * The project file's row encodings for another store that keeps the same rows (the shared PostgreSQL project copies
 * {@code rectimap_history} and {@code rectimap_layer_state} as they are): a history step's bytes and a layer's
 * style text read exactly as the GeoPackage reads them.
 */
public final class StoredRows {
    private StoredRows() {
    }

    /**
     * A {@code rectimap_history} row's step.
     *
     * @throws ParseException when the bytes are not a step this version wrote
     */
    public static ChangeSet step(String name, byte[] changes) throws ParseException {
        return new ChangeSetCodec().decode(name, changes);
    }

    /** A {@code rectimap_history} row's bytes for {@code step}. */
    public static byte[] encode(ChangeSet step) {
        return new ChangeSetCodec().encode(step);
    }

    /** A {@code rectimap_layer_state} row as the GeoPackage reads it (an unreadable style falls back to the default). */
    public static LayerDisplayState layerState(String table, int drawOrder, boolean visible, double opacity,
            String styleText) {
        return new LayerDisplayState(table, drawOrder, visible, Math.max(0, Math.min(1, opacity)),
                LayerStateRows.styleOf(table, styleText));
    }
}
