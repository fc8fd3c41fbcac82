package rectimap.raster.service;

import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's MapServer ({@code /usr/bin/mapserv}) as a WMS behind a small CGI front: a JDK HTTP server on a free port
 * of 127.0.0.1 runs mapserv once per request with the request's query and the test's mapfile, and sends back what
 * it printed (CGI headers, then the image or document). Fails under CI when MapServer is missing, skips elsewhere.
 */
final class CgiWms implements AutoCloseable {
    private static final Path MAPSERV = Path.of("/usr/bin/mapserv");
    private final HttpServer server;

    CgiWms(Path mapfile, Path folder) throws IOException {
        if (!Files.isExecutable(MAPSERV)) {
            String message = "the WMS tests need Debian's mapserver-bin (/usr/bin/mapserv)";
            if (System.getenv("CI") != null) {
                fail(message);
            }
            Assumptions.abort(message + " (skipped outside CI)");
        }
        Path config = folder.resolve("mapserver.conf");
        Files.writeString(config, "CONFIG\n  ENV\n    MS_MAP_PATTERN \"^/\"\n  END\nEND\n");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/wms", exchange -> {
            try (exchange) {
                ProcessBuilder cgi = new ProcessBuilder(MAPSERV.toString()).redirectError(ProcessBuilder.Redirect.DISCARD);
                cgi.environment().put("REQUEST_METHOD", "GET");
                cgi.environment().put("QUERY_STRING", String.valueOf(exchange.getRequestURI().getRawQuery()));
                cgi.environment().put("MAPSERVER_CONFIG_FILE", config.toString());
                cgi.environment().put("MS_MAPFILE", mapfile.toString());
                cgi.environment().put("SERVER_NAME", "127.0.0.1");
                cgi.environment().put("SERVER_PORT", Integer.toString(server.getAddress().getPort()));
                cgi.environment().put("SCRIPT_NAME", "/wms");
                Process process = cgi.start();
                byte[] output;
                try (InputStream in = process.getInputStream()) {
                    output = in.readAllBytes();
                }
                process.waitFor(30, TimeUnit.SECONDS);
                int split = headerEnd(output);
                String headers = new String(output, 0, Math.max(0, split), StandardCharsets.ISO_8859_1);
                String type = headers.lines().filter(l -> l.toLowerCase().startsWith("content-type:"))
                        .map(l -> l.substring(13).trim()).findFirst().orElse("application/octet-stream");
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                body.write(output, split < 0 ? 0 : split, output.length - Math.max(0, split));
                ScriptedServer.send(exchange, 200, type, body.toByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    /** The service address. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/wms";
    }

    /** Where the body starts after the CGI headers' blank line (CRLF or LF), or -1. */
    private static int headerEnd(byte[] out) {
        for (int i = 0; i + 1 < out.length; i++) {
            if (out[i] == '\n' && out[i + 1] == '\n') {
                return i + 2;
            }
            if (i + 3 < out.length && out[i] == '\r' && out[i + 1] == '\n' && out[i + 2] == '\r' && out[i + 3] == '\n') {
                return i + 4;
            }
        }
        return -1;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
