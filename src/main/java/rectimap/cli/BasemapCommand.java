package rectimap.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import rectimap.model.StoreException;
import rectimap.raster.RasterException;
import rectimap.raster.pyramid.ProjectBasemaps;
import rectimap.raster.service.DownloadEstimate;
import rectimap.raster.service.DownloadPlan;
import rectimap.raster.service.DownloadTiles;
import rectimap.raster.service.ServiceAccess;
import rectimap.raster.service.ServiceLocations;
import rectimap.raster.service.ServiceTiles;
import rectimap.raster.service.TiandituPreset;
import rectimap.store.BulkProgress;
import rectimap.store.ProjectFile;
import rectimap.store.ProjectFiles;
import rectimap.store.TilePackage;

/**
 * {@code basemap download --project P --source S --extent township:NAME|district --zooms 10-17 [--max-tiles N]
 * [--estimate]}: stores the tiles of a service for an area in the project as a standard GeoPackage tile pyramid
 * (one transaction: an interrupted download leaves the file as it was), after printing the tile count and size
 * estimate; {@code basemap set-key KEY}: keeps the user's Tianditu key in the user's settings.
 */
final class BasemapCommand implements CliCommand {
    private static final Set<String> OPTIONS = Set.of("--project", "--source", "--extent", "--zooms", "--max-tiles",
            "--estimate");

    @Override
    public String name() {
        return "basemap";
    }

    @Override
    public String usage() {
        return "basemap download --project P --source tianditu:img|URL --extent township:NAME|district --zooms 10-17"
                + " [--max-tiles 20000] [--estimate yes] [--lang en] | basemap set-key TIANDITU_KEY";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Locale locale = UserText.localeOf(args);
        if (args.size() == 2 && args.get(0).equals("set-key")) {
            CliServices.settings().write(TiandituPreset.SETTINGS_KEY, args.get(1).strip()).join();
            out.println(UserText.format(locale, "basemap.keySaved"));
            return 0;
        }
        if (args.isEmpty() || !args.get(0).equals("download")) {
            err.println(UserText.format(locale, "cli.usage", name(), usage()));
            return 2;
        }
        var read = CommandArguments.read(this, args.subList(1, args.size()), OPTIONS,
                Set.of("--project", "--source", "--extent", "--zooms"), options -> new Download(zooms(options.get(
                        "--zooms")), options.get("--max-tiles") == null ? DownloadPlan.DEFAULT_MAX_TILES
                        : Integer.parseInt(options.get("--max-tiles"))), args, err);
        if (read.isEmpty()) {
            return 2;
        }
        CommandOptions options = read.get().options();
        int[] zooms = read.get().value().zooms();
        int maxTiles = read.get().value().maxTiles();
        Path project = Path.of(options.get("--project"));
        Geometry area;
        try {
            area = DownloadArea.of(project, options.get("--extent"), args, err);
        } catch (IllegalArgumentException e) {
            err.println("basemap: " + UserText.format(locale, "basemap.noPlace", options.get("--extent")));
            return 2;
        }
        ServiceAccess access = CliServices.access(args);
        ServiceTiles service;
        try {
            service = ServiceLocations.describe(options.get("--source"), access);
        } catch (RasterException e) {
            err.println("basemap: " + e.sentence(locale));
            return 2;
        }
        DownloadPlan plan = DownloadPlan.of(service, area, zooms[0], zooms[1]);
        DownloadTiles source = new DownloadTiles(service, access.fetcher());
        out.println(UserText.format(locale, "basemap.estimate", service.title(), plan.count(),
                zooms[0] + "–" + zooms[1], DownloadEstimate.megabytes(plan, source)));
        if (plan.count() > maxTiles) {
            err.println("basemap: " + UserText.format(locale, "basemap.tooMany", plan.count(), maxTiles));
            return 2;
        }
        if ("yes".equals(options.get("--estimate"))) {
            return 0;
        }
        String table = ProjectBasemaps.tableFor(service.id());
        TilePackage pkg = new TilePackage(table, service.title(), ProjectBasemaps.DESCRIPTION_PREFIX + service.id(),
                service.set(), plan.tiles());
        try (ProjectFile file = ProjectFiles.openForOneTransaction(project)) {
            long written = file.store().writeTilePackage(pkg, source::bytes,
                    new DownloadProgress(plan.count(), out, locale));
            out.println(UserText.format(locale, "basemap.done", written, project + "!" + table));
            return 0;
        } catch (RasterException e) {
            err.println("basemap: " + e.sentence(locale));
            err.println("basemap: " + UserText.format(locale, "basemap.unchanged", project));
            return 1;
        } catch (StoreException e) {
            err.println(ProjectFailure.line("basemap", e, args));
            return 2;
        }
    }

    /** The zoom levels (lowest, highest) and the most tiles a download may fetch. */
    private record Download(int[] zooms, int maxTiles) {
    }

    private static int[] zooms(String text) throws CommandOptions.BadOptions {
        String[] parts = text.split("[-–]");
        try {
            int min = Integer.parseInt(parts[0].trim());
            int max = Integer.parseInt(parts[parts.length - 1].trim());
            if (min < 0 || max < min || max > 22) {
                throw new NumberFormatException();
            }
            return new int[] {min, max};
        } catch (NumberFormatException e) {
            throw new CommandOptions.BadOptions("zooms");
        }
    }

    /** Prints a line every tenth of the way. */
    private record DownloadProgress(long total, PrintStream out, Locale locale) implements BulkProgress {
        @Override
        public void written(long written) {
            if (written == total || written % Math.max(1, total / 10) == 0) {
                out.println(UserText.format(locale, "basemap.progress", written, total));
            }
        }
    }
}
