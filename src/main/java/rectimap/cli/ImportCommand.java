package rectimap.cli;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import rectimap.exchange.ExchangeException;
import rectimap.exchange.InvalidGeometryPolicy;
import rectimap.exchange.RecordNote;
import rectimap.exchange.SourceOptions;
import rectimap.model.StoreException;
import rectimap.store.ProjectInUseException;

/**
 * {@code import --project P --file F [--layer-name N | --append-to TABLE] [--encoding GBK|UTF-8] [--crs EPSG]
 * [--invalid repair|skip] [--source-layer L] [--x-column C --y-column C]}: imports a GeoJSON, KML/KMZ, CSV, XLSX,
 * GeoPackage layer or Shapefile into the project, as a new layer or appended to a planning layer (fields matched by
 * name and Chinese label; one undoable step). All or nothing: on any problem the project is unchanged and the
 * message names the file, the record and the reason. Exit 0 imported, 2 bad arguments or input, 1 write failure.
 */
public final class ImportCommand implements CliCommand {
    private static final Set<String> OPTIONS = Set.of("--project", "--file", "--layer-name", "--append-to",
            "--encoding", "--crs", "--invalid", "--source-layer", "--x-column", "--y-column", "--title");

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import --project P --file F [--layer-name N | --append-to TABLE] [--encoding GBK|UTF-8] [--crs EPSG]"
                + " [--invalid repair|skip] [--source-layer L] [--x-column C --y-column C]   import a file";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CommandOptions options;
        ImportRequest request;
        try {
            options = CommandOptions.parse(args, OPTIONS, Set.of("--project", "--file"));
            request = request(options);
        } catch (CommandOptions.BadOptions | IllegalArgumentException e) {
            err.println("import: " + e.getMessage() + "; usage: " + usage());
            return 2;
        }
        try {
            var result = new ProjectImport().run(request);
            for (RecordNote note : result.notes()) {
                out.println("record " + (note.record() + 1) + ": " + note.reasonEn() + " — "
                        + note.action().name().toLowerCase(Locale.ROOT));
            }
            out.println("imported " + result.imported() + " features from " + request.file() + " into "
                    + result.table() + (result.skipped() > 0 ? ", skipped " + result.skipped() : "")
                    + (result.repaired() > 0 ? ", repaired " + result.repaired() : ""));
            return 0;
        } catch (ExchangeException e) {
            err.println("import: " + e.problem() + ": " + e.getMessage() + "; the project is unchanged");
            return 2;
        } catch (ProjectInUseException e) {
            err.println("import: " + e.getMessage() + "; close it in Rectimap first");
            return 2;
        } catch (StoreException e) {
            err.println("import: " + e.problem() + ": " + e.getMessage());
            return e.problem() == rectimap.model.StoreProblem.WRITE_FAILED ? 1 : 2;
        }
    }

    private static ImportRequest request(CommandOptions options) {
        if (options.get("--layer-name") != null && options.get("--append-to") != null) {
            throw new IllegalArgumentException("give --layer-name or --append-to, not both");
        }
        SourceOptions source = SourceOptions.detect().withLayer(options.get("--source-layer"));
        if (options.get("--encoding") != null) {
            source = source.withEncoding(Charset.forName(options.get("--encoding")));
        }
        int crs = options.get("--crs") == null ? 0
                : Integer.parseInt(options.get("--crs").replaceFirst("(?i)^epsg:", ""));
        if (options.get("--x-column") != null || options.get("--y-column") != null) {
            source = source.withTable(source.table().withColumns(options.get("--x-column"), options.get("--y-column")));
        }
        if (crs > 0) {
            source = source.withTable(source.table().withEpsg(crs));
        }
        InvalidGeometryPolicy invalid = options.get("--invalid") == null ? InvalidGeometryPolicy.REPAIR
                : InvalidGeometryPolicy.valueOf(options.get("--invalid").toUpperCase(Locale.ROOT));
        return new ImportRequest(Path.of(options.get("--project")), Path.of(options.get("--file")), source,
                options.get("--layer-name"), options.get("--title"), options.get("--append-to"), crs, invalid);
    }
}
