package io.qunflow.rewards;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The holidays that earn groups a red envelope, from the shipped {@code rules/calendar/holidays.csv}:
 * fixed dates as {@code MM-DD} (618, 双11), lunar ones per year as {@code YYYY-MM-DD} (春节, 元宵, 中秋).
 */
@Component
class HolidayCalendar {

    private final Map<MonthDay, String> everyYear = new HashMap<>();
    private final Map<LocalDate, String> dated = new HashMap<>();

    HolidayCalendar() {
        this(new ClassPathResource("rules/calendar/holidays.csv"));
    }

    HolidayCalendar(ClassPathResource file) {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("date,")) {
                    continue;
                }
                int comma = line.indexOf(',');
                String date = line.substring(0, comma).strip();
                String name = line.substring(comma + 1).strip();
                if (date.length() == 5) {
                    everyYear.put(MonthDay.parse("--" + date), name);
                } else {
                    dated.put(LocalDate.parse(date), name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the holiday calendar", e);
        }
    }

    /** The holiday on that date, if any; a dated (lunar) entry wins over a fixed one. */
    Optional<String> on(LocalDate date) {
        String name = dated.get(date);
        return Optional.ofNullable(name != null ? name : everyYear.get(MonthDay.from(date)));
    }
}
