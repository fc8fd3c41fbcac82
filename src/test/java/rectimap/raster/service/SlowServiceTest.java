package rectimap.raster.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.raster.RasterException;
import rectimap.raster.RasterProblem;
import rectimap.raster.RasterRequest;
import rectimap.raster.pyramid.TileFixtures;
import rectimap.raster.tile.WellKnownSets;

/**
 * A server that holds its answers: the screen's request returns with nothing (the map draws everything
 * else), the listener hears when the server finally failed, and the next request states the failure instead of asking
 * again in a loop.
 */
class SlowServiceTest {
    @TempDir
    Path folder;

    @Test
    void theScreenNeverWaitsForASilentServer() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (ScriptedServer server = new ScriptedServer(x -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ScriptedServer.send(x, 503, "text/plain", new byte[0]);
        })) {
            TileFetcher fetcher = new TileFetcher(new FetchPolicy("Rectimap/test", 2, 1, Duration.ofMillis(20),
                    Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(30)),
                    new DiskTileCache(folder, 1 << 20));
            var set = WellKnownSets.webMercator("xyz", 0, 18);
            ServiceTiles tiles = new ServiceTiles("slow", "slow", "", set, set.coarsest().extent(),
                    List.of(new XyzTileUrl(server.base() + "/{z}/{x}/{y}.png")));
            try (ServiceTileSource source = new ServiceTileSource(tiles, fetcher, Optional.empty())) {
                CountDownLatch told = new CountDownLatch(1);
                source.addRefreshListener(told::countDown);
                RasterRequest screen = TileFixtures.requestAroundMarker(8, 256,
                        RasterRequest.Completeness.WHAT_IS_AT_HAND);
                // The server holds every request until released: an answer now proves the screen did not wait.
                assertThat(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> source.piecesFor(screen)))
                        .isEmpty();
                assertThat(told.getCount()).isEqualTo(1);
                release.countDown();
                assertThat(told.await(30, TimeUnit.SECONDS)).isTrue();
                assertThatThrownBy(() -> source.piecesFor(screen)).isInstanceOfSatisfying(RasterException.class,
                        e -> assertThat(e.problem()).isEqualTo(RasterProblem.SERVER_ERROR));
            } finally {
                release.countDown();
            }
        }
    }
}
