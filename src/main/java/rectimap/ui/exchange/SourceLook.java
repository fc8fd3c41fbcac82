package rectimap.ui.exchange;

import java.util.List;
import rectimap.exchange.FeatureSource;
import rectimap.exchange.PointTableSource;
import rectimap.exchange.SourceSchema;
import rectimap.exchange.TableAxes;

/**
 * What the source step shows of an opened file: its schema, and for a CSV/XLSX table its column headers and how
 * the coordinate columns were read (null for other formats). Immutable; built off the FX thread.
 */
record SourceLook(SourceSchema schema, TableAxes axes, List<String> headers) {

    static SourceLook of(FeatureSource opened) {
        if (opened instanceof PointTableSource table) {
            return new SourceLook(table.schema(), table.axes(), table.headers());
        }
        return new SourceLook(opened.schema(), null, List.of());
    }
}
