package rectimap.campaign.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Traffic lights at fixed dates around a deadline of 2026-12-01, with the default 3 warning days and others. */
class TrafficLightTest {
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 1);

    private static TrafficLight on(int month, int day, int warningDays) {
        return TrafficLight.of(CaseStatus.RECTIFYING, DEADLINE, LocalDate.of(2026, month, day), warningDays);
    }

    @Test
    void greenUntilTheWarningDaysThenYellowThroughTheDeadlineDayThenRed() {
        assertThat(on(11, 27, 3)).isEqualTo(TrafficLight.GREEN);
        assertThat(on(11, 28, 3)).isEqualTo(TrafficLight.YELLOW);
        assertThat(on(12, 1, 3)).isEqualTo(TrafficLight.YELLOW);
        assertThat(on(12, 2, 3)).isEqualTo(TrafficLight.RED);
        assertThat(on(11, 20, 11)).isEqualTo(TrafficLight.YELLOW);
        assertThat(on(11, 30, 0)).isEqualTo(TrafficLight.GREEN);
        assertThat(on(12, 1, 0)).isEqualTo(TrafficLight.YELLOW);
    }

    @Test
    void closedCasesAreGreyAndCasesWithoutADeadlineGreen() {
        LocalDate late = LocalDate.of(2027, 1, 1);
        assertThat(TrafficLight.of(CaseStatus.CLOSED, DEADLINE, late, 3)).isEqualTo(TrafficLight.GREY);
        assertThat(TrafficLight.of(CaseStatus.REVISITED, DEADLINE, late, 3)).isEqualTo(TrafficLight.GREY);
        assertThat(TrafficLight.of(CaseStatus.REGISTERED, null, late, 3)).isEqualTo(TrafficLight.GREEN);
        assertThat(TrafficLight.of(null, DEADLINE, late, 3)).isEqualTo(TrafficLight.RED);
    }
}
