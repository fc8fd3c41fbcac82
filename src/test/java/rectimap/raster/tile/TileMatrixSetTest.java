package rectimap.raster.tile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import rectimap.geo.CrsTransform;

class TileMatrixSetTest {

    @Test
    void webMercatorTileOfAKnownPlaceMatchesTheSlippyMapFormula() {
        TileMatrix z15 = WellKnownSets.webMercator("xyz", 0, 19).zoom(15).orElseThrow();
        var merc = CrsTransform.between(4490, 3857).apply(111.0, 35.0);
        TileRange range = z15.range(new Envelope(merc.x, merc.x, merc.y, merc.y));
        double n = Math.pow(2, 15);
        long x = (long) Math.floor((111.0 + 180) / 360 * n);
        double lat = Math.toRadians(35.0);
        long y = (long) Math.floor((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2 * n);
        assertThat(range.minColumn()).isEqualTo(x);
        assertThat(range.minRow()).isEqualTo(y);
        assertThat(z15.tileEnvelope(x, y).contains(merc.x, merc.y)).isTrue();
    }

    @Test
    void tiandituLonLatSetHasTwoHalfWorldTilesAtLevelOne() {
        TileMatrixSet c = WellKnownSets.tiandituLonLat();
        TileMatrix one = c.coarsest();
        assertThat(one.zoom()).isEqualTo(1);
        assertThat(one.extent()).isEqualTo(new Envelope(-180, 180, -90, 90));
        TileMatrix ten = c.zoom(10).orElseThrow();
        TileRange at = ten.range(new Envelope(111.0, 111.0001, 35.0, 35.0001));
        assertThat(at.minColumn()).isEqualTo((long) Math.floor(291 / (360.0 / 1024)));
        assertThat(at.minRow()).isEqualTo((long) Math.floor(55 / (360.0 / 1024)));
        assertThat(c.crs().epsg()).isEqualTo(4490);
    }

    @Test
    void theLevelForAResolutionIsTheCoarsestNotVisiblyCoarser() {
        TileMatrixSet set = WellKnownSets.webMercator("xyz", 0, 18);
        double z12 = set.zoom(12).orElseThrow().resolutionX();
        assertThat(set.matrixFor(z12).zoom()).isEqualTo(12);
        assertThat(set.matrixFor(z12 / 1.04).zoom()).isEqualTo(12);
        assertThat(set.matrixFor(z12 / 1.1).zoom()).isEqualTo(13);
        assertThat(set.matrixFor(z12 / 1.5).zoom()).isEqualTo(13);
        assertThat(set.matrixFor(0.001).zoom()).isEqualTo(18);
        assertThat(set.matrixFor(1e9).zoom()).isEqualTo(0);
    }

    @Test
    void aRangeIsClippedToTheMatrixAndLeavesOutTilesOnlyTouchingTheEdge() {
        TileMatrix z1 = WellKnownSets.webMercator("xyz", 0, 3).zoom(1).orElseThrow();
        TileRange all = z1.range(new Envelope(-1e9, 1e9, -1e9, 1e9));
        assertThat(all.count()).isEqualTo(4);
        TileRange west = z1.range(new Envelope(-1e7, 0, 1, 1e7));
        assertThat(west.count()).isEqualTo(1);
        assertThat(west.tiles(10).get(0).key()).isEqualTo("1/0/0");
        assertThat(z1.range(new Envelope(3e7, 4e7, 0, 1)).isEmpty()).isTrue();
    }

    @Test
    void crsNamesOfCapabilitiesAreRead() {
        assertThat(TileCrs.parse("urn:ogc:def:crs:EPSG::4490").orElseThrow())
                .isEqualTo(new TileCrs(4490, AxisOrder.NORTH_EAST));
        assertThat(TileCrs.parse("urn:ogc:def:crs:EPSG:6.18:3:3857").orElseThrow().epsg()).isEqualTo(3857);
        assertThat(TileCrs.parse("urn:ogc:def:crs:EPSG::900913").orElseThrow().epsg()).isEqualTo(3857);
        assertThat(TileCrs.parse("http://www.opengis.net/def/crs/EPSG/0/4546").orElseThrow().axisOrder())
                .isEqualTo(AxisOrder.NORTH_EAST);
        assertThat(TileCrs.parse("urn:ogc:def:crs:OGC:1.3:CRS84").orElseThrow())
                .isEqualTo(new TileCrs(4326, AxisOrder.EAST_NORTH));
        assertThat(TileCrs.parse("EPSG:3857").orElseThrow().metresPerUnit()).isEqualTo(1.0);
        assertThat(TileCrs.parse("EPSG:4326").orElseThrow().metresPerUnit()).isCloseTo(111319.49, within(0.01));
        assertThat(TileCrs.parse("mystery")).isEmpty();
    }
}
