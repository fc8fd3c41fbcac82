package rectimap.ui.basemap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import rectimap.model.StoreException;
import rectimap.raster.RasterException;
import rectimap.raster.pyramid.ProjectBasemaps;
import rectimap.raster.service.DownloadEstimate;
import rectimap.raster.service.DownloadPlan;
import rectimap.raster.service.DownloadTiles;
import rectimap.raster.service.ServiceAccess;
import rectimap.raster.service.ServiceLocations;
import rectimap.raster.service.ServiceTiles;
import rectimap.store.BulkProgress;
import rectimap.store.TilePackage;
import rectimap.store.TilePackageFile;
import rectimap.ui.Messages;

/**
 * The blocking work of 下载底图, run off the FX thread: the plan and size estimate of a choice (or the sentence
 * that refuses it: no key, too many tiles, nothing there), and the download itself into the project's tile folder
 * ({@link ProjectBasemaps#fileFor}) with the closing sentence. Never touches the project file.
 */
final class DownloadJob {
    private final Path project;
    private final Messages messages;
    private final ServiceAccess access;

    DownloadJob(Path project, Messages messages, ServiceAccess access) {
        this.project = project;
        this.messages = messages;
        this.access = access;
    }

    /** What was chosen: the service, the area, the levels. */
    record Choice(BasemapEntry source, DownloadExtent extent, int minZoom, int maxZoom) {
    }

    /** A plan ready to download with its estimate, or a refusal ({@code plan} null) saying why. */
    record Estimate(Choice choice, ServiceTiles service, DownloadPlan plan, String sentence) {
        boolean ready() {
            return plan != null;
        }
    }

    /** How a download ended and the sentence that says so. */
    enum Ending { DONE, CANCELLED, FAILED }

    record Outcome(Ending ending, String sentence) {
    }

    /** Plans {@code choice} and estimates its size (fetching up to three tiles). Blocking. */
    Estimate estimate(Choice choice) {
        ServiceTiles service;
        try {
            service = ServiceLocations.describe(choice.source().location(), access);
        } catch (RasterException e) {
            return new Estimate(choice, null, null, e.sentence(locale()));
        }
        DownloadPlan plan;
        try {
            plan = DownloadPlan.of(service, choice.extent().lonLat(), choice.minZoom(), choice.maxZoom());
        } catch (IllegalArgumentException e) {
            return new Estimate(choice, service, null, messages.format("basemap.download.tooMany", "> 1,000,000",
                    DownloadPlan.DEFAULT_MAX_TILES));
        }
        if (plan.count() == 0) {
            return new Estimate(choice, service, null, messages.format("basemap.download.nothing",
                    choice.source().label()));
        }
        if (plan.count() > DownloadPlan.DEFAULT_MAX_TILES) {
            return new Estimate(choice, service, null, messages.format("basemap.download.tooMany", plan.count(),
                    DownloadPlan.DEFAULT_MAX_TILES));
        }
        double bytes = DownloadEstimate.bytes(plan, new DownloadTiles(service, access.fetcher()));
        return new Estimate(choice, service, plan, messages.format("basemap.download.estimate", plan.count(),
                megabytes(bytes), choice.minZoom(), choice.maxZoom()));
    }

    /** Downloads a ready {@code estimate}; blocking. A cancel ({@code progress}) or an interrupt ends it early. */
    Outcome download(Estimate estimate, BulkProgress progress) {
        ServiceTiles service = estimate.service();
        Path file = ProjectBasemaps.fileFor(project, service.id());
        TilePackage pkg = new TilePackage(ProjectBasemaps.tableFor(service.id()), service.title(),
                ProjectBasemaps.DESCRIPTION_PREFIX + service.id(), service.set(), estimate.plan().tiles());
        DownloadTiles tiles = new DownloadTiles(service, access.fetcher());
        try {
            long written = TilePackageFile.write(file, pkg, tiles::bytes, progress);
            if (written < 0) {
                return cancelled();
            }
            return new Outcome(Ending.DONE, messages.format("basemap.download.done", written,
                    megabytes(size(file)), file));
        } catch (RasterException e) {
            return progress.cancelRequested() ? cancelled() : failed(e.sentence(locale()));
        } catch (StoreException e) {
            return progress.cancelRequested() ? cancelled()
                    : failed(messages.sentence(e));
        }
    }

    private Outcome cancelled() {
        return new Outcome(Ending.CANCELLED, messages.get("basemap.download.cancelled"));
    }

    private Outcome failed(String reason) {
        return new Outcome(Ending.FAILED, messages.format("basemap.download.failed", reason));
    }

    /** MB with one decimal; "<0.1" rather than a 0.0 that reads as nothing. */
    private static String megabytes(double bytes) {
        return bytes > 0 && bytes < 50_000 ? "<0.1" : String.format(Locale.ROOT, "%.1f", bytes / 1e6);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private Locale locale() {
        return messages.language().locale();
    }
}
