package io.qunflow.sop;

import io.qunflow.common.FieldProblem;
import io.qunflow.common.Ids;
import io.qunflow.common.InvalidRequestException;
import io.qunflow.common.ShownText;
import io.qunflow.common.Words;
import io.qunflow.common.constraints.FieldProblems;
import io.qunflow.common.constraints.OneOf;
import io.qunflow.groups.Group;
import jakarta.validation.Validator;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Checks requested calendar entries and turns them into entries of a group: each entry's
 * constraints ({@link NewSopEntry}), then what depends on its cadence, on the clock and on the
 * group's time zone. Every problem of every entry is named at once, as {@code entries[i].field}.
 * Here rather than where a request arrives, since templates and alliance posts are checked the
 * same way. Whether the calendar they make keeps the posting rules is {@link SopRules}' question.
 */
@Component
class SopEntryChecks {

    /**
     * How far ahead a one-off post may be planned: years, not centuries. A date further off (the
     * parser reads years up to 999999999) is no plan, and overflowed the timer that waits for it
     * after the entry had been saved.
     */
    static final Period HORIZON = Period.ofYears(10);

    private final Clock clock;
    private final Validator validator;

    SopEntryChecks(Clock clock, Validator validator) {
        this.clock = clock;
        this.validator = validator;
    }

    /**
     * The most a post's text and link (on a line of its own) may take in UTF-8: what a WeCom group
     * broadcast carries ({@code add_msg_template}'s {@code text.content}, 4000 bytes), the way
     * Qunflow's WeCom connector posts into customer groups. A longer post was saved and then failed
     * at WeCom on the day it was due; a Chinese character takes 3 bytes, an emoji 4.
     */
    static final int MAX_POST_BYTES = 4000;

    private static final Words TIME_OF_DAY = new Words("must be a time of day, HH:mm", "须为一天中的时刻，格式 HH:mm");

    private static final Words DATE = new Words("must be a date, yyyy-MM-dd", "须为日期，格式 yyyy-MM-dd");

    private static final Words DAY_OF_MONTH = new Words(
            "must be a day of the month, a whole number from 1 to 31 (a month without day 29, 30 or 31 posts on"
                    + " its last day)",
            "须为每月的几号，1 到 31 的整数（没有 29、30 或 31 日的月份在当月最后一天发）");

    /** @throws InvalidRequestException naming every field problem */
    List<SopEntry> checked(Group group, List<NewSopEntry> requested) {
        if (requested == null || requested.isEmpty() || requested.size() > 100) {
            throw refusal(List.of(new FieldProblem("entries", "must hold 1 to 100 entries", "须有 1 到 100 项")));
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        List<FieldProblem> problems = new ArrayList<>();
        List<SopEntry> entries = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            String at = "entries[" + i + "]";
            NewSopEntry entry = requested.get(i);
            if (entry == null) {
                problems.add(new FieldProblem(at, Words.REQUIRED));
                continue;
            }
            FieldProblems.of(validator.validate(entry), NewSopEntry.class)
                    .forEach(p -> problems.add(new FieldProblem(at + "." + p.field(), p.message(), p.messageZh())));
            entries.add(entry(group, entry, at + ".", now, problems));
        }
        if (!problems.isEmpty()) {
            throw refusal(problems);
        }
        return entries;
    }

