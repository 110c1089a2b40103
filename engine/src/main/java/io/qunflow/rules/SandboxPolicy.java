package io.qunflow.rules;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
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
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * What rule code may name and call. Everything is an allow-list: types of the published fact
 * model and a few value types of the JDK (text, numbers, collections, time); the methods and
 * constants a rule may use are the public ones of those types, minus the few that reach outside
 * the rule (system properties, global defaults, threads) or into reflection.
 */
final class SandboxPolicy {

    static final String FACT_MODEL_PACKAGE = "io.qunflow.rules.model";

    /** The fact model, by simple name. Kept in step with the package and with docs/fact-model.md. */
    static final List<Class<?>> FACT_MODEL = List.of(
            io.qunflow.rules.model.Birthday.class,
            io.qunflow.rules.model.ChatMessage.class,
            io.qunflow.rules.model.CheckInStreak.class,
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
            io.qunflow.rules.model.PruningHistory.class,
            io.qunflow.rules.model.Ruling.class,
            io.qunflow.rules.model.SopCalendar.class,
            io.qunflow.rules.model.SopDay.class,
            io.qunflow.rules.model.Verdict.class);

    private static final List<Class<?>> JDK_VALUE_TYPES = List.of(
            // java.lang: text, numbers, and the exceptions a rule may throw to say it cannot decide.
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
            RuntimeException.class,
            IllegalArgumentException.class,
            IllegalStateException.class,
            ArithmeticException.class,
            NumberFormatException.class,
            NullPointerException.class,
            IndexOutOfBoundsException.class,
            UnsupportedOperationException.class,
            Exception.class,
            // java.util: collections and their helpers (not timers, service loaders, scanners, prefs).
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
            Collections.class,
            Arrays.class,
            Objects.class,
            Optional.class,
            Iterator.class,
            Comparator.class,
            Deque.class,
            ArrayDeque.class,
            Locale.class,
            Function.class,
            BiFunction.class,
            Predicate.class,
            Supplier.class,
            Stream.class,
            IntStream.class,
            Collectors.class,
            // java.time and java.math: values only.
            Clock.class,
            DateTimeException.class,
            DayOfWeek.class,
            Duration.class,
            Instant.class,
            LocalDate.class,
            LocalDateTime.class,
            LocalTime.class,
            Month.class,
            MonthDay.class,
            OffsetDateTime.class,
            OffsetTime.class,
            Period.class,
            Year.class,
            YearMonth.class,
            ZoneId.class,
            ZoneOffset.class,
            ZonedDateTime.class,
            DateTimeFormatter.class,
            ChronoField.class,
            ChronoUnit.class,
            TemporalAdjusters.class,
            BigDecimal.class,
            BigInteger.class,
            MathContext.class,
            RoundingMode.class);

    /**
     * Public methods that still must not be called: reflection and monitors on every object,
     * system properties read through the boxed types, process-wide defaults, and parallel streams
     * (they run on shared threads outside the evaluation's time bound).
     */
    private static final Set<String> DENIED_METHODS = Set.of(
            "getClass",
            "wait",
            "notify",
            "notifyAll",
            "finalize",
            "getInteger",
            "getLong",
            "getBoolean",
            "setDefault",
            "parallel",
            "parallelStream",
            "describeConstable",
            "resolveConstantDesc",
            "printStackTrace",
            // The engine's, on the Verdict: a rule calling it would erase what its evaluation decided.
            "beginEvaluation");

    /** The calls a consequence may make on the rule context, besides writing into the verdict. */
    static final Set<String> KNOWLEDGE_HELPER_METHODS =
            Set.of("insert", "insertLogical", "update", "delete", "retract", "getRule", "getName");

    /** Accumulate functions Drools ships that only aggregate values. */
    static final Set<String> ACCUMULATE_FUNCTIONS =
            Set.of("count", "sum", "min", "max", "average", "collectList", "collectSet", "countDistinct");

    private static final Map<String, Class<?>> BY_SIMPLE_NAME = new HashMap<>();
    private static final Map<String, Class<?>> BY_QUALIFIED_NAME = new HashMap<>();
    private static final Set<String> METHOD_NAMES = new HashSet<>();
    private static final Set<String> STATIC_FIELDS = new HashSet<>();

    static {
        for (Class<?> type : allowedTypes()) {
            BY_SIMPLE_NAME.put(type.getSimpleName(), type);
            BY_QUALIFIED_NAME.put(type.getCanonicalName(), type);
            if (type.getEnclosingClass() != null) {
                // Map.Entry is written with its enclosing type.
                BY_SIMPLE_NAME.put(type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName(), type);
            }
            for (Method method : type.getMethods()) {
                if (!DENIED_METHODS.contains(method.getName())) {
                    METHOD_NAMES.add(method.getName());
                }
            }
            for (Field field : type.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers())) {
                    STATIC_FIELDS.add(type.getSimpleName() + "." + field.getName());
                }
            }
        }
    }

    private SandboxPolicy() {}

    private static List<Class<?>> allowedTypes() {
        List<Class<?>> all = new ArrayList<>(FACT_MODEL);
        all.addAll(JDK_VALUE_TYPES);
        return all;
    }

    /** Whether a type written in rule code (simple, nested like {@code Map.Entry}, or qualified) may be used. */
    static boolean allowsType(String written) {
        String name = written.replace(" ", "");
        return BY_SIMPLE_NAME.containsKey(name) || BY_QUALIFIED_NAME.containsKey(name) || isPrimitive(name);
    }

    /** Whether an import may be declared: a fact-model type, an allowed JDK type, or their packages. */
    static boolean allowsImport(String target) {
        if (target.endsWith(".*")) {
            String pkg = target.substring(0, target.length() - 2);
            return pkg.equals(FACT_MODEL_PACKAGE)
                    || pkg.equals("java.util")
                    || pkg.equals("java.time")
                    || pkg.equals("java.math")
                    || pkg.equals("java.lang");
        }
        return BY_QUALIFIED_NAME.containsKey(target);
    }

    static boolean allowsMethod(String name) {
        return METHOD_NAMES.contains(name);
    }

    /** Whether {@code Type.FIELD} names a constant of an allowed type, such as {@code Math.PI}. */
    static boolean allowsStaticField(String type, String field) {
        Class<?> owner = BY_SIMPLE_NAME.get(type);
        if (owner == null) {
            owner = BY_QUALIFIED_NAME.get(type);
        }
        return owner != null && STATIC_FIELDS.contains(owner.getSimpleName() + "." + field);
    }

    static boolean isPrimitive(String name) {
        return switch (name) {
            case "int", "long", "double", "float", "short", "byte", "boolean", "char", "void" -> true;
            default -> false;
        };
    }
}
