package rectimap.cli;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import rectimap.exchange.AxisOrder;
import rectimap.exchange.ExchangeException;
import rectimap.exchange.InvalidGeometryPolicy;
import rectimap.exchange.SourceOptions;
import rectimap.install.StartTrace;
import rectimap.model.StoreException;
import rectimap.store.pg.PgAddress;

/**
 * {@code import --project P|postgresql://… --file F [--layer-name N | --append-to TABLE] [--encoding GBK|UTF-8] [--crs EPSG]
 * [--invalid repair|skip] [--source-layer L] [--x-column C --y-column C] [--axis-order auto|x-east|x-north]
 * [--lang zh|en]}:
 * imports a GeoJSON, KML/KMZ, CSV, XLSX, GeoPackage layer or Shapefile (a .zip holding several: {@code --source-layer}
 * names the .shp) into the project, as a new layer or appended to a planning layer (fields matched by name and
 * Chinese label; one undoable step). A table whose X column holds northings (surveying order) is swapped and the
 * output says so; {@code --axis-order} forces the order. All or nothing: on any problem the project is unchanged and the
 * message names the file, the record and the reason, in Chinese ({@code --lang en}: English). Into a shared project
 * ({@code postgresql://…}, {@link SharedImport}) the import is one named step of the account's; a township account's
 * features outside its township refuse it. Exit 0 imported, 2 bad arguments or input (or refused), 1 write failure.
 */
public final class ImportCommand implements CliCommand {
    private static final Set<String> OPTIONS = Set.of("--project", "--file", "--layer-name", "--append-to",
            "--encoding", "--crs", "--invalid", "--source-layer", "--x-column", "--y-column", "--title", "--axis-order", "--lang");

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import --project P|postgresql://… --file F [--layer-name N | --append-to TABLE] [--encoding GBK|UTF-8] [--crs EPSG]"
                + " [--invalid repair|skip] [--source-layer L|inner.shp] [--x-column C --y-column C]"
                + " [--axis-order auto|x-east|x-north] [--lang zh|en]   import a file";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CommandOptions options;
        ImportRequest request;
        try {
            options = CommandOptions.parse(args, OPTIONS, Set.of("--project", "--file"));
            request = request(options);
        } catch (CommandOptions.BadOptions e) {
            CommandArguments.refuse(this, e, args, err);
            return 2;
        }
        StartTrace.mark("arguments parsed");
        Locale locale = UserText.localeOf(args);
        try {
            if (PgAddress.isAddress(request.project())) {
                PgAddress address = PgAddress.parse(request.project());
                SharedImport.Done done = new SharedImport().run(address, request);
                done.outcome().ifPresent(outcome -> new ImportText(locale).lines(outcome, request)
                        .forEach(out::println));
                out.println(UserText.format(locale, "cli.import.shared." + done.written().name(), address.label(),
                        address.user()));
                return 0;
            }
            var result = new ProjectImport().run(request);
            StartTrace.mark("imported");
            new ImportText(locale).lines(result, request).forEach(out::println);
            return 0;
        } catch (PgAddress.BadAddress e) {
            err.println(ProjectFailure.line("import", e, args));
            return 2;
        } catch (SharedImport.Outside e) {
            err.println("import: " + UserText.format(locale, "cli.import.outsideTownship", e.township(),
                    e.records().size(), e.total(), numbers(e.records(), locale)));
            return 2;
        } catch (ExchangeException e) {
            err.println("import: " + ImportFailureText.of(UserText.localeOf(args), e));
            return 2;
        } catch (StoreException e) {
            err.println(ProjectFailure.line("import", e, args));
            return switch (e.problem()) {
                case WRITE_FAILED, DATABASE_WRITE_FAILED, DISK_FULL, NO_WRITE_PERMISSION -> 1;
                default -> 2;
            };
        }
    }

    /** "2、5、9" ("2, 5, 9" in English): at most ten numbers, then "…". */
    private static String numbers(List<Long> records, Locale locale) {
        String join = locale == Locale.ENGLISH ? ", " : "、";
        List<String> shown = records.stream().limit(10).map(String::valueOf).toList();
        return String.join(join, shown) + (records.size() > shown.size() ? join + "…" : "");
    }

    private static AxisOrder axisOrder(String given) throws CommandOptions.BadOptions {
        return switch (given.toLowerCase(Locale.ROOT)) {
            case "auto" -> AxisOrder.DETECT;
            case "x-east" -> AxisOrder.X_EAST;
            case "x-north" -> AxisOrder.X_NORTH;
            default -> throw new CommandOptions.BadOptions("axisOrder", given);
        };
    }

    private static ImportRequest request(CommandOptions options) throws CommandOptions.BadOptions {
        if (options.get("--layer-name") != null && options.get("--append-to") != null) {
            throw new CommandOptions.BadOptions("layerNameOrAppend");
        }
        SourceOptions source = SourceOptions.detect().withLayer(options.get("--source-layer"));
        if (options.get("--encoding") != null) {
            try {
                source = source.withEncoding(Charset.forName(options.get("--encoding")));
            } catch (IllegalArgumentException e) {
                throw new CommandOptions.BadOptions("unknownEncoding", options.get("--encoding"));
            }
        }
        int crs;
        try {
            crs = options.get("--crs") == null ? 0
                    : Integer.parseInt(options.get("--crs").replaceFirst("(?i)^epsg:", ""));
        } catch (NumberFormatException e) {
            throw new CommandOptions.BadOptions("crs", options.get("--crs"));
        }
        if (options.get("--x-column") != null || options.get("--y-column") != null) {
            source = source.withTable(source.table().withColumns(options.get("--x-column"), options.get("--y-column")));
        }
        if (options.get("--axis-order") != null) {
            source = source.withTable(source.table().withAxisOrder(axisOrder(options.get("--axis-order"))));
        }
        if (crs > 0) {
            source = source.withTable(source.table().withEpsg(crs));
        }
        InvalidGeometryPolicy invalid = InvalidGeometryPolicy.REPAIR;
        if (options.get("--invalid") != null) {
            try {
                invalid = InvalidGeometryPolicy.valueOf(options.get("--invalid").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandOptions.BadOptions("invalidPolicy", options.get("--invalid"));
            }
        }
        // "data.zip!村界.shp" names one Shapefile of a zip, like --source-layer.
        String file = options.get("--file");
        int bang = file.toLowerCase(Locale.ROOT).indexOf(".zip!");
        if (bang >= 0) {
            source = source.withLayer(file.substring(bang + ".zip!".length()));
            file = file.substring(0, bang + ".zip".length());
        }
        return new ImportRequest(options.get("--project"), Path.of(file), source,
                options.get("--layer-name"), options.get("--title"), options.get("--append-to"), crs, invalid);
    }
}
