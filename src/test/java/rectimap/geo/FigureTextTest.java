package rectimap.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FigureTextTest {

    @Test
    void areasCarryThreeUnitsWithSensibleDecimals() {
        // 12,345 m² = 18.5175 亩 = 1.2345 公顷.
        assertThat(FigureText.area(12_345, Locale.CHINESE)).isEqualTo("12,345 m² · 18.5 亩 · 1.23 公顷");
        assertThat(FigureText.area(12_345, Locale.ENGLISH)).isEqualTo("12,345 m² · 18.5 mu · 1.23 ha");
        assertThat(FigureText.area(35.27, Locale.CHINESE)).isEqualTo("35.3 m² · 0.053 亩 · 0.004 公顷");
    }

    @Test
    void townshipSizedAreasAreInSquareKilometres() {
        assertThat(FigureText.area(113_401_234.5, Locale.CHINESE)).isEqualTo("113 km² · 170,102 亩 · 11,340 公顷");
    }

    @Test
    void lengthsInMetresAndFromOneKilometreAlsoInKilometres() {
        assertThat(FigureText.length(523.4, Locale.CHINESE)).isEqualTo("523 m");
        assertThat(FigureText.length(12_345.6, Locale.ENGLISH)).isEqualTo("12,346 m · 12.3 km");
        assertThat(FigureText.length(8.25, Locale.ENGLISH)).isEqualTo("8.25 m");
    }

    @Test
    void numbersKeepTheirWholePartAndDropTrailingZeros() {
        assertThat(FigureText.number(10)).isEqualTo("10");
        assertThat(FigureText.number(1.2)).isEqualTo("1.2");
        assertThat(FigureText.number(1_807_500.4)).isEqualTo("1,807,500");
        assertThat(FigureText.number(0)).isEqualTo("0");
    }
}
