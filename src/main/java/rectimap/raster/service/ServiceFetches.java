package rectimap.raster.service;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import rectimap.raster.RasterException;
import rectimap.raster.RasterProblem;
import rectimap.raster.TileCache;
import rectimap.raster.TileKey;
import rectimap.raster.pyramid.TilePyramid;
import rectimap.raster.tile.TileAddress;
import rectimap.raster.tile.TileImages;

/**
 * The tiles of one service on their way: looked up locally (memory, downloaded package, disk cache) on the
 * caller's thread, fetched on two daemon threads. Remembers the last failure and rests a failed tile for
 * {@link #REST_NANOS}; a success clears the failure.
 */
final class ServiceFetches {
    static final long REST_NANOS = TimeUnit.SECONDS.toNanos(30);
    private final ServiceTiles tiles;
    private final TileFetcher fetcher;
    private final Optional<TilePyramid> offline;
    private final Runnable arrived;
    private final ExecutorService threads;
    private final Set<TileKey> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<TileKey, Long> restingUntil = new ConcurrentHashMap<>();
    private volatile RasterException lastFailure;

    ServiceFetches(ServiceTiles tiles, TileFetcher fetcher, Optional<TilePyramid> offline, Runnable arrived) {
        this.tiles = tiles;
        this.fetcher = fetcher;
        this.offline = offline;
        this.arrived = arrived;
        this.threads = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "rectimap-tiles " + tiles.id());
            thread.setDaemon(true);
            return thread;
        });
    }

    static TileKey key(ServiceTiles tiles, TileAddress tile) {
        return new TileKey(tiles.id(), tile.matrix().zoom(), tile.column(), tile.row());
    }

    Optional<RasterException> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    /** The tile from memory, the downloaded package or the disk cache (all layers there), decoded; else empty. */
    Optional<BufferedImage> local(TileAddress tile) throws RasterException {
        TileKey key = key(tiles, tile);
        BufferedImage image = TileCache.shared().get(key);
        if (image != null) {
            return Optional.of(image);
        }
        Optional<byte[]> packaged = offline.isPresent() ? offline.get().tileBytes(tile) : Optional.empty();
        if (packaged.isPresent()) {
            return Optional.of(remember(key, TileImages.decode(packaged.get(), tiles.title(), tile)));
        }
        BufferedImage composite = null;
        for (int layer = 0; layer < tiles.layers().size(); layer++) {
            Optional<byte[]> cached = fetcher.cached(cacheKey(tile, layer));
            if (cached.isEmpty()) {
                return Optional.empty();
            }
            composite = paint(composite, TileImages.decode(cached.get(), tiles.title(), tile));
        }
        return Optional.of(remember(key, composite));
    }

    /** Starts fetching {@code tile} unless it is on its way or resting after a failure; true when on its way. */
    boolean schedule(TileAddress tile) {
        TileKey key = key(tiles, tile);
        Long rest = restingUntil.get(key);
        if (rest != null && System.nanoTime() - rest < 0) {
            return false;
        }
        if (inFlight.add(key)) {
            threads.submit(() -> {
                try {
                    fetch(tile);
                    lastFailure = null;
                    arrived.run();
                    return true;
                } catch (RasterException e) {
                    boolean news = lastFailure == null;
                    lastFailure = e;
                    restingUntil.put(key, System.nanoTime() + REST_NANOS);
                    if (news) {
                        arrived.run();
                    }
                    return false;
                } finally {
                    inFlight.remove(key);
                }
            });
        }
        return true;
    }

    /** Loads {@code tile} locally or from the service on a background thread; empty when the service has none. */
    Future<Optional<BufferedImage>> load(TileAddress tile) {
        return threads.submit(() -> {
            Optional<BufferedImage> local = local(tile);
            return local.isPresent() ? local : fetch(tile);
        });
    }

    private Optional<BufferedImage> fetch(TileAddress tile) throws RasterException {
        BufferedImage composite = null;
        for (int layer = 0; layer < tiles.layers().size(); layer++) {
            Optional<byte[]> bytes;
            try {
                bytes = fetcher.fetch(tiles.layers().get(layer).of(tile), cacheKey(tile, layer), tiles.title());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RasterException(RasterProblem.NO_ANSWER, tiles.title(), "");
            }
            if (bytes.isEmpty() && layer == 0) {
                // No ground where the base layer has none: annotations alone would hide the coarser stand-in.
                return Optional.empty();
            }
            if (bytes.isPresent()) {
                composite = paint(composite, TileImages.decode(bytes.get(), tiles.title(), tile));
            }
        }
        return composite == null ? Optional.empty() : Optional.of(remember(key(tiles, tile), composite));
    }

    private String cacheKey(TileAddress tile, int layer) {
        return tiles.id() + "|" + layer + "|" + tiles.set().id() + "|" + tile.key();
    }

    private static BufferedImage paint(BufferedImage below, BufferedImage above) {
        if (below == null) {
            return above;
        }
        BufferedImage out = new BufferedImage(below.getWidth(), below.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(below, 0, 0, null);
        g.setComposite(AlphaComposite.SrcOver);
        g.drawImage(above, 0, 0, below.getWidth(), below.getHeight(), null);
        g.dispose();
        return out;
    }

    private static BufferedImage remember(TileKey key, BufferedImage image) {
        TileCache.shared().put(key, image);
        return image;
    }

    void close() {
        threads.shutdownNow();
    }
}
