package rectimap.raster.service;


import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.raster.pyramid.TileFixtures;

/**
 * A real MapProxy on 127.0.0.1 serving a GDAL-made ortho as WMTS (KVP and REST) and XYZ: each way the marker lands
 * where it belongs on the EPSG:4546 display grid, within half a pixel.
 */
class MapProxyServiceTest {
    @TempDir
    static Path folder;
    static MapProxyServer mapProxy;
    static ServiceAccess access;

    @BeforeAll
    static void startMapProxy() throws Exception {
        Path tif = TileFixtures.geoTiff(folder);
        mapProxy = MapProxyServer.serving(TileFixtures.mbTiles(tif, folder), folder);
        access = MarkerCheck.freshAccess(folder, "tile-cache", Optional.empty());
    }

    @AfterAll
    static void stop() throws Exception {
        if (mapProxy != null) {
            mapProxy.close();
        }
    }

    @Test
    void wmtsRestTemplatesPlaceTheMarker() throws Exception {
        assertMarkerPlaced(mapProxy.base() + "/wmts/1.0.0/WMTSCapabilities.xml");
    }

    @Test
    void wmtsKeyValueRequestsPlaceTheMarker() throws Exception {
        assertMarkerPlaced(mapProxy.base() + "/service?SERVICE=WMTS&REQUEST=GetCapabilities#layer=ortho");
    }

    @Test
    void xyzTemplatePlacesTheMarker() throws Exception {
        assertMarkerPlaced(mapProxy.base() + "/tiles/ortho/webmercator/{z}/{x}/{y}.png#maxzoom=14");
    }

    private static void assertMarkerPlaced(String location) throws Exception {
        MarkerCheck.assertPlaced(location, access, 3857);
    }
}
