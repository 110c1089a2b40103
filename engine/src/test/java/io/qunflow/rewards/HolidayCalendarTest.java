package io.qunflow.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HolidayCalendarTest {

    private final HolidayCalendar calendar = new HolidayCalendar();

    @Test
    void shippedCalendar_knowsFixedAndLunarHolidays() {
        assertThat(calendar.on(LocalDate.of(2026, 11, 11))).contains("双11");
        assertThat(calendar.on(LocalDate.of(2027, 6, 18))).contains("618");
        assertThat(calendar.on(LocalDate.of(2026, 2, 17))).contains("春节");
        assertThat(calendar.on(LocalDate.of(2026, 3, 3))).contains("元宵节");
        assertThat(calendar.on(LocalDate.of(2026, 9, 25))).contains("中秋节");
        assertThat(calendar.on(LocalDate.of(2026, 11, 23))).isEmpty();
    }

    @Test
    void birthdays_matchByMonthAndDay_leapDayOnThe28thInOtherYears() {
        assertThat(RewardService.isBirthday("11-23", LocalDate.of(2026, 11, 23)))
                .isTrue();
        assertThat(RewardService.isBirthday("1990-11-23", LocalDate.of(2026, 11, 23)))
                .isTrue();
        assertThat(RewardService.isBirthday("11-24", LocalDate.of(2026, 11, 23)))
                .isFalse();
        assertThat(RewardService.isBirthday("2000-02-29", LocalDate.of(2026, 2, 28)))
                .isTrue();
        assertThat(RewardService.isBirthday("2000-02-29", LocalDate.of(2028, 2, 28)))
                .isFalse();
        assertThat(RewardService.isBirthday(null, LocalDate.of(2026, 2, 28))).isFalse();
    }
}