    /**
     * An http(s) address with a host and nothing before it, as the address is parsed: a post's link
     * is what members tap, so {@code https://taobao.com@evil.example} (a user name before the real
     * host) is not one. A host written in Chinese is read in its ASCII form.
     */
    static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String authority = uri.getRawAuthority();
            if (!(scheme.equals("http") || scheme.equals("https")) || authority == null || authority.contains("@")) {
                return false;
            }
            // java.net.URI reads a host only in ASCII; a Chinese one is checked in its IDNA form.
            URI ascii = new URI(scheme + "://" + IDN.toASCII(authority, IDN.ALLOW_UNASSIGNED));
            return ascii.getHost() != null && !ascii.getHost().isBlank();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }

    private static InvalidRequestException refusal(List<FieldProblem> problems) {
        return new InvalidRequestException("The SOP calendar is invalid", "SOP 日程有误", problems);
    }

    /** The entry, built from what its constraints let through; what depends on more than one field is checked here. */
    private static SopEntry entry(
            Group group, NewSopEntry r, String at, OffsetDateTime now, List<FieldProblem> problems) {
        Cadence cadence = named(Cadence.class, r.cadence());
        ContentKind kind = named(ContentKind.class, r.contentKind());
        if (r.link() != null && !r.link().isBlank() && !isWebAddress(r.link())) {
            problems.add(new FieldProblem(at + "link", "must be an http(s) URL", "须为 http(s) 网址"));
        }
        if (kind == ContentKind.MINI_PROGRAM && (r.link() == null || r.link().isBlank())) {
            problems.add(new FieldProblem(at + "link", "is required for a mini-program card", "小程序卡片必须填写链接"));
        }
        shown(problems, at + "text", r.text());
        Words placeholder = Placeholders.problem(r.text());
        if (placeholder != null) {
            problems.add(new FieldProblem(at + "text", placeholder));
        }
        shown(problems, at + "link", r.link());
        if (r.text() != null && !r.text().isBlank()) {
            int bytes = ShownText.utf8Bytes(SopPosting.body(r.text(), blankToNull(r.link())));
            if (bytes > MAX_POST_BYTES) {
                problems.add(new FieldProblem(
                        at + "text",
                        new Words(
                                "with its link must be at most " + MAX_POST_BYTES
                                        + " bytes in UTF-8 (a Chinese character is 3, an emoji 4), what a WeCom group"
                                        + " broadcast carries; it is " + bytes,
                                "连同链接最多 " + MAX_POST_BYTES + " 字节（UTF-8，汉字 3 字节、表情 4 字节），即企业微信群发的上限；现为 " + bytes
                                        + " 字节")));
            }
        }
        LocalTime time = parse(problems, at + "time", r.time(), LocalTime::parse, TIME_OF_DAY);
        DayOfWeek day = null;
        LocalDate date = null;
        if (cadence == Cadence.WEEKLY) {
            OneOf.Check.problems(r.dayOfWeek(), DayOfWeek.class, true)
                    .forEach(p -> problems.add(new FieldProblem(at + "dayOfWeek", p)));
            day = named(DayOfWeek.class, r.dayOfWeek());
        } else if (given(r.dayOfWeek()) && cadence != null) {
            // Refused rather than dropped: a client that sent it meant a weekly post.
            problems.add(new FieldProblem(at + "dayOfWeek", "is only for a WEEKLY entry", "仅用于每周发的日程（WEEKLY）"));
        }
        Integer dayOfMonth = null;
        if (cadence == Cadence.MONTHLY) {
            dayOfMonth = parse(problems, at + "dayOfMonth", r.dayOfMonth(), SopEntryChecks::dayOfMonth, DAY_OF_MONTH);
        } else if (given(r.dayOfMonth()) && cadence != null) {
            // Refused rather than dropped: a client that sent it meant a monthly post, not a daily one.
            problems.add(new FieldProblem(at + "dayOfMonth", "is only for a MONTHLY entry", "仅用于每月发的日程（MONTHLY）"));
        }
        if (cadence != Cadence.ONCE && given(r.date()) && cadence != null) {
            // A date with a repeating cadence would be read as "from then on", which it is not.
            problems.add(new FieldProblem(at + "date", "is only for a ONCE entry", "仅用于只发一次的日程（ONCE）"));
        }
        if (cadence == Cadence.ONCE) {
            date = parse(problems, at + "date", r.date(), LocalDate::parse, DATE);
            if (date != null && time != null) {
                OffsetDateTime due = date.atTime(time).atZone(group.timeZone()).toOffsetDateTime();
                if (!due.isAfter(now)) {
                    problems.add(new FieldProblem(at + "date", "must be in the future", "须为将来的日期"));
                } else if (due.isAfter(now.plus(HORIZON))) {
                    problems.add(new FieldProblem(at + "date", "must be within ten years from now", "须在今后十年之内"));
                }
            }
        }
        if (time != null && (time.getSecond() != 0 || time.getNano() != 0)) {
            problems.add(new FieldProblem(at + "time", "must be whole minutes", "须为整分钟"));
        }
        return new SopEntry(
                Ids.next("sop"),
                group.id(),
                cadence,
                day,
                dayOfMonth,
                date,
                time,
                named(Purpose.class, r.purpose()),
                kind,
                r.text(),
                blankToNull(r.link()),
                blankToNull(r.owner()),
                blankToNull(r.notes()),
                now);
    }

    private static boolean given(String field) {
        return field != null && !field.isBlank();
    }

    /** A text members read may hold no character that is not shown as it reads ({@link ShownText}). */
    private static void shown(List<FieldProblem> problems, String field, String text) {
        Words hidden = ShownText.problem(text);
        if (hidden != null) {
            problems.add(new FieldProblem(field, hidden));
        }
    }

    private static <T> T parse(
            List<FieldProblem> problems, String field, String value, Function<String, T> parser, Words message) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, Words.REQUIRED));
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            problems.add(new FieldProblem(field, message));
            return null;
        }
    }

    /** @throws IllegalArgumentException when the text is not a whole number from 1 to 31 */
    private static Integer dayOfMonth(String text) {
        int day = Integer.parseInt(text);
        if (day < 1 || day > 31) {
            throw new IllegalArgumentException("not a day of the month: " + day);
        }
        return day;
    }

    /** The constant of that name, or null when there is none (its constraint has said so). */
    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
