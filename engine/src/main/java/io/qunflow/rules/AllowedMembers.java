package io.qunflow.rules;

import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import io.qunflow.common.Words;
import io.qunflow.rules.model.LinearRegex;
import io.qunflow.rules.model.Verdict;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
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
import java.time.temporal.TemporalAdjusters;
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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What rule code may do with each allowed type, by receiver type and method name: the methods
 * it may call, the constructors it may use, the constants it may read. A call is allowed when
 * the static type of what it is called on, or one of that type's supertypes, lists the method.
 * Methods whose cost grows with an argument ({@code repeat}, capacities, format widths) take
 * that argument only as a small literal; methods that run a backtracking regular expression
 * ({@code matches}, {@code replaceAll}, {@code split} with a pattern) are left out or take a
 * plain literal. A table, long by nature; docs/security-rules.md lists it for people.
 */
final class AllowedMembers {

    /** The largest literal a size argument may have ({@code repeat(n)}, a capacity). */
    static final int MAX_SIZE_LITERAL = 10_000;
    /** The largest width or precision in a format string. */
    static final int MAX_FORMAT_WIDTH = 100;

    /** Why a call with these arguments is refused, in both languages, or null when it is allowed. */
    interface ArgumentCheck {
        Words refusal(List<Expression> arguments, Executable chosen);
    }

    private static final ArgumentCheck ANY = (arguments, chosen) -> null;
    private static final ArgumentCheck SMALL_SIZES = AllowedMembers::smallIntLiterals;
    private static final ArgumentCheck PLAIN_SEPARATOR = AllowedMembers::plainSeparator;
    private static final ArgumentCheck LITERAL_FORMAT = AllowedMembers::literalFormat;
    private static final ArgumentCheck LITERAL_PATTERN = AllowedMembers::literalPattern;
    private static final ArgumentCheck REPEAT_OF_LITERAL = AllowedMembers::repeatOfLiteral;
    private static final ArgumentCheck NO_LONGER = AllowedMembers::replacementNoLonger;
    private static final ArgumentCheck UNSCALED = AllowedMembers::unscaled;

    private static final Map<Class<?>, Map<String, ArgumentCheck>> METHODS = new HashMap<>();
    private static final Map<Class<?>, ArgumentCheck> CONSTRUCTORS = new HashMap<>();
    private static final Map<Class<?>, Set<String>> CONSTANTS = new HashMap<>();

