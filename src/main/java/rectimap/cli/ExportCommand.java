package rectimap.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import rectimap.campaign.FieldLabels;
import rectimap.exchange.ExportFormat;
import rectimap.exchange.LayerExport;
import rectimap.exchange.LedgerPictures;
import rectimap.exchange.ShapefileLayerWriter;
import rectimap.model.Layer;
import rectimap.model.StoreException;
import rectimap.exchange.GeoPackageExchange;
import rectimap.exchange.shapefile.ShapefileEncoding;

/**
 * {@code export --project P --layer T --format gpkg|shp|geojson|kml|xlsx|csv [--encoding GBK|UTF-8] [--lang zh|en]
 * --out F}: one layer to a file (ledgers with Chinese column headers, English with {@code --lang en}; Shapefiles in
 * GBK unless UTF-8 is asked for; an XLSX ledger gets a 照片 column with each feature's photo thumbnail). Written under a temporary name and moved into place. Exit 0 written, 2 bad
 * arguments or an unreadable project or layer, 1 the output cannot be written.
 */
public final class ExportCommand implements CliCommand {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export --project P --layer T --format gpkg|shp|geojson|kml|xlsx|csv [--encoding GBK|UTF-8]"
                + " [--lang zh|en] --out F   a layer to a file";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CommandOptions options;
        ExportFormat format;
        Charset encoding;
        try {
            options = CommandOptions.parse(args, Set.of("--project", "--layer", "--format", "--encoding", "--out",
                    "--lang"), Set.of("--project", "--layer", "--format", "--out"));
            format = ExportFormat.ofWord(options.get("--format")).orElseThrow(() -> new CommandOptions.BadOptions(
                    "exportFormat", options.get("--format")));
            String asked = options.get("--encoding") == null ? "GBK" : options.get("--encoding");
            encoding = ShapefileEncoding.named(asked).orElseThrow(() -> new CommandOptions.BadOptions(
                    "exportEncoding", asked, ShapefileEncoding.supported())).charset();
        } catch (CommandOptions.BadOptions e) {
            CommandArguments.refuse(this, e, args, err);
            return 2;
        }
        Layer layer;
        LedgerPictures pictures = LedgerPictures.NONE;
        boolean english = "en".equals(options.get("--lang"));
        try (ReadProject read = ProjectReading.open(options.get("--project"), args, err)) {
            layer = read.store().load(options.get("--layer"));
            if (format == ExportFormat.XLSX) {
                pictures = LedgerPictures.of(layer, read.photos(), english ? "Photo" : "照片");
            }
        } catch (StoreException e) {
            err.println(ProjectFailure.line("export", e, args));
            return 2;
        } catch (rectimap.store.pg.PgAddress.BadAddress e) {
            err.println(ProjectFailure.line("export", e, args));
            return 2;
        }
        LayerExport.LedgerHeaders headers = new LayerExport.LedgerHeaders(english ? "ID" : "编号",
                field -> FieldLabels.of(english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE)
                        .field(layer.info().type(), field.name()));
        Path target = Path.of(options.get("--out")).toAbsolutePath();
        if (format == ExportFormat.SHAPEFILE) {
            for (String renamed : ShapefileLayerWriter.renamedColumns(layer, encoding)) {
                err.println("export: " + UserText.format(UserText.localeOf(args), "cli.export.cut", renamed));
            }
        }
        try {
            new LayerExport(new GeoPackageExchange(), new ShapefileLayerWriter()).write(layer, format, target, encoding,
                    headers, pictures);
        } catch (IOException e) {
            err.println(UserText.format(UserText.localeOf(args), "cli.cannotWrite", name(), target, e.getMessage()));
            return 1;
        }
        out.println(UserText.format(UserText.localeOf(args), "cli.export.wrote", String.valueOf(layer.features().size()),
                layer.tableName(), layer.info().title(), format.extension(), target));
        return 0;
    }
}
