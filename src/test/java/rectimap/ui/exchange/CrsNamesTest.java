package rectimap.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import rectimap.exchange.CrsCertainty;
import rectimap.exchange.CrsGuess;
import rectimap.exchange.SourceCrs;
import rectimap.ui.Messages;
import rectimap.ui.UiLanguage;
import org.locationtech.jts.geom.Envelope;

/**
 * The source step names a guessed CRS in the user's language: the guesses CrsGuess makes for the district's
 * coordinates (6-digit and zone-prefixed Gauss-Krüger eastings, lon/lat) read in Chinese with --lang zh and in
 * English with --lang en, never CrsGuess's English explanation inside the Chinese sentence.
 */
class CrsNamesTest {
    private final Messages zh = new Messages(UiLanguage.ZH);
    private final Messages en = new Messages(UiLanguage.EN);

    @Test
    void guessesForTheDistrictReadInTheUsersLanguage() {
        SourceCrs plain = CrsGuess.fromExtent(new Envelope(495_436, 504_777, 3_874_592, 3_878_060), 111);
        SourceCrs prefixed = CrsGuess.fromExtent(new Envelope(37_495_436, 37_504_777, 3_874_592, 3_878_060), 111);
        SourceCrs lonLat = CrsGuess.fromExtent(new Envelope(110.95, 111.06, 35.0, 35.04), 111);
        assertThat(plain.epsg()).isEqualTo(4546);
        assertThat(prefixed.epsg()).isEqualTo(4525);

        assertThat(CrsNames.of(zh, plain)).isEqualTo(
                "EPSG:4546 CGCS2000 3° 高斯-克吕格，中央经线 111°E（6 位横坐标不含带号，带号按本项目推定）");
        assertThat(CrsNames.of(zh, prefixed)).isEqualTo(
                "EPSG:4525 CGCS2000 3° 高斯-克吕格第 37 带，中央经线 111°E（8 位横坐标含带号）");
        assertThat(CrsNames.of(zh, lonLat)).isEqualTo("EPSG:4490 CGCS2000 经纬度");
        assertThat(CrsNames.of(en, prefixed)).isEqualTo(
                "EPSG:4525 CGCS2000 3° Gauss-Krüger zone 37, central meridian 111°E (8-digit easting with the zone)");
        assertThat(zh.format("import.crsNote." + plain.certainty().name(), CrsNames.of(zh, plain)))
                .startsWith("坐标范围符合多个坐标系：EPSG:4546").doesNotContain("assumed");
    }

    @Test
    void otherSystemsKeepTheFilesOwnNameAndUnknownOnesNone() {
        assertThat(CrsNames.of(zh, new SourceCrs(32649, "WGS 84 / UTM zone 49N", CrsCertainty.DECLARED)))
                .isEqualTo("WGS 84 / UTM zone 49N");
        assertThat(CrsNames.of(zh, CrsGuess.fromExtent(new Envelope(1_000, 2_000, 3_000, 4_000), 111))).isEmpty();
    }
}
