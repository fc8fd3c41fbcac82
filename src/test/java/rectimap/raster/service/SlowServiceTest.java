package rectimap.raster.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * A server that answers too slowly: the screen's request returns at once with nothing (the map draws everything
 * else), the listener hears when the fetch gave up, and the next request states the failure instead of asking
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
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })) {
            TileFetcher fetcher = new TileFetcher(FetchPolicy.polite().withTimes(Duration.ofMillis(20),
                    Duration.ofSeconds(1), Duration.ofMillis(600), Duration.ofSeconds(30)),
                    new DiskTileCache(folder, 1 << 20));
            var set = WellKnownSets.webMercator("xyz", 0, 18);
            ServiceTiles tiles = new ServiceTiles("slow", "slow", "", set, set.coarsest().extent(),
                    List.of(new XyzTileUrl(server.base() + "/{z}/{x}/{y}.png")));
            try (ServiceTileSource source = new ServiceTileSource(tiles, fetcher, Optional.empty())) {
                CountDownLatch told = new CountDownLatch(1);
                source.addRefreshListener(told::countDown);
                RasterRequest screen = TileFixtures.requestAroundMarker(8, 256,
                        RasterRequest.Completeness.WHAT_IS_AT_HAND);
                long start = System.nanoTime();
                assertThat(source.piecesFor(screen)).isEmpty();
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
                assertThat(told.await(30, TimeUnit.SECONDS)).isTrue();
                int asked = server.asked().size();
                assertThatThrownBy(() -> source.piecesFor(screen)).isInstanceOfSatisfying(RasterException.class,
                        e -> assertThat(e.problem()).isEqualTo(RasterProblem.NO_ANSWER));
                assertThat(server.asked()).hasSize(asked);
            } finally {
                release.countDown();
            }
        }
    }
}
