package rectimap.cli;

import java.util.List;
import rectimap.exchange.ImportResult;
import rectimap.exchange.RecordNote;
import rectimap.exchange.StreamedLayerImport;
import rectimap.exchange.TableAxes;

/**
 * How a command-line import ended: the table written, features imported, records repaired and left out, and the
 * per-record notes (empty for a streamed Shapefile import, which counts instead of listing), and for a CSV/XLSX
 * table how its coordinate columns were read ({@code axes}, null for other formats).
 */
record ImportOutcome(String table, long imported, long repaired, long skipped, List<RecordNote> notes,
                     TableAxes axes) {

    static ImportOutcome of(String table, ImportResult result) {
        return new ImportOutcome(table, result.importedCount(), result.repairedCount(), result.skippedCount(),
                result.notes(), null);
    }

    static ImportOutcome of(StreamedLayerImport.Outcome streamed) {
        return new ImportOutcome(streamed.stored().layer().tableName(), streamed.stored().features(),
                streamed.repaired(), streamed.skippedInvalid() + streamed.withoutGeometry(), List.of(), null);
    }

    ImportOutcome withAxes(TableAxes read) {
        return new ImportOutcome(table, imported, repaired, skipped, notes, read);
    }
}
