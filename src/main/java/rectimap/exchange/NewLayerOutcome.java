package rectimap.exchange;

import java.util.List;

/**
 * How a streamed new-layer import ended (it is all written).
 *
 * @param tableName       the table written (the wanted name, or with {@code _2} ... when it was taken)
 * @param title           the layer's title as written (" (2)" ... added when another layer had it)
 * @param imported        features written
 * @param repaired        invalid geometries repaired
 * @param skipped         records left out because their geometry was invalid (policy SKIP)
 * @param withoutGeometry records left out because they had no geometry
 * @param notes           the first {@link StreamedNewLayer#NOTES_KEPT} records repaired or left out, in file order
 *                        (the counts cover all)
 */
public record NewLayerOutcome(String tableName, String title, long imported, long repaired, long skipped,
                              long withoutGeometry, List<RecordNote> notes) {
    public NewLayerOutcome {
        notes = List.copyOf(notes);
    }
}
