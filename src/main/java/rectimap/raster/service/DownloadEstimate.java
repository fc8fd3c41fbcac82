package rectimap.raster.service;

import java.util.Optional;
import rectimap.raster.tile.TileAddress;

/**
 * The expected size of a download: the average of up to three tiles from the middle of the plan (fetched, so they
 * are cached for the download itself) times the tile count; 20 KB a tile when none can be fetched.
 */
public final class DownloadEstimate {
    private static final int SAMPLES = 3;
    private static final double GUESS_BYTES = 20_000;

    private DownloadEstimate() {
    }

    /** The expected size in MB, one decimal (as the command line and the window print it). */
    public static String megabytes(DownloadPlan plan, DownloadTiles tiles) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes(plan, tiles) / 1e6);
    }

    /** The expected size in bytes; blocking (up to three tiles are fetched, through the disk cache). */
    public static double bytes(DownloadPlan plan, DownloadTiles tiles) {
        long total = 0;
        int counted = 0;
        int middle = plan.count() / 2;
        for (int i = middle; i < plan.count() && counted < SAMPLES; i++) {
            TileAddress tile = plan.tiles().get(i);
            try {
                Optional<byte[]> bytes = tiles.bytes(tile);
                if (bytes.isPresent()) {
                    total += bytes.get().length;
                    counted++;
                }
            } catch (rectimap.raster.RasterException e) {
                break;
            }
        }
        double perTile = counted == 0 ? GUESS_BYTES : (double) total / counted;
        return perTile * plan.count();
    }
}
