package rectimap.exchange;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Function;
import rectimap.model.Field;
import rectimap.model.Layer;

/**
 * Exports a layer, or a selection of it, to a file in any {@link ExportFormat}; every file goes through
 * {@link AtomicFileWrite}, so a failure leaves no half file. The GeoPackage is written by the store (through
 * {@link GeoPackageWriter}, supplied by the composition root) into a temporary file whose bytes are then moved
 * into place the same way. Blocks: call off the FX thread.
 */
public final class LayerExport {

    /** Writes a layer as the only layer of a new GeoPackage at {@code file} (which does not exist yet). */
    public interface GeoPackageWriter {
        void writeNew(Path file, Layer layer) throws IOException;
    }

    /** Writes a Shapefile (.shp with .shx, .dbf, .prj, .cpg beside it) in {@code encoding}. */
    public interface ShapefileWriter {
        void write(Layer layer, Path shp, Charset encoding) throws IOException;
    }

    /** Ledger options: the id column's header and each field's header (Chinese labels by default). */
    public record LedgerHeaders(String idHeader, Function<Field, String> headerOf) {
    }

    private final GeoPackageWriter geoPackage;
    private final ShapefileWriter shapefile;

    public LayerExport(GeoPackageWriter geoPackage, ShapefileWriter shapefile) {
        this.geoPackage = geoPackage;
        this.shapefile = shapefile;
    }

    /** The features of {@code layer} whose ids are in {@code ids}, in layer order. */
    public static Layer selection(Layer layer, Set<Long> ids) {
        return new Layer(layer.info(), layer.features().stream().filter(f -> ids.contains(f.id())).toList());
    }

    /**
     * Writes {@code layer} to {@code target} as {@code format}.
     *
     * @param encoding the Shapefile's DBF encoding (GBK by default); ignored by the other formats
     */
    public void write(Layer layer, ExportFormat format, Path target, Charset encoding, LedgerHeaders headers)
            throws IOException {
        write(layer, format, target, encoding, headers, LedgerPictures.NONE);
    }

    /** As above; an XLSX ledger also gets {@code pictures} in a photo column (the other formats ignore them). */
    public void write(Layer layer, ExportFormat format, Path target, Charset encoding, LedgerHeaders headers,
                      LedgerPictures pictures) throws IOException {
        switch (format) {
            case GEOJSON -> AtomicFileWrite.write(target, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                GeoJsonExport.write(layer, writer);
                writer.flush();
            });
            case KML -> AtomicFileWrite.write(target, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                KmlExport.write(layer, writer);
                writer.flush();
            });
            case XLSX -> LedgerExport.writeXlsx(Ledger.ofLayer(layer, headers.idHeader(), headers.headerOf()), pictures,
                    target);
            case CSV -> LedgerExport.writeCsv(Ledger.ofLayer(layer, headers.idHeader(), headers.headerOf()), target);
            case GEOPACKAGE -> writeGeoPackage(layer, target);
            case SHAPEFILE -> shapefile.write(layer, target, encoding);
        }
    }

    private void writeGeoPackage(Layer layer, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path scratch = absolute.resolveSibling("." + absolute.getFileName() + ".building");
        Files.deleteIfExists(scratch);
        try {
            geoPackage.writeNew(scratch, layer);
            AtomicFileWrite.write(target, out -> Files.copy(scratch, out));
        } finally {
            Files.deleteIfExists(scratch);
        }
    }
}
