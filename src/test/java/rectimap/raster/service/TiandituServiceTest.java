package rectimap.raster.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.raster.RasterException;
import rectimap.raster.RasterProblem;
import rectimap.raster.RasterRequest;
import rectimap.raster.RasterSource;
import rectimap.raster.RasterSources;
import rectimap.raster.pyramid.TileFixtures;

/**
 * The Tianditu presets against a local Tianditu-shaped service: the key goes with every request, the {@code c} or
 * {@code w} matrix set is the one asked for, the annotation layer is painted over the imagery without hiding it,
 * and the marker lands within half a pixel in both sets. Without a key nothing is requested at all.
 */
class TiandituServiceTest {
    @TempDir
    static Path folder;
    static TiandituShapedServer tianditu;

    @BeforeAll
    static void start() throws Exception {
        tianditu = TiandituShapedServer.asThePreset(folder);
        // The shared memory cache outlives test classes in one JVM (the window test shows these presets too); the
        // tests here count requests, so they start without those tiles.
        for (String preset : List.of("tianditu:img_c", "tianditu:img_w", "tianditu:vec_c")) {
            rectimap.raster.TileCache.shared().dropSource(preset);
        }
    }

    @AfterAll
    static void stop() {
        if (tianditu != null) {
            tianditu.close();
        }
    }

    private static ServiceAccess access(Optional<String> key, String cache) {
        return MarkerCheck.freshAccess(folder, cache, key);
    }

    @Test
    void lonLatSetCarriesTheKeyAndPlacesTheMarker() throws Exception {
        int before = tianditu.requests().asked().size();
        MarkerCheck.assertPlaced("tianditu:img", access(Optional.of(TiandituShapedServer.KEY), "cache-c"), 4490);
        List<ScriptedServer.Asked> asked = tianditu.requests().asked().subList(before,
                tianditu.requests().asked().size());
        assertThat(asked).isNotEmpty().allSatisfy(a -> {
            assertThat(a.pathAndQuery()).contains("tk=" + TiandituShapedServer.KEY).contains("TILEMATRIXSET=c")
                    .containsAnyOf("/img_c/wmts?", "/cia_c/wmts?");
            assertThat(a.userAgent()).startsWith("Rectimap/");
        });
        assertThat(asked).anySatisfy(a -> assertThat(a.pathAndQuery()).contains("LAYER=cia"));
    }

    @Test
    void mercatorSetIsUsedWhenAskedFor() throws Exception {
        int before = tianditu.requests().asked().size();
        MarkerCheck.assertPlaced("天地图影像_w", access(Optional.of(TiandituShapedServer.KEY), "cache-w"), 3857);
        assertThat(tianditu.requests().asked().subList(before, tianditu.requests().asked().size()))
                .isNotEmpty().allSatisfy(a -> assertThat(a.pathAndQuery()).contains("TILEMATRIXSET=w"));
    }

    @Test
    void aPastedCapabilitiesAddressKeepsItsKeyForTheTiles() throws Exception {
        int before = tianditu.requests().asked().size();
        MarkerCheck.assertPlaced(tianditu.base() + "/img_c/wmts?tk=" + TiandituShapedServer.KEY,
                access(Optional.empty(), "cache-url"), 4490);
        List<ScriptedServer.Asked> asked = tianditu.requests().asked().subList(before,
                tianditu.requests().asked().size());
        assertThat(asked.get(0).pathAndQuery()).contains("REQUEST=GetCapabilities");
        assertThat(asked).allSatisfy(a -> assertThat(a.pathAndQuery()).contains("tk=" + TiandituShapedServer.KEY));
    }

    @Test
    void withoutAKeyNothingIsAskedAndTheSentenceSaysWhereToEnterIt() {
        int before = tianditu.requests().asked().size();
        assertThatThrownBy(() -> RasterSources.open("tianditu:vec", access(Optional.empty(), "cache-none")))
                .isInstanceOfSatisfying(RasterException.class, e -> {
                    assertThat(e.problem()).isEqualTo(RasterProblem.KEY_MISSING);
                    assertThat(e.sentence(Locale.ROOT)).contains("天地图矢量").contains("天地图密钥").contains("不会写入项目文件");
                    assertThat(e.sentence(Locale.ENGLISH)).contains("Tianditu key");
                });
        assertThat(tianditu.requests().asked()).hasSize(before);
    }

    @Test
    void aWrongKeyIsAccessDenied() throws Exception {
        RasterRequest request = TileFixtures.requestAroundMarker(8, 64, RasterRequest.Completeness.WAIT_FOR_ALL);
        try (RasterSource source = RasterSources.open("tianditu:ter", access(Optional.of("wrong"), "cache-wrong"))) {
            assertThatThrownBy(() -> source.piecesFor(request)).isInstanceOfSatisfying(RasterException.class,
                    e -> assertThat(e.problem()).isEqualTo(RasterProblem.ACCESS_DENIED));
        }
    }
}
