package rectimap.ui.exchange;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import rectimap.exchange.AxisOrder;
import rectimap.exchange.ImportPlan;
import rectimap.exchange.ImportTarget;
import rectimap.exchange.InvalidGeometryPolicy;
import rectimap.exchange.SourceOptions;
import rectimap.exchange.TableOptions;
import rectimap.model.LayerRole;

/**
 * What the user chose so far in the import wizard (no JavaFX, so it is tested without a window): the file, how to
 * read it, the source CRS, the target and the field mapping, the invalid-geometry policy. FX thread only.
 */
final class ImportChoices {
    private final Path file;
    /** The encoding the user picked, or null to let the detection decide. */
    Charset encoding;
    /** The detection could not tell the encoding: the user must pick one before going on. */
    boolean encodingUnsure;
    String xColumn;
    String yColumn;
    /** Which way round the table's x/y columns are; DETECT lets the values decide. */
    AxisOrder axisOrder = AxisOrder.DETECT;
    String sourceLayer;
    int epsg;
    boolean appendTarget;
    String newTitle;
    LayerRole newRole = LayerRole.REFERENCE;
    String appendTable;
    final Map<String, String> sourceByTarget = new LinkedHashMap<>();
    InvalidGeometryPolicy invalid = InvalidGeometryPolicy.REPAIR;

    ImportChoices(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** Whether the wizard must wait for the user to pick the encoding (the detection was unsure). */
    boolean encodingMissing() {
        return encodingUnsure && encoding == null;
    }

    SourceOptions sourceOptions() {
        return new SourceOptions(new TableOptions(encoding, xColumn, yColumn, epsg, axisOrder), sourceLayer);
    }

    /** The plan for the runner; {@code newTableName} is the unique table name for a new layer. */
    ImportPlan plan(String newTableName) {
        ImportTarget target = appendTarget ? new ImportTarget.Append(appendTable, sourceByTarget)
                : new ImportTarget.NewLayer(newTableName, newTitle, newRole);
        return new ImportPlan(file, target, epsg, invalid);
    }
}
