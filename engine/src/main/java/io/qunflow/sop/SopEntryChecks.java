package io.qunflow.sop;

import io.qunflow.common.Ids;
import io.qunflow.common.RequestChecks;
import io.qunflow.groups.Group;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Checks requested calendar entries field by field and turns them into entries of a group; every
 * problem of every entry is named at once, as {@code entries[i].field}. Whether the calendar they
 * make keeps the posting rules is {@link SopRules}' question.
 */
@Component
class SopEntryChecks {

    private final Clock clock;

    SopEntryChecks(Clock clock) {
        this.clock = clock;
    }

    /** @throws io.qunflow.common.InvalidRequestException naming every field problem */
    List<SopEntry> checked(Group group, List<NewSopEntry> requested) {
        RequestChecks checks = new RequestChecks();
        if (requested == null || requested.isEmpty() || requested.size() > 100) {
            checks.add("entries", "must hold 1 to 100 entries");
            checks.throwIfAny("The SOP calendar");
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        List<SopEntry> entries = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            entries.add(entry(group, requested.get(i), "entries[" + i + "].", now, checks));
        }
        checks.throwIfAny("The SOP calendar");
        return entries;
    }

    private static SopEntry entry(Group group, NewSopEntry r, String at, OffsetDateTime now, RequestChecks checks) {
        Cadence cadence = checks.oneOf(at + "cadence", r.cadence(), Cadence.class, true);
        Purpose purpose = checks.oneOf(at + "purpose", r.purpose(), Purpose.class, true);
        ContentKind kind = checks.oneOf(at + "contentKind", r.contentKind(), ContentKind.class, true);
        checks.text(at + "text", r.text(), 2000, true);
        checks.text(at + "link", r.link(), 2000, false);
        checks.text(at + "owner", r.owner(), 100, false);
        checks.text(at + "notes", r.notes(), 2000, false);
        if (r.link() != null && !r.link().isBlank() && !r.link().matches("(?i)https?://\\S+")) {
            checks.add(at + "link", "must be an http(s) URL");
        }
        if (kind == ContentKind.MINI_PROGRAM && (r.link() == null || r.link().isBlank())) {
            checks.add(at + "link", "is required for a mini-program card");
        }
        LocalTime time = parse(checks, at + "time", r.time(), LocalTime::parse, "must be a time of day, HH:mm");
        DayOfWeek day = null;
        LocalDate date = null;
        if (cadence == Cadence.WEEKLY) {
            day = checks.oneOf(at + "dayOfWeek", r.dayOfWeek(), DayOfWeek.class, true);
        }
        if (cadence == Cadence.ONCE) {
            date = parse(checks, at + "date", r.date(), LocalDate::parse, "must be a date, yyyy-MM-dd");
            if (date != null
                    && time != null
                    && !date.atTime(time)
                            .atZone(group.timeZone())
                            .toOffsetDateTime()
                            .isAfter(now)) {
                checks.add(at + "date", "must be in the future");
            }
        }
        if (time != null && time.getSecond() != 0) {
            checks.add(at + "time", "must be whole minutes");
        }
        return new SopEntry(
                Ids.next("sop"),
                group.id(),
                cadence,
                day,
                date,
                time,
                purpose,
                kind,
                r.text(),
                blankToNull(r.link()),
                blankToNull(r.owner()),
                blankToNull(r.notes()),
                now);
    }

    private static <T> T parse(
            RequestChecks checks, String field, String value, Function<String, T> parser, String message) {
        if (value == null || value.isBlank()) {
            checks.add(field, "is required");
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (DateTimeParseException e) {
            checks.add(field, message);
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
