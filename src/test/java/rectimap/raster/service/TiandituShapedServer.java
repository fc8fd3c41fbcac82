package rectimap.raster.service;

import com.sun.net.httpserver.HttpExchange;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import rectimap.raster.pyramid.TileFixtures;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import rectimap.raster.RasterException;
import rectimap.raster.pyramid.GeoPackageTiles;
import rectimap.raster.pyramid.TilePyramid;
import rectimap.raster.tile.TileAddress;
import rectimap.raster.tile.TileMatrix;
import rectimap.store.GdalTools;

/**
 * A local stand-in for Tianditu: {@code /{layer}_{c|w}/wmts} answers GetCapabilities with the Tianditu-shaped
 * document (96-dpi scales, north-first corners) and GetTile with tiles GDAL cut from the test ortho (the {@code c}
 * set from an InspireCRS84Quad GeoPackage, whose level L is Tianditu's L+1; the {@code w} set from a
 * GoogleMapsCompatible one), annotation layers as transparent PNGs. A request without the right {@code tk} gets 403.
 */
public final class TiandituShapedServer implements AutoCloseable {
    public static final String KEY = "test-key-0123";
    /** The system property the Tianditu presets take their address from. */
    static final String URL_PROPERTY = "rectimap.tianditu.url";
    private final ScriptedServer server;
    private final TilePyramid lonLat;
    private final TilePyramid mercator;
    private final byte[] transparent;

    TiandituShapedServer(Path tif, Path folder) throws Exception {
        lonLat = GeoPackageTiles.open(cut(tif, folder, "InspireCRS84Quad"), null);
        mercator = GeoPackageTiles.open(cut(tif, folder, "GoogleMapsCompatible"), null);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB), "png", png);
        transparent = png.toByteArray();
        server = new ScriptedServer(this::answer);
    }

    /**
     * The server over the test ortho in {@code folder}, named by {@code rectimap.tianditu.url} so the
     * {@code tianditu:} presets ask it; {@link #close()} takes the name back.
     */
    public static TiandituShapedServer asThePreset(Path folder) throws Exception {
        TiandituShapedServer server = new TiandituShapedServer(TileFixtures.geoTiff(folder), folder);
        System.setProperty(URL_PROPERTY, server.base());
        return server;
    }

    private static Path cut(Path tif, Path folder, String scheme) {
        Path gpkg = folder.resolve("tianditu-" + scheme + ".gpkg");
        GdalTools.gdal("gdal_translate", "-q", "-of", "GPKG", "-co", "TILING_SCHEME=" + scheme, "-co",
                "ZOOM_LEVEL_STRATEGY=UPPER", "-co", "TILE_FORMAT=PNG", tif.toString(), gpkg.toString())
                .requireSuccess();
        GdalTools.gdal("gdaladdo", "-q", gpkg.toString(), "2", "4").requireSuccess();
        return gpkg;
    }

    public String base() {
        return server.base();
    }

    public ScriptedServer requests() {
        return server;
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String[] layerSet = path.replaceAll("^/|/wmts$", "").split("_");
        if (!KEY.equals(query.get("tk"))) {
            ScriptedServer.send(exchange, 403, "text/html", "<html>权限验证失败</html>".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if ("GetCapabilities".equalsIgnoreCase(query.get("REQUEST"))) {
            String doc = WmtsCapabilitiesReaderTest.tiandituDocument(base(), layerSet[0], layerSet[1]);
            ScriptedServer.send(exchange, 200, "text/xml", doc.getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (layerSet[0].startsWith("c")) {
            ScriptedServer.send(exchange, 200, "image/png", transparent);
            return;
        }
        boolean c = layerSet[1].equals("c");
        int zoom = Integer.parseInt(query.get("TILEMATRIX")) - (c ? 1 : 0);
        TilePyramid tiles = c ? lonLat : mercator;
        Optional<TileMatrix> level = tiles.matrixSet().zoom(zoom);
        try {
            Optional<byte[]> tile = level.isEmpty() ? Optional.empty() : tiles.tileBytes(new TileAddress(level.get(),
                    Long.parseLong(query.get("TILECOL")), Long.parseLong(query.get("TILEROW"))));
            ScriptedServer.send(exchange, tile.isPresent() ? 200 : 404, "image/png", tile.orElse(new byte[0]));
        } catch (RasterException e) {
            throw new IOException(e);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        for (String pair : String.valueOf(raw).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    @Override
    public void close() {
        System.clearProperty(URL_PROPERTY);
        server.close();
        lonLat.close();
        mercator.close();
    }
}
