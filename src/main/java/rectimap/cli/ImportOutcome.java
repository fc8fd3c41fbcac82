package rectimap.cli;

import java.util.List;
import rectimap.exchange.ImportResult;
import rectimap.exchange.NewLayerOutcome;
import rectimap.exchange.RecordNote;
import rectimap.exchange.SourceCrs;
import rectimap.exchange.TableAxes;
import rectimap.exchange.shapefile.DbfEncoding;

/**
 * How a command-line import ended: the table written, features imported, records repaired and left out, and the
 * per-record notes (for a streamed new layer the first {@code StreamedNewLayer.NOTES_KEPT}; the counts cover all), and for a CSV/XLSX
 * table how its coordinate columns were read ({@code axes}, null for other formats), and the source CRS as the
 * file stated or the ranges suggested ({@code sourceCrs}, null when not known to the caller), and for a Shapefile which
 * text encoding was used and why ({@code encoding}, null for other formats).
 */
record ImportOutcome(String table, long imported, long repaired, long skipped, List<RecordNote> notes,
                     TableAxes axes, SourceCrs sourceCrs, DbfEncoding encoding) {

    static ImportOutcome of(String table, ImportResult result) {
        return new ImportOutcome(table, result.importedCount(), result.repairedCount(), result.skippedCount(),
                result.notes(), null, null, null);
    }

    /** A streamed new layer: records left out without geometry count as skipped; the first notes are listed. */
    static ImportOutcome of(NewLayerOutcome streamed) {
        return new ImportOutcome(streamed.tableName(), streamed.imported(), streamed.repaired(),
                streamed.skipped() + streamed.withoutGeometry(), streamed.notes(), null, null, null);
    }

    /** This outcome with how the source was read: its table axes, its CRS and a Shapefile's encoding. */
    ImportOutcome withSource(ReadImport.HowRead how) {
        return withSource(how.axes(), how.crs()).withEncoding(how.encoding());
    }

    /** This outcome with how the source was read: its table axes (or null) and its CRS. */
    ImportOutcome withSource(TableAxes read, SourceCrs crs) {
        return new ImportOutcome(table, imported, repaired, skipped, notes, read, crs, encoding);
    }

    /** This outcome with the text encoding used and why (or null). */
    ImportOutcome withEncoding(DbfEncoding used) {
        return new ImportOutcome(table, imported, repaired, skipped, notes, axes, sourceCrs, used);
    }
}
