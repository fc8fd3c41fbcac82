package rectimap.raster.service;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's MapProxy serving a GDAL-made MBTiles file as WMTS (KVP at {@code /service}, REST at {@code /wmts}) and
 * XYZ ({@code /tiles/ortho/webmercator/{z}/{x}/{y}.png}; the grid's origin is south-west because
 * MapProxy reads MBTiles rows that way), as a WSGI app under python3's wsgiref on
 * a free port of 127.0.0.1 (one process, stopped by {@link #close}). Fails under CI when MapProxy is missing,
 * skips elsewhere.
 */
public final class MapProxyServer implements AutoCloseable {
    private static final String PYTHON = "/usr/bin/python3";
    private final Process process;
    private final String base;

    private MapProxyServer(Process process, int port) {
        this.process = process;
        this.base = "http://127.0.0.1:" + port;
    }

    public static MapProxyServer serving(Path mbtiles, Path folder) throws IOException, InterruptedException {
        requireMapProxy();
        Path config = folder.resolve("mapproxy.yaml");
        Files.writeString(config, """
                services:
                  wmts:
                    restful: true
                    kvp: true
                  tms:
                    use_grid_names: true
                    origin: nw
                layers:
                  - name: ortho
                    title: Ortho
                    sources: [ortho_cache]
                caches:
                  ortho_cache:
                    grids: [webmercator]
                    sources: []
                    cache:
                      type: mbtiles
                      filename: %s
                grids:
                  webmercator:
                    base: GLOBAL_WEBMERCATOR
                    origin: sw
                globals:
                  cache:
                    base_dir: %s
                """.formatted(mbtiles.toAbsolutePath(), folder.resolve("mapproxy-cache").toAbsolutePath()));
        Path script = folder.resolve("serve_mapproxy.py");
        Files.writeString(script, """
                import sys
                from socketserver import ThreadingMixIn
                from wsgiref.simple_server import WSGIServer, WSGIRequestHandler, make_server
                from mapproxy.wsgiapp import make_wsgi_app
                class Server(ThreadingMixIn, WSGIServer):
                    daemon_threads = True
                class Quiet(WSGIRequestHandler):
                    def log_message(self, *args):
                        pass
                httpd = make_server("127.0.0.1", 0, make_wsgi_app(sys.argv[1]), server_class=Server,
                                    handler_class=Quiet)
                print(httpd.server_port, flush=True)
                httpd.serve_forever()
                """);
        Process process = new ProcessBuilder(PYTHON, script.toString(), config.toString())
                .redirectError(folder.resolve("mapproxy.log").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        CompletableFuture<String> port = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        try {
            String line = port.get(60, TimeUnit.SECONDS);
            if (line == null) {
                fail("MapProxy did not start: " + Files.readString(folder.resolve("mapproxy.log")));
            }
            return new MapProxyServer(process, Integer.parseInt(line.trim()));
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("MapProxy did not start", e);
        }
    }

    public String base() {
        return base;
    }

    static void requireMapProxy() {
        boolean there = Files.isRegularFile(Path.of(PYTHON))
                && Files.isRegularFile(Path.of("/usr/lib/python3/dist-packages/mapproxy/wsgiapp.py"));
        if (!there) {
            String message = "the MapProxy tests need Debian's mapproxy package";
            if (System.getenv("CI") != null) {
                fail(message);
            }
            Assumptions.abort(message + " (skipped outside CI)");
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
