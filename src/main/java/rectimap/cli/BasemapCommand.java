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
import rectimap.store.TilePackageFile;
import rectimap.store.pg.PgAddress;

/**
 * {@code basemap download --project P --source S --extent township:NAME|district --zooms 10-17 [--out B.gpkg]
 * [--max-tiles N] [--estimate]}: stores the tiles of a service for an area in the project as a standard GeoPackage
 * tile pyramid (one transaction: an interrupted download leaves the file as it was), or with {@code --out} in a
 * basemap package of its own (built beside and moved in place when complete), after printing the tile count and
 * size estimate; {@code basemap set-key KEY}: keeps the user's Tianditu key in the user's settings. A shared project
 * ({@code postgresql://…}) gives the area; its tiles go only to a package ({@code --out}), which each user adds in
 * the window: a shared project stores no tiles (see docs/ARCHITECTURE.md, "Basemaps of a shared project").
 */
final class BasemapCommand implements CliCommand {
    private static final Set<String> OPTIONS = Set.of("--project", "--source", "--extent", "--zooms", "--max-tiles",
            "--estimate", "--out");

    @Override
    public String name() {
        return "basemap";
    }

    @Override
    public String usage() {
        return "basemap download --project P|postgresql://… --source tianditu:img|URL --extent township:NAME|district"
                + " --zooms 10-17 [--out BASEMAP.gpkg] [--max-tiles 20000] [--estimate yes] [--lang en]"
                + " | basemap set-key TIANDITU_KEY";
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
        String project = options.get("--project");
        Path into = options.get("--out") == null ? null : Path.of(options.get("--out"));
        if (into == null && PgAddress.isAddress(project) && !"yes".equals(options.get("--estimate"))) {
            err.println("basemap: " + UserText.format(locale, "basemap.sharedNeedsOut", project));
            return 2;
        }
        Geometry area;
        try {
            area = DownloadArea.of(project, options.get("--extent"), args, err);
        } catch (PgAddress.BadAddress e) {
            err.println(ProjectFailure.line("basemap", e, args));
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("basemap: " + UserText.format(locale, "basemap.noPlace", options.get("--extent")));
            return 2;
        } catch (StoreException e) {
            err.println(ProjectFailure.line("basemap", e, args));
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
        Path target = into != null ? into : Path.of(project);
        String unchanged = into == null ? "basemap.unchanged"
                : java.nio.file.Files.exists(into) ? "basemap.unchangedPackage" : "basemap.noPackage";
        try {
            long written = into != null ? TilePackageFile.write(into, pkg, source::bytes,
                    new DownloadProgress(plan.count(), out, locale)) : intoProject(target, pkg, source, plan, out, locale);
            out.println(UserText.format(locale, "basemap.done", written, target + "!" + table));
            return 0;
        } catch (RasterException e) {
            err.println("basemap: " + e.sentence(locale));
            err.println("basemap: " + UserText.format(locale, unchanged, target));
            return 1;
        } catch (StoreException e) {
            err.println(ProjectFailure.line("basemap", e, args));
            return 2;
        }
    }

    /** Stores the tiles in the project file {@code project} itself, in one transaction. */
    private static long intoProject(Path project, TilePackage pkg, DownloadTiles source, DownloadPlan plan,
                                    PrintStream out, Locale locale) throws RasterException {
        try (ProjectFile file = ProjectFiles.openForOneTransaction(project)) {
            return file.store().writeTilePackage(pkg, source::bytes, new DownloadProgress(plan.count(), out, locale));
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
