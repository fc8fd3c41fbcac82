package rectimap.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Area figures read as a planner reads them: 亩 grouped, km² for large areas, never nine-digit square metres. */
class AreaTextTest {

    private static final double M2_PER_MU = 10_000.0 / 15;

    @Test
    void smallAreasInMuWithOneDecimalLargeOnesGroupedWithout() {
        assertThat(AreaText.mu(518.24 * M2_PER_MU, Locale.CHINESE)).isEqualTo("518.2 亩");
        assertThat(AreaText.mu(146_234.7 * M2_PER_MU, Locale.CHINESE)).isEqualTo("146,235 亩");
        assertThat(AreaText.mu(518.24 * M2_PER_MU, Locale.ENGLISH)).isEqualTo("518.2 mu");
    }

    @Test
    void aTownshipReadsInSquareKilometresWithItsMu() {
        assertThat(AreaText.readable(221_024_002, Locale.CHINESE)).isEqualTo("221.0 km²（331,536 亩）");
        assertThat(AreaText.readable(221_024_002, Locale.ENGLISH)).isEqualTo("221.0 km² (331,536 mu)");
        assertThat(AreaText.readable(345_600, Locale.CHINESE)).isEqualTo("518.4 亩");
        assertThat(AreaText.hectares(345_600, Locale.CHINESE)).isEqualTo("34.6 公顷");
    }

    @Test
    void aFeaturesWholeAreaIsOneFigureInThreeUnits() {
        // 12,345 m² = 18.5175 亩 = 1.2345 公顷.
        assertThat(AreaText.full(12_345, Locale.CHINESE)).isEqualTo("12,345 m² · 18.5 亩 · 1.23 公顷");
        assertThat(AreaText.full(12_345, Locale.ENGLISH)).isEqualTo("12,345 m² · 18.5 mu · 1.23 ha");
        assertThat(AreaText.full(113_400_819, Locale.CHINESE)).isEqualTo("113.4 km² · 170,101 亩 · 11,340 公顷");
        assertThat(AreaText.full(35.27, Locale.CHINESE)).isEqualTo("35.3 m² · 0.1 亩 · 0.00 公顷");
    }

    @Test
    void lengthsInMetresAndFromOneKilometreAlsoInKilometres() {
        assertThat(LengthText.of(523.4)).isEqualTo("523 m");
        assertThat(LengthText.of(8.26)).isEqualTo("8.3 m");
        assertThat(LengthText.of(12_345.6)).isEqualTo("12,346 m · 12.35 km");
    }
}
