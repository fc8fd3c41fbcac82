package rectimap.ui.basemap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
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
import rectimap.ui.OpenProjectFile;

/**
 * The blocking work of 下载底图, run off the FX thread: the plan and size estimate of a choice (or the sentence
 * that refuses it: no key, too many tiles, nothing there), and the download with its closing sentence. The tiles
 * are fetched into a package of their own beside the project ({@link ProjectBasemaps#fileFor}), so the project's
 * writer is not held for the minutes a download takes; only the finished package is moved into the project file,
 * in one transaction between edits ({@link OpenProjectFile#moveInTilePackage}).
 */
final class DownloadJob {
    /** How often a wait for the project file looks whether the user cancelled. */
    private static final long CANCEL_LOOK_MS = 250;
    private final Path project;
    private final OpenProjectFile file;
    private final Messages messages;
    private final ServiceAccess access;

    DownloadJob(Path project, OpenProjectFile file, Messages messages, ServiceAccess access) {
        this.project = project;
        this.file = file;
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

    /**
     * Downloads a ready {@code estimate} and moves it into the project file; blocking. A cancel ({@code progress})
     * or an interrupt ends it early. {@code stage} hears what happens after the fetching (storing, waiting for
     * another program to let go of the project file).
     */
    Outcome download(Estimate estimate, BulkProgress progress, Consumer<String> stage) {
        ServiceTiles service = estimate.service();
        Path beside = ProjectBasemaps.fileFor(project, service.id());
        TilePackage pkg = new TilePackage(ProjectBasemaps.tableFor(service.id()), service.title(),
                ProjectBasemaps.DESCRIPTION_PREFIX + service.id(), service.set(), estimate.plan().tiles());
        DownloadTiles tiles = new DownloadTiles(service, access.fetcher());
        try {
            long written = TilePackageFile.write(beside, pkg, tiles::bytes, progress);
            if (written < 0) {
                return cancelled();
            }
            Stored stored = new Stored(written, megabytes(size(beside)), pkg.table(), beside);
            stage.accept(messages.get("basemap.download.storing"));
            return moveIn(stored, progress, stage);
        } catch (RasterException e) {
            return progress.cancelRequested() ? cancelled() : failed(e.sentence(locale()));
        } catch (StoreException e) {
            return progress.cancelRequested() ? cancelled()
                    : failed(messages.sentence(e));
        }
    }

    /** A finished download beside the project. */
    private record Stored(long tiles, String megabytes, String table, Path beside) {
    }

    /** Moves {@code stored} into the project file, waiting for it (and looking for a cancel meanwhile). */
    private Outcome moveIn(Stored stored, BulkProgress progress, Consumer<String> stage) {
        CompletableFuture<Long> move = file.moveInTilePackage(stored.beside(), progress,
                () -> stage.accept(messages.get("basemap.download.waitingForFile")));
        while (true) {
            try {
                long moved = move.get(CANCEL_LOOK_MS, TimeUnit.MILLISECONDS);
                return moved < 0 ? cancelled() : new Outcome(Ending.DONE, messages.format("basemap.download.done",
                        stored.tiles(), stored.megabytes(), project, stored.table()));
            } catch (TimeoutException | InterruptedException e) {
                if (progress.cancelRequested()) {
                    // The move sees the cancel at its next tile or try: it rolls back and deletes the package.
                    return cancelled();
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof StoreException store) {
                    return new Outcome(Ending.FAILED, messages.format("basemap.download.notStored",
                            messages.sentence(store), stored.beside()));
                }
                return new Outcome(Ending.DONE, messages.format("basemap.download.beside", stored.tiles(),
                        stored.megabytes(), stored.beside()));
            }
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
