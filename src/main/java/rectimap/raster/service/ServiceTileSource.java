package rectimap.raster.service;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.locationtech.jts.geom.Envelope;
import rectimap.raster.RasterException;
import rectimap.raster.RasterPiece;
import rectimap.raster.RasterProblem;
import rectimap.raster.RasterRequest;
import rectimap.raster.RasterSource;
import rectimap.raster.TileCache;
import rectimap.raster.pyramid.TilePyramid;
import rectimap.raster.tile.TileAddress;
import rectimap.raster.tile.TileMatrix;
import rectimap.raster.tile.TileMatrixSet;
import rectimap.raster.tile.TilePlan;

/**
 * A tiled online service (WMTS, XYZ, WMS cut into a grid) as a {@link RasterSource}. Each tile comes from, in this
 * order: the shared memory cache, the project's downloaded package of this source, the disk cache, the service.
 * Several layers (Tianditu's base map and its annotation) are fetched per tile and painted into one image.
 *
 * <p>For the screen ({@code WHAT_IS_AT_HAND}) the answer holds what is cached, with coarser cached tiles standing
 * in, while {@link ServiceFetches} fetches the rest on two background threads and tells the refresh listeners. A
 * failed tile is not asked again for the fetch policy's rest time, so a dead server never makes the map loop. For
 * print and the command line ({@code WAIT_FOR_ALL}) every tile is fetched before answering. When nothing at all can
 * be shown the last failure is thrown, so the map states it once.
 */
public final class ServiceTileSource implements RasterSource {
    private static final int STAND_IN_LEVELS = 4;
    private final ServiceTiles tiles;
    private final ServiceFetches fetches;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public ServiceTileSource(ServiceTiles tiles, TileFetcher fetcher, Optional<TilePyramid> offline) {
        this.tiles = tiles;
        this.fetches = new ServiceFetches(tiles, fetcher, offline, this::arrived);
    }

    @Override
    public String title() {
        return tiles.title();
    }

    @Override
    public String attribution() {
        return tiles.attribution();
    }

    @Override
    public int epsg() {
        return tiles.set().crs().epsg();
    }

    @Override
    public Envelope extent() {
        return tiles.extent();
    }

    /** The tile grid the service is read in. */
    public TileMatrixSet matrixSet() {
        return tiles.set();
    }

    @Override
    public List<RasterPiece> piecesFor(RasterRequest request) throws RasterException {
        List<TileAddress> wanted = TilePlan.tilesFor(tiles.set(), tiles.extent(), request);
        return request.completeness() == RasterRequest.Completeness.WAIT_FOR_ALL ? allOf(wanted) : atHand(wanted);
    }

    private List<RasterPiece> atHand(List<TileAddress> wanted) throws RasterException {
        List<RasterPiece> standIns = new ArrayList<>();
        List<RasterPiece> pieces = new ArrayList<>();
        for (TileAddress tile : wanted) {
            Optional<BufferedImage> image = fetches.local(tile);
            if (image.isPresent()) {
                pieces.add(new RasterPiece(tile.envelope(), image.get()));
                continue;
            }
            fetches.schedule(tile);
            standIn(tile).filter(p -> !standIns.contains(p)).ifPresent(standIns::add);
        }
        standIns.addAll(pieces);
        if (standIns.isEmpty() && fetches.lastFailure().isPresent()) {
            throw fetches.lastFailure().get();
        }
        return standIns;
    }

    private Optional<RasterPiece> standIn(TileAddress tile) {
        List<TileMatrix> levels = tiles.set().matrices();
        int index = levels.indexOf(tile.matrix());
        for (int up = 1; up <= STAND_IN_LEVELS && index - up >= 0; up++) {
            TileMatrix coarser = levels.get(index - up);
            Envelope centre = new Envelope(tile.envelope().centre());
            var range = coarser.range(centre);
            if (range.isEmpty()) {
                return Optional.empty();
            }
            TileAddress parent = range.tiles(1).get(0);
            BufferedImage image = TileCache.shared().get(ServiceFetches.key(tiles, parent));
            if (image != null) {
                return Optional.of(new RasterPiece(parent.envelope(), image));
            }
        }
        return Optional.empty();
    }

    /**
     * Every wanted tile, waiting for the network; where the service has no tile at that level (404, as at levels
     * finer than its imagery) the tile of a coarser level stands in, drawn under the finer ones, so a sheet printed
     * finer than the service's finest level still shows its imagery.
     */
    private List<RasterPiece> allOf(List<TileAddress> wanted) throws RasterException {
        List<RasterPiece> pieces = new ArrayList<>();
        List<TileAddress> missing = new ArrayList<>();
        RasterException failure = load(wanted, pieces, missing);
        List<TileMatrix> levels = tiles.set().matrices();
        for (int up = 1; up <= STAND_IN_LEVELS && !missing.isEmpty(); up++) {
            List<TileAddress> parents = new ArrayList<>();
            for (TileAddress tile : missing) {
                int index = levels.indexOf(tile.matrix()) - up;
                if (index < 0) {
                    continue;
                }
                var range = levels.get(index).range(new Envelope(tile.envelope().centre()));
                TileAddress parent = range.isEmpty() ? null : range.tiles(1).get(0);
                if (parent != null && !parents.contains(parent)) {
                    parents.add(parent);
                }
            }
            List<RasterPiece> coarser = new ArrayList<>();
            List<TileAddress> stillMissing = new ArrayList<>();
            load(parents, coarser, stillMissing);
            pieces.addAll(0, coarser);
            // Tiles whose parent has data are covered; the rest look one level further up.
            missing = missing.stream().filter(tile -> coarser.stream()
                    .noneMatch(p -> p.extent().contains(tile.envelope().centre()))).toList();
        }
        if (pieces.isEmpty() && failure != null) {
            throw failure;
        }
        return pieces;
    }

    /** Loads {@code tiles} in parallel into {@code pieces}, the ones the service has not into {@code missing}. */
    private RasterException load(List<TileAddress> wanted, List<RasterPiece> pieces, List<TileAddress> missing)
            throws RasterException {
        List<Future<Optional<BufferedImage>>> loads = new ArrayList<>();
        for (TileAddress tile : wanted) {
            loads.add(fetches.load(tile));
        }
        RasterException failure = null;
        for (int i = 0; i < wanted.size(); i++) {
            try {
                Optional<BufferedImage> image = loads.get(i).get();
                if (image.isPresent()) {
                    pieces.add(new RasterPiece(wanted.get(i).envelope(), image.get()));
                } else {
                    missing.add(wanted.get(i));
                }
            } catch (ExecutionException e) {
                failure = e.getCause() instanceof RasterException r ? r
                        : new RasterException(RasterProblem.NO_ANSWER, tiles.title(), "");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RasterException(RasterProblem.NO_ANSWER, tiles.title(), "");
            }
        }
        return failure;
    }

    private void arrived() {
        listeners.forEach(Runnable::run);
    }

    @Override
    public void addRefreshListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void close() {
        fetches.close();
    }
}
