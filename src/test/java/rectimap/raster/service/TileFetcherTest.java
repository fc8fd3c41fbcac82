package rectimap.raster.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.raster.RasterException;
import rectimap.raster.RasterProblem;

/** The fetcher against servers that fail the ways real ones do: retries, back-off, refusals and silence. */
class TileFetcherTest {
    @TempDir
    Path folder;
    static byte[] png;

    @BeforeAll
    static void image() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), "png", out);
        png = out.toByteArray();
    }

    private TileFetcher fetcher() {
        return new TileFetcher(FetchPolicy.polite().withTimes(Duration.ofMillis(20), Duration.ofSeconds(2),
                Duration.ofSeconds(2), Duration.ofSeconds(30)), new DiskTileCache(folder.resolve("cache"), 1 << 20));
    }

    @Test
    void passingServerErrorsAreRetriedWithBackOffAndTheTileIsCached() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (ScriptedServer server = new ScriptedServer(x -> {
            if (calls.incrementAndGet() < 3) {
                ScriptedServer.send(x, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
            } else {
                ScriptedServer.send(x, 200, "image/png", png);
            }
        })) {
            TileFetcher fetcher = fetcher();
            assertThat(fetcher.fetch(server.base() + "/t/1/2/3.png", "k", "local")).contains(png);
            assertThat(fetcher.fetch(server.base() + "/t/1/2/3.png", "k", "local")).contains(png);
            assertThat(server.asked()).hasSize(3).allSatisfy(a -> assertThat(a.userAgent()).startsWith("Rectimap/"));
        }
    }

    @Test
    void aServerThatKeepsFailingIsAServerErrorInBothLanguages() throws Exception {
        try (ScriptedServer server = new ScriptedServer(x -> ScriptedServer.send(x, 500, "text/plain", new byte[0]))) {
            assertThatThrownBy(() -> fetcher().fetch(server.base() + "/t.png", "k", "地图服务"))
                    .isInstanceOfSatisfying(RasterException.class, e -> {
                        assertThat(e.problem()).isEqualTo(RasterProblem.SERVER_ERROR);
                        assertThat(e.sentence(Locale.ROOT)).contains("返回错误").contains("HTTP 500");
                        assertThat(e.sentence(Locale.ENGLISH)).contains("answered with an error");
                    });
            assertThat(server.asked()).hasSize(3);
        }
    }

    @Test
    void anHtmlPageIsNotAnImageAndNotRetried() throws Exception {
        try (ScriptedServer server = new ScriptedServer(x -> ScriptedServer.send(x, 200, "text/html; charset=utf-8",
                "<html><body>服务维护中</body></html>".getBytes(StandardCharsets.UTF_8)))) {
            assertThatThrownBy(() -> fetcher().fetch(server.base() + "/t.png", "k", "local"))
                    .isInstanceOfSatisfying(RasterException.class, e -> {
                        assertThat(e.problem()).isEqualTo(RasterProblem.NOT_AN_IMAGE);
                        assertThat(e.detail()).isEqualTo("text/html");
                    });
            assertThat(server.asked()).hasSize(1);
        }
    }

    @Test
    void aMissingTileIsNoTileAndARefusalIsAccessDenied() throws Exception {
        try (ScriptedServer server = new ScriptedServer(x -> ScriptedServer.send(x,
                x.getRequestURI().getPath().contains("missing") ? 404 : 403, "text/plain", new byte[0]))) {
            assertThat(fetcher().fetch(server.base() + "/missing.png", "k1", "local")).isEmpty();
            assertThatThrownBy(() -> fetcher().fetch(server.base() + "/secret.png", "k2", "local"))
                    .isInstanceOfSatisfying(RasterException.class,
                            e -> assertThat(e.problem()).isEqualTo(RasterProblem.ACCESS_DENIED));
        }
    }

    @Test
    void aDeadPortIsNoAnswer() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        TileFetcher fetcher = fetcher();
        String url = "http://127.0.0.1:" + port + "/t.png";
        assertThatThrownBy(() -> fetcher.fetch(url, "k", "local")).isInstanceOfSatisfying(RasterException.class,
                e -> {
                    assertThat(e.problem()).isEqualTo(RasterProblem.NO_ANSWER);
                    assertThat(e.sentence(Locale.ROOT)).contains("没有响应").contains("其他图层照常显示");
                });
        assertThatThrownBy(() -> fetcher.fetch(url, "other", "local")).isInstanceOfSatisfying(RasterException.class,
                e -> assertThat(e.problem()).isEqualTo(RasterProblem.NO_ANSWER));
    }

    @Test
    void theDiskCacheStaysUnderItsLimitDroppingTheOldest() throws Exception {
        DiskTileCache cache = new DiskTileCache(folder.resolve("small"), 50_000);
        for (int i = 0; i < 10; i++) {
            cache.put("tile-" + i, new byte[10_000]);
            Thread.sleep(5);
        }
        assertThat(cache.usedBytes()).isLessThanOrEqualTo(50_000);
        assertThat(cache.get("tile-9")).isPresent();
        assertThat(cache.get("tile-0")).isEmpty();
    }
}
