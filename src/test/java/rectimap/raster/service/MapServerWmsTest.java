package rectimap.raster.service;


import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.raster.RasterSource;
import rectimap.raster.pyramid.TileFixtures;
import rectimap.raster.tile.TileCrs;

/**
 * A real MapServer WMS over the GDAL-made ortho: asked in 1.3.0 and 1.1.1, in the display CRS (EPSG:4546, north
 * first in 1.3.0) and in lon/lat (EPSG:4490, latitude first in 1.3.0), the marker lands within half a pixel.
 */
class MapServerWmsTest {
    @TempDir
    static Path folder;
    static CgiWms wms;
    static ServiceAccess access;

    @BeforeAll
    static void startWms() throws Exception {
        Path tif = TileFixtures.geoTiff(folder);
        Path mapfile = folder.resolve("ortho.map");
        Files.writeString(mapfile, """
                MAP
                  NAME "ortho"
                  EXTENT 12356000 4157880 12361120 4163000
                  SIZE 512 512
                  PROJECTION "init=epsg:3857" END
                  WEB
                    METADATA
                      "wms_title" "ortho"
                      "wms_srs" "%s"
                      "wms_enable_request" "*"
                    END
                  END
                  OUTPUTFORMAT NAME "png" DRIVER AGG/PNG MIMETYPE "image/png" IMAGEMODE RGBA EXTENSION "png" END
                  LAYER
                    NAME "ortho"
                    TYPE RASTER
                    STATUS ON
                    DATA "%s"
                    PROJECTION "init=epsg:3857" END
                    PROCESSING "RESAMPLE=NEAREST"
                    METADATA "wms_title" "ortho" END
                  END
                END
                """.formatted("EPSG:4546 EPSG:4490 EPSG:3857", tif.toAbsolutePath()));
        wms = new CgiWms(mapfile, folder);
        access = MarkerCheck.freshAccess(folder, "tile-cache", Optional.empty());
    }

    @AfterAll
    static void stop() {
        if (wms != null) {
            wms.close();
        }
    }

    @Test
    void wms130InTheDisplayCrsPlacesTheMarker() throws Exception {
        MarkerCheck.assertPlaced(wms.url() + "?SERVICE=WMS&VERSION=1.3.0", access, 4546);
    }

    @Test
    void wms111PlacesTheMarker() throws Exception {
        MarkerCheck.assertPlaced(wms.url() + "?SERVICE=WMS&VERSION=1.1.1", access, 4546);
    }

    @Test
    void wms130InLonLatWritesLatitudeFirstAndPlacesTheMarker() throws Exception {
        WmsGetMap getMap = new WmsGetMap(wms.url(), WmsVersion.V1_3_0, "ortho", "image/png", TileCrs.ofEpsg(4490));
        ServiceTiles tiles = new ServiceTiles("wms-4490", "ortho", "", WmsTileGrid.of(TileCrs.ofEpsg(4490)),
                TileCrs.ofEpsg(4490).world().orElseThrow(), java.util.List.of(getMap));
        try (RasterSource source = new ServiceTileSource(tiles, access.fetcher(), Optional.empty())) {
            MarkerCheck.assertPlaced(source);
        }
    }
}
