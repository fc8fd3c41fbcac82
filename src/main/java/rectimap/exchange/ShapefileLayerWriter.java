package rectimap.exchange;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import rectimap.exchange.shapefile.ShapefileEncoding;
import rectimap.exchange.shapefile.ShapefileExportPlan;
import rectimap.exchange.shapefile.ShapefileWriter;
import rectimap.geo.Epsg;
import rectimap.model.Layer;

/**
 * Export to Shapefile through {@code exchange.shapefile}: GBK or UTF-8 (any other encoding is an
 * IllegalArgumentException naming the two, never a GBK file under another name), lon/lat in EPSG:4490,
 * every part through the atomic writer. {@link #renamedColumns} tells the caller which field names will be cut to
 * the format's 10 bytes, so it can warn before writing.
 */
public final class ShapefileLayerWriter implements LayerExport.ShapefileWriter {

    @Override
    public void write(Layer layer, Path shp, Charset encoding) throws IOException {
        try {
            ShapefileWriter.write(shp, layer, encodingOf(encoding), Epsg.CGCS2000);
        } catch (ExchangeException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** "field → written name" for each field whose name will be cut or changed; empty when none. */
    public static List<String> renamedColumns(Layer layer, Charset encoding) {
        ShapefileExportPlan plan = ShapefileWriter.plan(layer, encodingOf(encoding));
        return plan.renamedColumns().stream().map(c -> c.fieldName() + " → " + c.writtenName()).toList();
    }

    private static ShapefileEncoding encodingOf(Charset encoding) {
        return ShapefileEncoding.of(encoding);
    }
}
