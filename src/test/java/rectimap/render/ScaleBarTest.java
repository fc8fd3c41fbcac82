package rectimap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScaleBarTest {

    @Test
    void picksTheLongestRoundLengthThatFits() {
        ScaleBar bar = ScaleBar.fitting(26.4, 120); // up to 3,168 m
        assertThat(bar.groundMetres()).isEqualTo(2000);
        assertThat(bar.label()).isEqualTo("2 km");
        assertThat(bar.lengthUnits()).isCloseTo(2000 / 26.4, within(1e-9));
        assertThat(bar.lengthUnits()).isLessThanOrEqualTo(120);
    }

    @Test
    void usesMetresBelowOneKilometre() {
        ScaleBar bar = ScaleBar.fitting(0.5, 120); // up to 60 m
        assertThat(bar.groundMetres()).isEqualTo(50);
        assertThat(bar.label()).isEqualTo("50 m");
    }

    @Test
    void barLengthMatchesTheGroundLengthAtEveryScale() {
        for (double mpp = 0.01; mpp < 5000; mpp *= 1.37) {
            ScaleBar bar = ScaleBar.fitting(mpp, 120);
            assertThat(bar.lengthUnits() * mpp).isCloseTo(bar.groundMetres(), within(1e-6 * bar.groundMetres()));
            assertThat(bar.lengthUnits()).isBetween(120 / 2.5 - 1e-9, 120.0);
        }
    }
}
