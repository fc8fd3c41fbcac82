package rectimap.raster.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import rectimap.raster.RasterException;
import rectimap.raster.RasterProblem;
import rectimap.raster.tile.TileAddress;
import rectimap.raster.tile.TileCrs;
import rectimap.raster.tile.TileMatrix;
import rectimap.raster.tile.WellKnownSets;

class ServiceAddressesTest {

    @Test
    void wms130WritesLatitudeFirstForLonLatCrsAnd111LongitudeFirst() {
        Envelope box = new Envelope(110.9, 111.0, 35.0, 35.1);
        String v13 = new WmsGetMap("http://h/wms?MAP=/m.map", WmsVersion.V1_3_0, "ortho", "image/png",
                TileCrs.ofEpsg(4490)).url(box, 512, 512);
        assertThat(v13).startsWith("http://h/wms?MAP=/m.map&SERVICE=WMS&REQUEST=GetMap&VERSION=1.3.0")
                .contains("&CRS=EPSG:4490&BBOX=35,110.9,35.1,111&WIDTH=512&HEIGHT=512");
        String v11 = new WmsGetMap("http://h/wms", WmsVersion.V1_1_1, "ortho", "image/png",
                TileCrs.ofEpsg(4326)).url(box, 256, 128);
        assertThat(v11).contains("?SERVICE=WMS&").contains("&SRS=EPSG:4326&BBOX=110.9,35,111,35.1&WIDTH=256");
        String mercator = new WmsGetMap("http://h/wms", WmsVersion.V1_3_0, "a,b", "image/png",
                TileCrs.ofEpsg(3857)).url(new Envelope(1, 2, 3, 4), 10, 10);
        assertThat(mercator).contains("LAYERS=a%2Cb").contains("&CRS=EPSG:3857&BBOX=1,3,2,4");
        String gaussKrueger = new WmsGetMap("http://h/wms", WmsVersion.V1_3_0, "a", "image/png",
                TileCrs.ofEpsg(4546)).url(new Envelope(500000, 501000, 3870000, 3871000), 10, 10);
        assertThat(gaussKrueger).contains("&BBOX=3870000,500000,3871000,501000");
    }

    @Test
    void wmsTilesOfTheFixedGridAreRequestedWhole() {
        var grid = WmsTileGrid.of(TileCrs.ofEpsg(4546));
        TileMatrix m = grid.matrixFor(2.0);
        assertThat(m.resolutionX()).isEqualTo(2.0);
        var tile = m.range(new Envelope(500000, 500001, 3870000, 3870001)).tiles(4).get(0);
        String url = new WmsGetMap("http://h/wms", WmsVersion.V1_1_1, "a", "image/png", TileCrs.ofEpsg(4546))
                .of(tile);
        assertThat(url).contains("WIDTH=512&HEIGHT=512");
        assertThat(tile.envelope().contains(500000, 3870000)).isTrue();
    }

    @Test
    void xyzTemplatesFillZoomColumnRowFlippedRowAndSubdomain() {
        TileMatrix z4 = WellKnownSets.webMercator("xyz", 0, 18).zoom(4).orElseThrow();
        TileAddress tile = new TileAddress(z4, 13, 6);
        assertThat(new XyzTileUrl("http://{s}.h/{z}/{x}/{y}.png").of(tile)).isEqualTo("http://b.h/4/13/6.png");
        assertThat(new XyzTileUrl("http://h/tms/{z}/{x}/{-y}.png").of(tile)).isEqualTo("http://h/tms/4/13/9.png");
        assertThat(XyzTileUrl.isTemplate("http://h/{z}/{x}/{-y}.png")).isTrue();
        assertThat(XyzTileUrl.isTemplate("http://h/wmts?request=GetCapabilities")).isFalse();
    }

    @Test
    void shiftedChineseWebMapsAreRefusedByName() {
        assertThat(OffsetMaps.of("https://webrd01.is.autonavi.com/appmaptile?x={x}&y={y}&z={z}&style=8"))
                .hasValueSatisfying(p -> assertThat(p.shift()).isEqualTo(OffsetMaps.Shift.GCJ_02));
        assertThat(OffsetMaps.of("https://rt0.map.gtimg.com/tile?z={z}&x={x}&y={-y}")).isPresent();
        assertThat(OffsetMaps.of("https://maponline0.bdimg.com/tile/?qt=vtile&x={x}&y={y}&z={z}"))
                .hasValueSatisfying(p -> assertThat(p.shift()).isEqualTo(OffsetMaps.Shift.BD_09));
        assertThat(OffsetMaps.of("http://t0.tianditu.gov.cn/img_c/wmts")).isEmpty();
        assertThat(OffsetMaps.of("http://notamap.com.example/x")).isEmpty();
        assertThatThrownBy(() -> OffsetMaps.refuse("http://api.map.baidu.com/x")).isInstanceOf(RasterException.class)
                .extracting(e -> ((RasterException) e).problem()).isEqualTo(RasterProblem.OFFSET_COORDINATES);
    }
}
