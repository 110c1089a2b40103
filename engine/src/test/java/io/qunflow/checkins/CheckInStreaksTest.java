package io.qunflow.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckInStreaksTest {

    private static final LocalDate D = LocalDate.of(2026, 11, 23);

    @Test
    void streak_countsConsecutiveDaysEndingOnTheDay_andAGapEndsIt() {
        List<LocalDate> days = List.of(D, D.minusDays(1), D.minusDays(2), D.minusDays(4), D.minusDays(5));

        assertThat(CheckInService.streakEndingOn(days, D)).isEqualTo(3);
        assertThat(CheckInService.streakEndingOn(days, D.minusDays(4))).isEqualTo(2);
        assertThat(CheckInService.streakEndingOn(days, D.minusDays(3))).isZero();
        assertThat(CheckInService.longest(days)).isEqualTo(3);
        assertThat(CheckInService.longest(List.of())).isZero();
    }
}
