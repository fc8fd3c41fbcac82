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
}
