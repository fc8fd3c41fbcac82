package rectimap.raster.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import rectimap.raster.RasterRequest;
import rectimap.raster.RasterSource;
import rectimap.raster.RasterSources;
import rectimap.raster.RasterWarp;
import rectimap.raster.pyramid.TileFixtures;

/**
 * What every service test asks of the local servers: the test ortho's magenta marker, drawn from a service onto the
 * EPSG:4546 display grid around it, lands within half a pixel of where it belongs.
 */
final class MarkerCheck {
    private MarkerCheck() {
    }

    /** Access with an empty tile cache in {@code folder/cache}, the key {@code key}, no offline packages. */
    static ServiceAccess freshAccess(Path folder, String cache, Optional<String> key) {
        return ServiceAccess.of(folder.resolve(cache), ServiceAccess.DEFAULT_CACHE_BYTES, key,
                ServiceAccess.OfflinePackages.none());
    }

    /** Opens {@code location} through {@code access}, requires its CRS to be {@code epsg}, and checks the marker. */
    static void assertPlaced(String location, ServiceAccess access, int epsg) throws Exception {
        try (RasterSource source = RasterSources.open(location, access)) {
            assertThat(source.epsg()).as(location).isEqualTo(epsg);
            assertPlaced(source);
        }
    }

    /** Checks the marker as {@code source} draws it (300 px around it at 8 m a pixel, every tile waited for). */
    static void assertPlaced(RasterSource source) throws Exception {
        RasterRequest request = TileFixtures.requestAroundMarker(8, 300, RasterRequest.Completeness.WAIT_FOR_ALL);
        BufferedImage image = RasterWarp.warp(source.piecesFor(request), source.epsg(), request);
        double[] found = TileFixtures.magentaCentroid(image);
        double[] expected = TileFixtures.expectedMarkerPx(request);
        assertThat(found).as("marker drawn").isNotNull();
        assertThat(found[0]).isCloseTo(expected[0], within(0.5));
        assertThat(found[1]).isCloseTo(expected[1], within(0.5));
    }
}
