package rectimap.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import rectimap.exchange.AtomicFileWrite;
import rectimap.exchange.GeoJsonExport;
import rectimap.model.Layer;
import rectimap.model.StoreException;
import rectimap.store.pg.PgAddress;

/**
 * {@code export-layer --project FILE --layer TABLE --out FILE.geojson}: one layer as RFC 7946 GeoJSON (WGS 84
 * lon/lat, UTF-8; see {@link GeoJsonExport}). Written under a temporary name beside the target and moved into place,
 * so a failed export never leaves a half file. Exit 0 written, 2 bad arguments or an unreadable project or layer,
 * 1 the output cannot be written.
 */
public final class ExportLayerCommand implements CliCommand {

    @Override
    public String name() {
        return "export-layer";
    }

    @Override
    public String usage() {
        return "export-layer --project FILE --layer TABLE --out FILE.geojson   one layer as GeoJSON (WGS 84 lon/lat)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CommandOptions options;
        try {
            options = CommandOptions.parse(args, Set.of("--project", "--layer", "--out", "--lang"),
                    Set.of("--project", "--layer", "--out"));
        } catch (CommandOptions.BadOptions e) {
            CommandArguments.refuse(this, e, args, err);
            return 2;
        }
        Layer layer;
        try (ReadProject read = ProjectReading.open(options.get("--project"), args, err)) {
            layer = read.store().load(options.get("--layer"));
        } catch (StoreException e) {
            err.println(ProjectFailure.line("export-layer", e, args));
            return 2;
        } catch (PgAddress.BadAddress e) {
            err.println(ProjectFailure.line("export-layer", e, args));
            return 2;
        }
        Path target = Path.of(options.get("--out")).toAbsolutePath();
        try {
            AtomicFileWrite.write(target, stream -> {
                Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                GeoJsonExport.write(layer, writer);
                writer.flush();
            });
        } catch (IOException e) {
            err.println(UserText.format(UserText.localeOf(args), "cli.cannotWrite", name(), target, e.getMessage()));
            return 1;
        }
        out.println(UserText.format(UserText.localeOf(args), "cli.exportLayer.wrote",
                String.valueOf(layer.features().size()), layer.tableName(), layer.info().title(), target));
        return 0;
    }
}
