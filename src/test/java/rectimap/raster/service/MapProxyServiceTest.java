package rectimap.raster.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.raster.RasterRequest;
import rectimap.raster.RasterSource;
import rectimap.raster.RasterSources;
import rectimap.raster.RasterWarp;
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
        access = ServiceAccess.of(folder.resolve("tile-cache"), ServiceAccess.DEFAULT_CACHE_BYTES, Optional.empty(),
                ServiceAccess.OfflinePackages.none());
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
        RasterRequest request = TileFixtures.requestAroundMarker(8, 300, RasterRequest.Completeness.WAIT_FOR_ALL);
        try (RasterSource source = RasterSources.open(location, access)) {
            assertThat(source.epsg()).isEqualTo(3857);
            BufferedImage image = RasterWarp.warp(source.piecesFor(request), source.epsg(), request);
            double[] found = TileFixtures.magentaCentroid(image);
            double[] expected = TileFixtures.expectedMarkerPx(request);
            assertThat(found).as("marker drawn from " + location).isNotNull();
            assertThat(found[0]).isCloseTo(expected[0], within(0.5));
            assertThat(found[1]).isCloseTo(expected[1], within(0.5));
        }
    }
}
