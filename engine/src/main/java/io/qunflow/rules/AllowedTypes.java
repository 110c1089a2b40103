package io.qunflow.rules;

import io.qunflow.rules.model.LinearRegex;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.TemporalAmount;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The types rule code may name, by their full names: the published fact model and a few value
 * types of the JDK (text, numbers, collections, time). A name is resolved against this list and
 * nothing else, so a class elsewhere on the class path (a shaded library, the application's own)
 * cannot be reached however it is written. What may be done with each type is in
 * {@link AllowedMembers}.
 */
final class AllowedTypes {

    static final String FACT_MODEL_PACKAGE = "io.qunflow.rules.model";

    /** The facts, by class. Kept in step with the package and with docs/fact-model.md. */
    static final List<Class<?>> FACT_MODEL = List.of(
            io.qunflow.rules.model.Birthday.class,
            io.qunflow.rules.model.ChatMessage.class,
            io.qunflow.rules.model.CheckInStreak.class,
            io.qunflow.rules.model.GroupContext.class,
            io.qunflow.rules.model.GroupMilestone.class,
            io.qunflow.rules.model.Holiday.class,
            io.qunflow.rules.model.InactiveMember.class,
            io.qunflow.rules.model.LotteryEntrant.class,
            io.qunflow.rules.model.MemberActivity.class,
            io.qunflow.rules.model.MemberJoin.class,
            io.qunflow.rules.model.MemberStanding.class,
            io.qunflow.rules.model.MessageRate.class,
            io.qunflow.rules.model.Offence.class,
            io.qunflow.rules.model.Parameter.class,
            io.qunflow.rules.model.PastRemoval.class,
            io.qunflow.rules.model.PopulationMember.class,
            io.qunflow.rules.model.PruningHistory.class,
            io.qunflow.rules.model.Ruling.class,
            io.qunflow.rules.model.SopCalendar.class,
            io.qunflow.rules.model.SopDay.class,
            io.qunflow.rules.model.Verdict.class);

    /** Helpers of the model package that are not facts: static calls only. */
    static final List<Class<?>> MODEL_HELPERS = List.of(LinearRegex.class);

    private static final List<Class<?>> JDK = List.of(
            // java.lang: text, numbers, and the exceptions a rule may throw or catch.
            String.class,
            CharSequence.class,
            StringBuilder.class,
            Math.class,
            StrictMath.class,
            Integer.class,
            Long.class,
            Double.class,
            Float.class,
            Short.class,
            Byte.class,
            Boolean.class,
            Character.class,
            Number.class,
            Object.class,
            Comparable.class,
            Iterable.class,
            Exception.class,
            RuntimeException.class,
            IllegalArgumentException.class,
            IllegalStateException.class,
            ArithmeticException.class,
            NumberFormatException.class,
            NullPointerException.class,
            IndexOutOfBoundsException.class,
            UnsupportedOperationException.class,
            // java.util: collections and their helpers.
            Collection.class,
            List.class,
            ArrayList.class,
            LinkedList.class,
            Map.class,
            Map.Entry.class,
            HashMap.class,
            LinkedHashMap.class,
            TreeMap.class,
            Set.class,
            HashSet.class,
            LinkedHashSet.class,
            TreeSet.class,
            Deque.class,
            ArrayDeque.class,
            Iterator.class,
            Collections.class,
            Arrays.class,
            Objects.class,
            Optional.class,
            Locale.class,
            NoSuchElementException.class,
            // java.time: values and their arithmetic.
            Duration.class,
            Instant.class,
            LocalDate.class,
            LocalDateTime.class,
            LocalTime.class,
            OffsetDateTime.class,
            ZonedDateTime.class,
            Period.class,
            DayOfWeek.class,
            Month.class,
            MonthDay.class,
            Year.class,
            YearMonth.class,
            ZoneId.class,
            ZoneOffset.class,
            DateTimeException.class,
            DateTimeFormatter.class,
            ChronoUnit.class,
            ChronoField.class,
            TemporalAdjusters.class,
            // Interfaces java.time methods take and give; values of them may be passed on, not used.
            Temporal.class,
            TemporalAccessor.class,
            TemporalAdjuster.class,
            TemporalAmount.class,
            TemporalField.class,
            TemporalUnit.class,
            // java.math: a decimal, for its constants and sums (see AllowedMembers for why no more).
            BigDecimal.class);

    /** Packages whose allowed types may be imported with a wildcard. */
    static final Set<String> WILDCARD_PACKAGES =
            Set.of(FACT_MODEL_PACKAGE, "java.lang", "java.util", "java.time", "java.math");

    private static final Map<String, Class<?>> BY_NAME = new HashMap<>();
    private static final Set<Class<?>> ALL = new HashSet<>();

    static {
        List<Class<?>> all = new ArrayList<>(FACT_MODEL);
        all.addAll(MODEL_HELPERS);
        all.addAll(JDK);
        for (Class<?> type : all) {
            ALL.add(type);
            BY_NAME.put(type.getCanonicalName(), type);
        }
    }

    private AllowedTypes() {}

    /** The allowed type with this canonical name ({@code java.util.Map.Entry}), or null. */
    static Class<?> named(String canonicalName) {
        return BY_NAME.get(canonicalName);
    }

    static boolean allows(Class<?> type) {
        if (type.isArray()) {
            return allows(type.getComponentType());
        }
        return type.isPrimitive() && type != void.class || ALL.contains(type);
    }

    static boolean isFact(Class<?> type) {
        return FACT_MODEL.contains(type);
    }

    /** Every allowed type, for the documentation and the import checks. */
    static Set<Class<?>> all() {
        return Set.copyOf(ALL);
    }

    /** Exceptions a rule may catch: checked and unchecked exceptions, never errors. */
    static boolean catchable(Class<?> type) {
        return ALL.contains(type) && Exception.class.isAssignableFrom(type);
    }

    static boolean isPrimitiveName(String name) {
        return switch (name) {
            case "int", "long", "double", "float", "short", "byte", "boolean", "char" -> true;
            default -> false;
        };
    }
}
