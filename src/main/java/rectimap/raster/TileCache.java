package rectimap.raster;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A memory cache of decoded tiles bounded by their pixel bytes: least recently used tiles are dropped when a new one
 * would pass the limit. All raster sources share {@link #shared()} (256 MB), so the memory of imagery stays bounded
 * whatever is open. Thread-safe; the images are shared and must not be changed.
 */
public final class TileCache {

    /** What the shared cache may hold: about a thousand 256×256 ARGB tiles, several screens of imagery. */
    public static final long SHARED_LIMIT_BYTES = 256L * 1024 * 1024;
    private static final TileCache SHARED = new TileCache(SHARED_LIMIT_BYTES);

    /** Decodes a tile that is not cached; may fail the way the source fails. */
    @FunctionalInterface
    public interface Loader {
        BufferedImage load() throws RasterException;
    }

    private final long limitBytes;
    private final LinkedHashMap<TileKey, BufferedImage> tiles = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    public TileCache(long limitBytes) {
        this.limitBytes = limitBytes;
    }

    /** The cache every source uses (256 MB). */
    public static TileCache shared() {
        return SHARED;
    }

    /** The cached tile, or null. */
    public synchronized BufferedImage get(TileKey key) {
        return tiles.get(key);
    }

    /** Caches {@code image} under {@code key}, dropping the least recently used tiles beyond the limit. */
    public synchronized void put(TileKey key, BufferedImage image) {
        BufferedImage old = tiles.put(key, image);
        if (old != null) {
            bytes -= sizeOf(old);
        }
        bytes += sizeOf(image);
        var oldest = tiles.entrySet().iterator();
        while (bytes > limitBytes && oldest.hasNext()) {
            Map.Entry<TileKey, BufferedImage> entry = oldest.next();
            if (entry.getKey().equals(key)) {
                continue;
            }
            bytes -= sizeOf(entry.getValue());
            oldest.remove();
        }
    }

    /**
     * The cached tile, else {@code loader}'s (decoded outside the cache's lock, so other threads keep reading; two
     * threads may decode the same tile once each, the later one is kept).
     */
    public BufferedImage get(TileKey key, Loader loader) throws RasterException {
        BufferedImage cached = get(key);
        if (cached != null) {
            return cached;
        }
        BufferedImage loaded = loader.load();
        put(key, loaded);
        return loaded;
    }

    /** Drops every tile of {@code source} (a file changed on disk, a layer removed). */
    public synchronized void dropSource(String source) {
        var it = tiles.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<TileKey, BufferedImage> entry = it.next();
            if (entry.getKey().source().equals(source)) {
                bytes -= sizeOf(entry.getValue());
                it.remove();
            }
        }
    }

    /** The pixel bytes held now. */
    public synchronized long bytes() {
        return bytes;
    }

    public synchronized int size() {
        return tiles.size();
    }

    public long limitBytes() {
        return limitBytes;
    }

    private static long sizeOf(BufferedImage image) {
        DataBuffer data = image.getRaster().getDataBuffer();
        return (long) data.getSize() * data.getNumBanks() * DataBuffer.getDataTypeSize(data.getDataType()) / 8;
    }
}
