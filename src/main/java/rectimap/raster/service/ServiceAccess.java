package rectimap.raster.service;

import java.nio.file.Path;
import java.util.Optional;
import rectimap.raster.pyramid.TilePyramid;

/**
 * What online sources need from their surroundings: the fetcher (polite, with the disk cache), the user's Tianditu
 * key (from the user's settings, never from a project file), the map review number (审图号) the user copied from
 * Tianditu to print with its imagery, and the basemap packages downloaded into the open project, which are used
 * before the network (and so, offline, instead of it).
 */
public record ServiceAccess(TileFetcher fetcher, Optional<String> tiandituKey, Optional<String> tiandituReview,
                            OfflinePackages packages) {
    /** The disk cache's default size limit: 512 MB. */
    public static final long DEFAULT_CACHE_BYTES = 512L * 1024 * 1024;
    private static volatile ServiceAccess standard;

    /** Finds a downloaded package of a source by the source's id. */
    @FunctionalInterface
    public interface OfflinePackages {
        Optional<TilePyramid> find(String sourceId);

        static OfflinePackages none() {
            return id -> Optional.empty();
        }
    }

    /** Polite fetching with a disk cache of {@code cacheBytes} in {@code cacheFolder}. */
    public static ServiceAccess of(Path cacheFolder, long cacheBytes, Optional<String> key, OfflinePackages packages) {
        return new ServiceAccess(new TileFetcher(FetchPolicy.polite(), new DiskTileCache(cacheFolder, cacheBytes)),
                key.map(String::strip).filter(k -> !k.isEmpty()), Optional.empty(), packages);
    }

    /**
     * The access {@code RasterSources.open(location)} uses: the one the window or command line configured, else a
     * cache in the temporary folder and no key.
     */
    public static ServiceAccess standard() {
        ServiceAccess current = standard;
        if (current == null) {
            current = of(Path.of(System.getProperty("java.io.tmpdir"), "rectimap-tiles"), DEFAULT_CACHE_BYTES,
                    Optional.empty(), OfflinePackages.none());
            standard = current;
        }
        return current;
    }

    /** Makes {@code access} the standard one (at start, and when the key or the project changes). */
    public static void useAsStandard(ServiceAccess access) {
        standard = access;
    }

    /** This access with other packages (a project was opened). */
    public ServiceAccess withPackages(OfflinePackages other) {
        return new ServiceAccess(fetcher, tiandituKey, tiandituReview, other);
    }

    /** This access printing {@code review} (审图号, e.g. {@code GS(2024)0000号}) with Tianditu imagery. */
    public ServiceAccess withTiandituReview(Optional<String> review) {
        return new ServiceAccess(fetcher, tiandituKey, review.map(String::strip).filter(r -> !r.isEmpty()), packages);
    }
}
