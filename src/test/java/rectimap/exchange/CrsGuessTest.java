package rectimap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class CrsGuessTest {

    @Test
    void lonLatInChinaIsCgcs2000AndElsewhereWgs84() {
        SourceCrs china = CrsGuess.fromExtent(new Envelope(110.7, 111.2, 34.8, 35.2), 111);
        assertThat(china.epsg()).isEqualTo(4490);
        assertThat(china.certainty()).isEqualTo(CrsCertainty.GUESSED);
        assertThat(CrsGuess.fromExtent(new Envelope(2.2, 2.5, 48.8, 48.9), 111).epsg()).isEqualTo(4326);
    }

    @Test
    void aWorldExtentWithFloatNoiseIsStillLonLat() {
        SourceCrs world = CrsGuess.fromExtent(new Envelope(-180.0000019, 180.0000019, -89.9999, 83.6), 111);
        assertThat(world.epsg()).isEqualTo(4326);
        assertThat(world.certainty()).isEqualTo(CrsCertainty.GUESSED);
        assertThat(CrsGuess.fromExtent(new Envelope(-180.5, 180, 0, 10), 111).isKnown()).isFalse();
    }

    @Test
    void aGuessMayLandAroundTheProjectOrWithoutOneInChina() {
        Envelope around = CrsGuess.plausibleArea(new Envelope(110.7, 111.2, 34.8, 35.3));
        assertThat(around.contains(new Envelope(111.5, 111.6, 35.9, 36.0))).isTrue();
        assertThat(around.contains(new Envelope(110.9, 111.0, 42.9, 43.0))).isFalse();
        assertThat(CrsGuess.plausibleArea(new Envelope()).contains(new Envelope(110.9, 111.0, 42.9, 43.0))).isTrue();
        assertThat(CrsGuess.plausibleArea(null).contains(new Envelope(-93.3, -93.2, 44.9, 45.0))).isFalse();
    }

    @Test
    void zonePrefixedEightDigitEastingsNameTheirZone() {
        SourceCrs zone37 = CrsGuess.fromExtent(new Envelope(37_480_000, 37_530_000, 3_850_000, 3_900_000), 111);
        assertThat(zone37.epsg()).isEqualTo(4525);
        assertThat(zone37.certainty()).isEqualTo(CrsCertainty.GUESSED);
        assertThat(CrsGuess.fromExtent(new Envelope(38_220_000, 38_300_000, 3_850_000, 3_900_000), 111).epsg())
                .isEqualTo(4526);
    }

    @Test
    void sixDigitEastingsAssumeTheProjectsMeridianButSayItIsAmbiguous() {
        SourceCrs plain = CrsGuess.fromExtent(new Envelope(480_000, 530_000, 3_850_000, 3_900_000), 111);
        assertThat(plain.epsg()).isEqualTo(4546);
        assertThat(plain.certainty()).isEqualTo(CrsCertainty.AMBIGUOUS);
        assertThat(CrsGuess.plainGaussKrugerAlternatives()).hasSize(21).contains(4546, 4534, 4554);
    }

    @Test
    void otherRangesAreUnknown() {
        assertThat(CrsGuess.fromExtent(new Envelope(-5e6, 5e6, -5e6, 5e6), 111).certainty())
                .isEqualTo(CrsCertainty.UNKNOWN);
        assertThat(CrsGuess.fromExtent(new Envelope(), 111).isKnown()).isFalse();
    }
}
