package rectimap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScaleEntryTest {

    @Test
    void readsTheWaysPlannersTypeAScale() {
        assertThat(ScaleEntry.parse("1:50000")).hasValue(50_000);
        assertThat(ScaleEntry.parse("1:50,000")).hasValue(50_000);
        assertThat(ScaleEntry.parse(" 25000 ")).hasValue(25_000);
        assertThat(ScaleEntry.parse("1：5万")).hasValue(50_000);
        assertThat(ScaleEntry.parse("1:2.5万")).hasValue(25_000);
    }

    @Test
    void refusesWhatIsNotAScale() {
        assertThat(ScaleEntry.parse("")).isEmpty();
        assertThat(ScaleEntry.parse("abc")).isEmpty();
        assertThat(ScaleEntry.parse("2:5000")).isEmpty();
        assertThat(ScaleEntry.parse("0")).isEmpty();
        assertThat(ScaleEntry.parse(null)).isEmpty();
    }
}
