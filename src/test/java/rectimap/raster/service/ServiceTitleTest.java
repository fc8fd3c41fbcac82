package rectimap.raster.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * XYZ services are named by the layer their template names (or the user's title), not by their host alone; the
 * title never changes the id under which tiles are cached and downloaded.
 */
class ServiceTitleTest {

    @Test
    void aTemplateIsNamedByItsLayerAndHost() throws Exception {
        assertThat(title("http://127.0.0.1:8080/tiles/ortho/webmercator/{z}/{x}/{y}.png"))
                .isEqualTo("ortho/webmercator (127.0.0.1)");
        assertThat(title("https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}"))
                .isEqualTo("World_Imagery (server.arcgisonline.com)");
        assertThat(title("https://tiles.example.org/1.0.0/ortho2024/{z}/{x}/{y}.jpg"))
                .isEqualTo("ortho2024 (tiles.example.org)");
        assertThat(title("https://maps.example.org/tile?layer=drone_2024&x={x}&y={y}&z={z}"))
                .isEqualTo("drone_2024 (maps.example.org)");
        assertThat(title("https://tile.openstreetmap.org/{z}/{x}/{y}.png")).isEqualTo("tile.openstreetmap.org");
    }

    @Test
    void theUsersTitleWinsAndKeepsTheTilesOfTheService() throws Exception {
        String template = "http://127.0.0.1:8080/tiles/ortho/webmercator/{z}/{x}/{y}.png#maxzoom=14";
        String named = ServiceLocations.titled(template, " 解州镇 无人机影像 ");
        assertThat(named).isEqualTo(template + "&title=%E8%A7%A3%E5%B7%9E%E9%95%87+%E6%97%A0%E4%BA%BA%E6%9C%BA"
                + "%E5%BD%B1%E5%83%8F");
        ServiceTiles tiles = ServiceLocations.describe(named, ServiceAccess.standard());
        assertThat(tiles.title()).isEqualTo("解州镇 无人机影像");
        assertThat(ServiceLocations.titleOf(named)).isEqualTo("解州镇 无人机影像");
        assertThat(tiles.id()).isEqualTo(ServiceLocations.describe(template, ServiceAccess.standard()).id());
        assertThat(ServiceLocations.titled(template, "  ")).isEqualTo(template);
    }

    private static String title(String template) throws Exception {
        String described = ServiceLocations.describe(template, ServiceAccess.standard()).title();
        assertThat(ServiceLocations.titleOf(template)).isEqualTo(described);
        return described;
    }
}