    static {
        allow(Object.class, "equals", "hashCode", "toString");
        allow(Comparable.class, "compareTo");
        allow(CharSequence.class, "length", "charAt", "isEmpty", "subSequence");
        allow(
                String.class,
                "isBlank",
                "codePointAt",
                "codePointCount",
                "substring",
                "indexOf",
                "lastIndexOf",
                "contains",
                "startsWith",
                "endsWith",
                "equalsIgnoreCase",
                "contentEquals",
                "regionMatches",
                "compareToIgnoreCase",
                "toLowerCase",
                "toUpperCase",
                "trim",
                "strip",
                "stripLeading",
                "stripTrailing",
                "concat",
                "toCharArray",
                "valueOf",
                "join");
        bounded(String.class, "repeat", REPEAT_OF_LITERAL);
        bounded(String.class, "replace", NO_LONGER);
        bounded(String.class, "split", PLAIN_SEPARATOR);
        bounded(String.class, "format", LITERAL_FORMAT);
        allow(
                StringBuilder.class,
                "append",
                "insert",
                "indexOf",
                "lastIndexOf",
                "reverse",
                "deleteCharAt",
                "delete",
                "replace",
                "setCharAt",
                "substring");
        constructors(StringBuilder.class, SMALL_SIZES);

        String[] math = {
            "abs",
            "max",
            "min",
            "round",
            "floor",
            "ceil",
            "rint",
            "sqrt",
            "cbrt",
            "pow",
            "exp",
            "log",
            "log10",
            "signum",
            "floorDiv",
            "floorMod",
            "addExact",
            "subtractExact",
            "multiplyExact",
            "negateExact",
            "toIntExact",
            "hypot",
            "sin",
            "cos",
            "tan",
            "atan",
            "atan2",
            "toRadians",
            "toDegrees"
        };
        allow(Math.class, math);
        allow(StrictMath.class, math);
        constants(Math.class, "PI", "E");
        constants(StrictMath.class, "PI", "E");
        allow(Number.class, "intValue", "longValue", "doubleValue", "floatValue", "shortValue", "byteValue");
        for (Class<?> integral : List.of(Integer.class, Long.class, Short.class, Byte.class)) {
            // Not Integer.getInteger, Long.getLong: they read system properties.
            allow(
                    integral,
                    "parseInt",
                    "parseLong",
                    "parseShort",
                    "parseByte",
                    "valueOf",
                    "toString",
                    "compare",
                    "sum",
                    "max",
                    "min",
                    "signum",
                    "decode");
            constants(integral, "MAX_VALUE", "MIN_VALUE");
        }
        for (Class<?> decimal : List.of(Double.class, Float.class)) {
            allow(
                    decimal,
                    "parseDouble",
                    "parseFloat",
                    "valueOf",
                    "toString",
                    "compare",
                    "isNaN",
                    "isInfinite",
                    "isFinite",
                    "sum",
                    "max",
                    "min");
            constants(decimal, "MAX_VALUE", "MIN_VALUE", "NaN", "POSITIVE_INFINITY", "NEGATIVE_INFINITY");
        }
        // Not Boolean.getBoolean: it reads a system property.
        allow(
                Boolean.class,
                "parseBoolean",
                "valueOf",
                "toString",
                "booleanValue",
                "compare",
                "logicalAnd",
                "logicalOr",
                "logicalXor");
        constants(Boolean.class, "TRUE", "FALSE");
        allow(
                Character.class,
                "isDigit",
                "isLetter",
                "isLetterOrDigit",
                "isAlphabetic",
                "isWhitespace",
                "isSpaceChar",
                "isUpperCase",
                "isLowerCase",
                "isIdeographic",
                "toUpperCase",
                "toLowerCase",
                "getNumericValue",
                "charValue",
                "valueOf",
                "toString",
                "compare",
                "isSurrogate");
        for (Class<?> thrown : List.of(
                Exception.class,
                RuntimeException.class,
                IllegalArgumentException.class,
                IllegalStateException.class,
                ArithmeticException.class,
                NumberFormatException.class,
                NullPointerException.class,
                IndexOutOfBoundsException.class,
                UnsupportedOperationException.class,
                java.util.NoSuchElementException.class,
                java.time.DateTimeException.class)) {
            allow(thrown, "getMessage");
            constructors(thrown, ANY);
        }

        allow(
                Collection.class,
                "size",
                "isEmpty",
                "contains",
                "containsAll",
                "add",
                "addAll",
                "remove",
                "removeAll",
                "retainAll",
                "clear");
        allow(List.class, "get", "set", "indexOf", "lastIndexOf", "subList", "of", "copyOf");
        allow(Set.class, "of", "copyOf");
        allow(
                Deque.class,
                "addFirst",
                "addLast",
                "offerFirst",
                "offerLast",
                "pollFirst",
                "pollLast",
                "peekFirst",
                "peekLast",
                "push",
                "pop",
                "peek",
                "poll",
                "offer",
                "removeFirst",
                "removeLast",
                "getFirst",
                "getLast");
        allow(
                Map.class,
                "size",
                "isEmpty",
                "get",
                "getOrDefault",
                "containsKey",
                "containsValue",
                "put",
                "putAll",
                "putIfAbsent",
                "remove",
                "keySet",
                "values",
                "entrySet",
                "clear",
                "of",
                "copyOf",
                "entry");
        allow(Map.Entry.class, "getKey", "getValue");
        allow(TreeMap.class, "firstKey", "lastKey", "floorKey", "ceilingKey", "lowerKey", "higherKey");
        allow(TreeSet.class, "first", "last", "floor", "ceiling", "lower", "higher");
        allow(Iterator.class, "hasNext", "next");
        for (Class<?> collection : List.of(
                ArrayList.class,
                LinkedList.class,
                HashMap.class,
                LinkedHashMap.class,
                TreeMap.class,
                HashSet.class,
                LinkedHashSet.class,
                TreeSet.class,
                ArrayDeque.class)) {
            constructors(collection, SMALL_SIZES);
        }
        // Not nCopies: a list of any length that costs nothing to make and everything to walk.
        allow(
                Collections.class,
                "emptyList",
                "emptySet",
                "emptyMap",
                "singletonList",
                "singleton",
                "singletonMap",
                "unmodifiableList",
                "unmodifiableSet",
                "unmodifiableMap",
                "unmodifiableCollection",
                "sort",
                "reverse",
                "max",
                "min",
                "frequency",
                "disjoint");
        // Not copyOf/copyOfRange: their length argument allocates.
        allow(Arrays.class, "asList", "sort", "equals", "toString", "fill", "binarySearch");
        allow(
                Objects.class,
                "equals",
                "hash",
                "hashCode",
                "toString",
                "isNull",
                "nonNull",
                "requireNonNull",
                "requireNonNullElse");
        allow(Optional.class, "of", "ofNullable", "empty", "isPresent", "isEmpty", "get", "orElse", "orElseThrow");
        allow(Locale.class, "getLanguage", "getCountry");
        // Not Locale.setDefault or getDefault: the server's, not a rule's.
        constants(
                Locale.class,
                "ROOT",
                "ENGLISH",
                "CHINESE",
                "SIMPLIFIED_CHINESE",
                "TRADITIONAL_CHINESE",
                "CHINA",
                "PRC",
                "US",
                "UK");

        String[] dateParts = {
            "getYear",
            "getMonthValue",
            "getMonth",
            "getDayOfMonth",
            "getDayOfYear",
            "getDayOfWeek",
            "getHour",
            "getMinute",
            "getSecond",
            "getNano",
            "lengthOfMonth",
            "lengthOfYear",
            "isLeapYear",
            "isBefore",
            "isAfter",
            "isEqual",
            "plusYears",
            "plusMonths",
            "plusWeeks",
            "plusDays",
            "plusHours",
            "plusMinutes",
            "plusSeconds",
            "minusYears",
            "minusMonths",
            "minusWeeks",
            "minusDays",
            "minusHours",
            "minusMinutes",
            "minusSeconds",
            "withYear",
            "withMonth",
            "withDayOfMonth",
            "withDayOfYear",
            "withHour",
            "withMinute",
            "withSecond",
            "withNano",
            "plus",
            "minus",
            "with",
            "until",
            "truncatedTo",
            "format",
            "of",
            "parse",
            "now",
            "toLocalDate",
            "toLocalTime",
            "toLocalDateTime",
            "toInstant",
            "toEpochDay",
            "toEpochSecond",
            "atStartOfDay",
            "atTime",
            "atDate",
            "atZone",
            "atOffset",
            "getOffset",
            "getZone",
            "ofInstant"
        };
        for (Class<?> time : List.of(
                LocalDate.class, LocalDateTime.class, LocalTime.class, ZonedDateTime.class, OffsetDateTime.class)) {
            allow(time, dateParts);
        }
        constants(LocalTime.class, "MIDNIGHT", "NOON", "MIN", "MAX");
        constants(LocalDate.class, "MIN", "MAX", "EPOCH");
        allow(
                Instant.class,
                "now",
                "ofEpochMilli",
                "ofEpochSecond",
                "parse",
                "toEpochMilli",
                "getEpochSecond",
                "getNano",
                "plus",
                "minus",
                "plusMillis",
                "plusSeconds",
                "minusMillis",
                "minusSeconds",
                "isBefore",
                "isAfter",
                "atZone",
                "atOffset",
                "until",
                "truncatedTo");
        constants(Instant.class, "EPOCH");
        allow(
                Duration.class,
                "of",
                "ofDays",
                "ofHours",
                "ofMinutes",
                "ofSeconds",
                "ofMillis",
                "between",
                "plus",
                "minus",
                "plusDays",
                "plusHours",
                "plusMinutes",
                "plusSeconds",
                "minusDays",
                "minusHours",
                "minusMinutes",
                "minusSeconds",
                "toDays",
                "toHours",
                "toMinutes",
                "toSeconds",
                "toMillis",
                "toDaysPart",
                "toHoursPart",
                "toMinutesPart",
                "toSecondsPart",
                "getSeconds",
                "getNano",
                "isNegative",
                "isZero",
                "abs",
                "negated",
                "multipliedBy",
                "dividedBy",
                "parse");
        constants(Duration.class, "ZERO");
        allow(
                Period.class,
                "of",
                "ofDays",
                "ofWeeks",
                "ofMonths",
                "ofYears",
                "between",
                "getDays",
                "getMonths",
                "getYears",
                "toTotalMonths",
                "isNegative",
                "isZero",
                "plusDays",
                "plusMonths",
                "plusYears",
                "minusDays",
                "minusMonths",
                "minusYears",
                "normalized",
                "parse");
        constants(Period.class, "ZERO");
        allow(DayOfWeek.class, "getValue", "plus", "minus", "of", "valueOf", "name", "ordinal");
        allow(
                Month.class,
                "getValue",
                "plus",
                "minus",
                "of",
                "valueOf",
                "name",
                "ordinal",
                "length",
                "maxLength",
                "minLength",
                "firstDayOfYear");
        allow(
                MonthDay.class,
                "of",
                "parse",
                "getMonth",
                "getMonthValue",
                "getDayOfMonth",
                "isBefore",
                "isAfter",
                "atYear");
        allow(
                Year.class,
                "of",
                "parse",
                "getValue",
                "isLeap",
                "length",
                "atDay",
                "atMonth",
                "isBefore",
                "isAfter",
                "plusYears",
                "minusYears");
        allow(
                YearMonth.class,
                "of",
                "parse",
                "getYear",
                "getMonth",
                "getMonthValue",
                "lengthOfMonth",
                "atDay",
                "atEndOfMonth",
                "isBefore",
                "isAfter",
                "plusMonths",
                "minusMonths",
                "plusYears",
                "minusYears");
        // Not ZoneId.systemDefault: the server's, not a rule's.
        allow(ZoneId.class, "of", "getId");
        allow(ZoneOffset.class, "of", "ofHours", "ofHoursMinutes", "getTotalSeconds");
        constants(ZoneOffset.class, "UTC");
        allow(ChronoUnit.class, "between", "name");
        allow(DateTimeFormatter.class, "ofPattern", "format");
        constants(
                DateTimeFormatter.class,
                "ISO_LOCAL_DATE",
                "ISO_LOCAL_TIME",
                "ISO_LOCAL_DATE_TIME",
                "ISO_OFFSET_DATE_TIME",
                "ISO_DATE",
                "ISO_TIME",
                "ISO_INSTANT",
                "BASIC_ISO_DATE");
        allow(
                TemporalAdjusters.class,
                "firstDayOfMonth",
                "lastDayOfMonth",
                "firstDayOfNextMonth",
                "firstDayOfYear",
                "lastDayOfYear",
                "firstDayOfNextYear",
                "next",
                "previous",
                "nextOrSame",
                "previousOrSame",
                "firstInMonth",
                "lastInMonth",
                "dayOfWeekInMonth");
        for (Class<?> enumType : List.of(DayOfWeek.class, Month.class, ChronoUnit.class, ChronoField.class)) {
            for (Object constant : enumType.getEnumConstants()) {
                constants(enumType, ((Enum<?>) constant).name());
            }
        }
        // Sums and comparisons only: products, quotients and scales other than the few below can
        // grow a decimal's digits without bound, and its String constructor takes any exponent.
        bounded(BigDecimal.class, "valueOf", UNSCALED);
        allow(
                BigDecimal.class,
                "add",
                "subtract",
                "negate",
                "abs",
                "signum",
                "max",
                "min",
                "doubleValue",
                "longValue",
                "intValue");
        constants(BigDecimal.class, "ZERO", "ONE", "TEN");

        for (Class<?> fact : AllowedTypes.FACT_MODEL) {
            for (Method method : fact.getDeclaredMethods()) {
                // Verdict.beginEvaluation is the engine's: a rule calling it would erase what was decided.
                boolean enginesOwn = fact == Verdict.class && method.getName().equals("beginEvaluation");
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic() && !enginesOwn) {
                    allow(fact, method.getName());
                }
            }
            constructors(fact, ANY);
        }
        bounded(LinearRegex.class, "matches", LITERAL_PATTERN);
        bounded(LinearRegex.class, "find", LITERAL_PATTERN);
    }

    private AllowedMembers() {}

    private static void allow(Class<?> type, String... names) {
        for (String name : names) {
            bounded(type, name, ANY);
        }
    }

    /** Shared lists name methods some of their types lack (LocalTime has no getYear): only real ones are kept. */
    private static void bounded(Class<?> type, String name, ArgumentCheck check) {
        if (Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals(name))) {
            METHODS.computeIfAbsent(type, t -> new HashMap<>()).put(name, check);
        }
    }

    private static void constructors(Class<?> type, ArgumentCheck check) {
        CONSTRUCTORS.put(type, check);
    }

    private static void constants(Class<?> type, String... names) {
        CONSTANTS.computeIfAbsent(type, t -> new HashSet<>()).addAll(List.of(names));
    }

    /**
     * The check for calling a method of that name on a receiver of that static type, or null when
     * neither the type nor any of its supertypes allows it.
     */
    static ArgumentCheck method(Class<?> receiver, String name) {
        for (Class<?> type : lineage(receiver)) {
            Map<String, ArgumentCheck> methods = METHODS.get(type);
            if (methods != null && methods.containsKey(name)) {
                return methods.get(name);
            }
        }
        return null;
    }

    /**
     * Why a call of this name with these arguments is refused on every allowed type that has a
     * method of the name and as many parameters, or null when one of them takes it; for code whose
     * receiver's type is not known, as in the Java Drools generates ({@link GeneratedJava}).
     */
    static String refusalOnAnyReceiver(String name, List<Expression> arguments) {
        String refusal = "which no type rules may use has with " + arguments.size() + " arguments";
        for (Map.Entry<Class<?>, Map<String, ArgumentCheck>> allowed : METHODS.entrySet()) {
            ArgumentCheck check = allowed.getValue().get(name);
            if (check == null) {
                continue;
            }
            for (Method candidate : allowed.getKey().getMethods()) {
                if (candidate.getName().equals(name) && GeneratedJava.takes(candidate, arguments)) {
                    Words problem = check.refusal(arguments, candidate);
                    if (problem == null) {
                        return null;
                    }
                    refusal = problem.en();
                }
            }
        }
        return refusal;
    }

    /** The check for constructing the type, or null when it may not be constructed. */
    static ArgumentCheck constructor(Class<?> type) {
        return CONSTRUCTORS.get(type);
    }

    static boolean constant(Class<?> type, String name) {
        return CONSTANTS.getOrDefault(type, Set.of()).contains(name);
    }

    /** Method names per type, for the documentation. */
    static Map<Class<?>, Set<String>> methodsByType() {
        Map<Class<?>, Set<String>> all = new HashMap<>();
        METHODS.forEach((type, methods) -> all.put(type, Set.copyOf(methods.keySet())));
        return all;
    }

    static Set<Class<?>> constructible() {
        return Set.copyOf(CONSTRUCTORS.keySet());
    }

    /** A type, its superclasses and every interface it implements, nearest first. */
    private static List<Class<?>> lineage(Class<?> type) {
        List<Class<?>> out = new ArrayList<>();
        java.util.ArrayDeque<Class<?>> todo = new java.util.ArrayDeque<>();
        todo.add(type.isPrimitive() ? JavaType.of(type).boxed().raw() : type);
        while (!todo.isEmpty()) {
            Class<?> next = todo.poll();
            if (out.contains(next)) {
                continue;
            }
            out.add(next);
            if (next.getSuperclass() != null) {
                todo.add(next.getSuperclass());
            }
            todo.addAll(Arrays.asList(next.getInterfaces()));
        }
        if (type.isInterface() && !out.contains(Object.class)) {
            out.add(Object.class);
        }
        return out;
    }

    private static Expression unwrapped(Expression e) {
        Expression x = e;
        while (x instanceof EnclosedExpr enclosed) {
            x = enclosed.getInner();
        }
        return x;
    }

    /** Every int or long parameter takes a literal no larger than {@link #MAX_SIZE_LITERAL}. */
    private static Words smallIntLiterals(List<Expression> arguments, Executable chosen) {
        Class<?>[] types = chosen.getParameterTypes();
        for (int i = 0; i < types.length && i < arguments.size(); i++) {
            if (types[i] == int.class || types[i] == long.class) {
                if (!(unwrapped(arguments.get(i)) instanceof IntegerLiteralExpr literal)
                        || literal.asNumber().longValue() > MAX_SIZE_LITERAL) {
                    return new Words(
                            "a size here must be a whole number written out, at most " + MAX_SIZE_LITERAL,
                            "这里的大小须为直接写出的整数，至多 " + MAX_SIZE_LITERAL);
                }
            }
        }
        return null;
    }

    /**
     * {@code repeat} of text written out, the result at most {@link #MAX_SIZE_LITERAL} long: a
     * repeat of something computed ({@code "a".repeat(10000).repeat(10000)}) multiplies sizes.
     */
    private static Words repeatOfLiteral(List<Expression> arguments, Executable chosen) {
        Words refusal = new Words(
                "repeat is called on text written out, at most " + MAX_SIZE_LITERAL
                        + " characters in all, such as \"-\".repeat(20)",
                "repeat 只能用在直接写出的文字上，结果至多 " + MAX_SIZE_LITERAL + " 个字符，例如 \"-\".repeat(20)");
        if (arguments.size() != 1
                || !(arguments.get(0).getParentNode().orElse(null) instanceof MethodCallExpr call)
                || !(call.getScope().map(AllowedMembers::unwrapped).orElse(null) instanceof StringLiteralExpr text)
                || !(unwrapped(arguments.get(0)) instanceof IntegerLiteralExpr count)) {
            return refusal;
        }
        long length = (long) text.asString().length() * count.asNumber().longValue();
        return length <= MAX_SIZE_LITERAL ? null : refusal;
    }

    /**
     * {@code replace} never lengthens text: its target and replacement are written out and the
     * replacement is no longer, or both are single characters. A longer replacement, or a
     * computed one ({@code a.replace("a", a)}), grows text by a factor each time it runs.
     */
    private static Words replacementNoLonger(List<Expression> arguments, Executable chosen) {
        if (arguments.size() == 2) {
            Expression target = unwrapped(arguments.get(0));
            Expression replacement = unwrapped(arguments.get(1));
            if (target instanceof CharLiteralExpr && replacement instanceof CharLiteralExpr) {
                return null;
            }
            if (target instanceof StringLiteralExpr t
                    && replacement instanceof StringLiteralExpr r
                    && !t.asString().isEmpty()
                    && r.asString().length() <= t.asString().length()) {
                return null;
            }
        }
        return new Words(
                "replace takes text written out and never lengthens it, such as replace(\" \", \"\")",
                "replace 只接受直接写出的文字，且不能让文字变长，例如 replace(\" \", \"\")");
    }

    /**
     * {@code BigDecimal.valueOf} of a number alone: with a scale of its own ({@code valueOf(1,
     * 100000000)}) a sum must first write the other number out to that many digits, one library
     * call that runs for hours and that no limit stops. A number's own scale is at most a few hundred.
     */
    private static Words unscaled(List<Expression> arguments, Executable chosen) {
        return chosen.getParameterCount() == 1
                ? null
                : new Words(
                        "BigDecimal.valueOf takes one number, without a scale",
                        "BigDecimal.valueOf 只接受一个数，不能带小数位数（scale）");
    }

    /**
     * {@code split} runs a regular expression unless its separator is plain text: a literal with
     * no pattern characters, or one character escaped with a backslash.
     */
    private static Words plainSeparator(List<Expression> arguments, Executable chosen) {
        if (!arguments.isEmpty()
                && unwrapped(arguments.get(0)) instanceof StringLiteralExpr literal
                && isPlain(literal.asString())) {
            return smallIntLiterals(arguments, chosen);
        }
        return new Words(
                "split takes plain text written out, such as split(\",\"); to match a pattern use LinearRegex",
                "split 只接受直接写出的普通文字，例如 split(\",\")；要匹配模式请用 LinearRegex");
    }

    private static boolean isPlain(String separator) {
        String special = ".$|()[]{}^?*+\\";
        if (separator.length() == 2 && separator.charAt(0) == '\\') {
            return !Character.isLetterOrDigit(separator.charAt(1));
        }
        for (int i = 0; i < separator.length(); i++) {
            if (special.indexOf(separator.charAt(i)) >= 0) {
                return false;
            }
        }
        return !separator.isEmpty();
    }

    /**
     * A pattern is written out in the rule and checked with it ({@link LinearRegex#problem}): one
     * computed from a message would let whoever writes the message choose what is compiled.
     */
    private static Words literalPattern(List<Expression> arguments, Executable chosen) {
        if (arguments.size() < 2 || !(unwrapped(arguments.get(1)) instanceof StringLiteralExpr literal)) {
            return new Words(
                    "LinearRegex takes its pattern written out as text, such as LinearRegex.find(text, \"加.?微\")",
                    "LinearRegex 的模式须直接写成文字，例如 LinearRegex.find(text, \"加.?微\")");
        }
        Words problem = LinearRegex.problem(literal.asString());
        return problem == null ? null : new Words(problem.en(), "LinearRegex 的模式不可用：" + problem.zh());
    }

    /** The format string is a literal whose widths and precisions are at most {@link #MAX_FORMAT_WIDTH}. */
    private static Words literalFormat(List<Expression> arguments, Executable chosen) {
        int at = chosen.getParameterTypes().length > 0 && chosen.getParameterTypes()[0] == Locale.class ? 1 : 0;
        if (arguments.size() <= at || !(unwrapped(arguments.get(at)) instanceof StringLiteralExpr literal)) {
            return new Words("String.format takes its format written out as text", "String.format 的格式须直接写成文字");
        }
        String format = literal.asString();
        for (int i = format.indexOf('%'); i >= 0; i = format.indexOf('%', i + 1)) {
            int j = i + 1;
            int number = 0;
            while (j < format.length() && !Character.isLetter(format.charAt(j)) && format.charAt(j) != '%') {
                char c = format.charAt(j);
                number = Character.isDigit(c) ? Math.min(number * 10 + (c - '0'), 1_000_000) : 0;
                if (number > MAX_FORMAT_WIDTH && format.charAt(j + 1 < format.length() ? j + 1 : j) != '$') {
                    return new Words(
                            "a width or precision in a format may be at most " + MAX_FORMAT_WIDTH,
                            "格式中的宽度或精度至多为 " + MAX_FORMAT_WIDTH);
                }
                j++;
            }
            i = j;
        }
        return null;
    }
}
