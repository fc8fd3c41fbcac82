package rectimap.raster.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import rectimap.raster.RasterException;
import rectimap.raster.RasterProblem;

/**
 * Fetches images from map services with a {@link FetchPolicy}, through a {@link DiskTileCache}. Blocking: call it
 * from a background thread, never the window's. No connection is made before the first {@link #fetch}: without a
 * configured service Rectimap stays off the network. A host that gave no answer is not asked again for the policy's
 * rest time (every request to it fails at once with NO_ANSWER), so a dead server costs one timeout, not one per tile.
 * Thread-safe.
 */
public final class TileFetcher {
    private final FetchPolicy policy;
    private final DiskTileCache cache;
    private final Semaphore connections;
    private final Map<String, Long> restingUntil = new ConcurrentHashMap<>();
    private volatile HttpClient client;

    public TileFetcher(FetchPolicy policy, DiskTileCache cache) {
        this.policy = policy;
        this.cache = cache;
        this.connections = new Semaphore(policy.maxConnections(), true);
    }

    /**
     * The image bytes for {@code url}, from the cache when there, else from the service (then cached under
     * {@code cacheKey}). Empty when the service has no such tile (HTTP 404 or 204).
     *
     * @param service the short name used in messages
     * @throws RasterException NO_ANSWER, SERVER_ERROR, ACCESS_DENIED or NOT_AN_IMAGE after the policy's tries
     * @throws InterruptedException when the calling task was cancelled
     */
    public Optional<byte[]> fetch(String url, String cacheKey, String service)
            throws RasterException, InterruptedException {
        Optional<byte[]> cached = cache.get(cacheKey);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<byte[]> fetched = fetchOnline(url, service, Accept.IMAGE);
        fetched.ifPresent(bytes -> cache.put(cacheKey, bytes));
        return fetched;
    }

    /** The bytes cached on disk under {@code cacheKey}, without going online. */
    public Optional<byte[]> cached(String cacheKey) {
        return cache.get(cacheKey);
    }

    /** A document (capabilities) from {@code url}, never cached; empty on 404. */
    public Optional<byte[]> fetchDocument(String url, String service) throws RasterException, InterruptedException {
        return fetchOnline(url, service, Accept.DOCUMENT);
    }

    private enum Accept { IMAGE, DOCUMENT }

    private Optional<byte[]> fetchOnline(String url, String service, Accept accept)
            throws RasterException, InterruptedException {
        URI uri = URI.create(url);
        String host = uri.getHost() + ":" + uri.getPort();
        Long rest = restingUntil.get(host);
        if (rest != null && System.nanoTime() - rest < 0) {
            throw new RasterException(RasterProblem.NO_ANSWER, service, uri.getHost());
        }
        RasterException last = null;
        long backOffMs = policy.firstBackOff().toMillis();
        for (int attempt = 1; attempt <= policy.attempts(); attempt++) {
            if (attempt > 1) {
                Thread.sleep(backOffMs);
                backOffMs *= 2;
            }
            try {
                return Optional.ofNullable(TileAnswer.check(send(uri, accept), service, accept == Accept.IMAGE));
            } catch (RetryableFailure failure) {
                last = failure.cause;
            }
        }
        if (last.problem() == RasterProblem.NO_ANSWER) {
            restingUntil.put(host, System.nanoTime() + policy.restAfterNoAnswer().toNanos());
        }
        throw last;
    }

    private HttpResponse<byte[]> send(URI uri, Accept accept) throws RetryableFailure, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(policy.requestTimeout())
                .header("User-Agent", policy.userAgent())
                .header("Accept", accept == Accept.IMAGE ? "image/png,image/jpeg,image/*;q=0.8" : "*/*")
                .GET().build();
        connections.acquire();
        try {
            HttpResponse<byte[]> response = client().send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() >= 500 || response.statusCode() == 429) {
                throw new RetryableFailure(new RasterException(RasterProblem.SERVER_ERROR, uri.getHost(),
                        "HTTP " + response.statusCode()));
            }
            return response;
        } catch (IOException e) {
            throw new RetryableFailure(new RasterException(RasterProblem.NO_ANSWER, uri.getHost(), uri.getHost()));
        } finally {
            connections.release();
        }
    }

    private HttpClient client() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(policy.connectTimeout())
                            .followRedirects(HttpClient.Redirect.NORMAL).build();
                }
            }
        }
        return client;
    }

    /** A failure worth another try (no answer, 5xx, 429). */
    private static final class RetryableFailure extends Exception {
        private final RasterException cause;

        RetryableFailure(RasterException cause) {
            super(cause.getMessage(), null, false, false);
            this.cause = cause;
        }
    }
}
