package rectimap.raster.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import rectimap.raster.RasterException;
import rectimap.raster.RasterProblem;
import rectimap.raster.tile.TileAddress;
import rectimap.raster.tile.TileMatrix;
import rectimap.raster.tile.TileMatrixSet;
import rectimap.raster.tile.WellKnownSets;

class WmtsCapabilitiesReaderTest {

    static String tiandituDocument(String base, String layer, String set) throws IOException {
        try (var in = WmtsCapabilitiesReaderTest.class.getResourceAsStream("/rectimap/raster/tianditu-capabilities.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${BASE}", base)
                    .replace("${LAYER}", layer).replace("${SET}", set);
        }
    }

    private static WmtsCapabilities read(String xml) throws RasterException {
        return WmtsCapabilitiesReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test");
    }

    @Test
    void tiandituSetsReadWith96DpiScalesAndNorthFirstCornersEqualTheWellKnownSets() throws Exception {
        WmtsCapabilities caps = read(tiandituDocument("http://t0.tianditu.gov.cn", "img", "c"));
        assertSameLevels(caps.matrixSets().get("c"), WellKnownSets.tiandituLonLat());
        assertSameLevels(caps.matrixSets().get("w"), WellKnownSets.tiandituMercator());
        WmtsLayer img = caps.layer("img").orElseThrow();
        assertThat(img.matrixSetIds()).containsExactly("c");
        assertThat(img.preferredFormat()).isEqualTo("tiles");
        assertThat(caps.getTileKvpUrl()).contains("http://t0.tianditu.gov.cn/img_c/wmts?");
    }

    private static void assertSameLevels(TileMatrixSet read, TileMatrixSet expected) {
        assertThat(read.matrices()).hasSameSizeAs(expected.matrices());
        for (int i = 0; i < read.matrices().size(); i++) {
            TileMatrix r = read.matrices().get(i);
            TileMatrix e = expected.matrices().get(i);
            assertThat(r.zoom()).isEqualTo(e.zoom());
            assertThat(r.resolutionX()).isCloseTo(e.resolutionX(), within(e.resolutionX() * 1e-9));
            assertThat(r.originX()).isCloseTo(e.originX(), within(1e-3));
            assertThat(r.originY()).isCloseTo(e.originY(), within(1e-3));
            assertThat(r.matrixWidth()).isEqualTo(e.matrixWidth());
            assertThat(r.matrixHeight()).isEqualTo(e.matrixHeight());
        }
    }

    @Test
    void aStandardDocumentKeepsItsScalesAndGivesRestAddresses() throws Exception {
        String xml = """
                <Capabilities xmlns="http://www.opengis.net/wmts/1.0" xmlns:ows="http://www.opengis.net/ows/1.1"
                    version="1.0.0">
                  <Contents>
                    <Layer><ows:Identifier>ortho</ows:Identifier>
                      <Style isDefault="true"><ows:Identifier>grey</ows:Identifier></Style>
                      <Format>image/jpeg</Format>
                      <TileMatrixSetLink><TileMatrixSet>GLOBAL_WEBMERCATOR</TileMatrixSet></TileMatrixSetLink>
                      <ResourceURL format="image/jpeg" resourceType="tile"
                        template="http://h/wmts/ortho/{TileMatrixSet}/{TileMatrix}/{TileCol}/{TileRow}.jpeg"/>
                    </Layer>
                    <TileMatrixSet><ows:Identifier>GLOBAL_WEBMERCATOR</ows:Identifier>
                      <ows:SupportedCRS>EPSG:3857</ows:SupportedCRS>
                      <TileMatrix><ows:Identifier>02</ows:Identifier>
                        <ScaleDenominator>139770566.0071794390678</ScaleDenominator>
                        <TopLeftCorner>-20037508.342789244 20037508.342789244</TopLeftCorner>
                        <TileWidth>256</TileWidth><TileHeight>256</TileHeight>
                        <MatrixWidth>4</MatrixWidth><MatrixHeight>4</MatrixHeight></TileMatrix>
                    </TileMatrixSet>
                  </Contents>
                </Capabilities>""";
        WmtsCapabilities caps = read(xml);
        TileMatrix z2 = caps.matrixSets().get("GLOBAL_WEBMERCATOR").coarsest();
        assertThat(z2.zoom()).isEqualTo(2);
        assertThat(z2.resolutionX()).isCloseTo(WellKnownSets.webMercator("x", 2, 2).coarsest().resolutionX(),
                within(1e-6));
        WmtsTileUrl url = WmtsTileUrl.of(caps, caps.layer("ortho").orElseThrow(), "GLOBAL_WEBMERCATOR", "test");
        assertThat(url.of(new TileAddress(z2, 3, 1)))
                .isEqualTo("http://h/wmts/ortho/GLOBAL_WEBMERCATOR/02/3/1.jpeg");
    }

    @Test
    void kvpAddressesNameLayerStyleSetAndTile() throws Exception {
        WmtsCapabilities caps = read(tiandituDocument("http://127.0.0.1:9", "vec", "w"));
        WmtsTileUrl url = WmtsTileUrl.of(caps, caps.layer("vec").orElseThrow(), "w", "test");
        TileMatrix z3 = caps.matrixSets().get("w").zoom(3).orElseThrow();
        assertThat(new QueryKey("tk", "abc").on(url).of(new TileAddress(z3, 6, 2))).isEqualTo(
                "http://127.0.0.1:9/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default"
                        + "&TILEMATRIXSET=w&TILEMATRIX=3&TILEROW=2&TILECOL=6&FORMAT=tiles&tk=abc");
    }

    @Test
    void somethingElseIsRefusedAsBadCapabilities() {
        assertThatThrownBy(() -> read("<html><body>Service unavailable</body></html>"))
                .isInstanceOf(RasterException.class)
                .extracting(e -> ((RasterException) e).problem()).isEqualTo(RasterProblem.BAD_CAPABILITIES);
        assertThatThrownBy(() -> read("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"))
                .isInstanceOf(RasterException.class);
    }
}
