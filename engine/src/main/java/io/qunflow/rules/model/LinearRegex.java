package io.qunflow.rules.model;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.qunflow.common.Words;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Regular expressions for rules, matched in time linear in the text (RE2's automata, no
 * backtracking), so no pattern can hang an evaluation the way {@code (a+)+b} hangs
 * {@code java.util.regex}. DRL's {@code matches} operator and {@code String.matches} use the
 * backtracking engine and are refused by the sandbox; rules call these instead:
 * {@code ChatMessage( LinearRegex.find(text, "加.?微.?信") )}. RE2 syntax has no back-references
 * and no look-around.
 *
 * <p>Linear in the text is not small in the pattern: RE2 expands counted repetition, so
 * {@code ((a{1000}){1000}){1000}}, 27 characters, asks for a billion instructions. A pattern's
 * expanded size is bounded ({@link #MAX_EXPANDED_SIZE}) before it is compiled, and the sandbox
 * takes only patterns written out in the rule, checked when the rule is.
 */
public final class LinearRegex {

    /** Longer patterns are refused: a rule's pattern is a short literal. */
    public static final int MAX_PATTERN_LENGTH = 500;

    /**
     * The most atoms a pattern may expand to once its repetitions are written out: room for
     * {@code [0-9]{5,11}} many times over, nowhere near what exhausts a heap.
     */
    public static final int MAX_EXPANDED_SIZE = 10_000;

    private static final int CACHED_PATTERNS = 256;

    private static final Map<String, Pattern> COMPILED = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
            return size() > CACHED_PATTERNS;
        }
    };

    private LinearRegex() {}

    /** Whether the whole text matches the pattern; false for a null text. */
    public static boolean matches(String text, String regex) {
        return text != null && compiled(regex).matches(text);
    }

    /** Whether the pattern matches somewhere in the text; false for a null text. */
    public static boolean find(String text, String regex) {
        return text != null && compiled(regex).matcher(text).find();
    }

    /**
     * Why a pattern cannot be used, in words for the rule's author in both languages (a compliance
     * editor reads the Chinese), or null when it can.
     */
    public static Words problem(String regex) {
        if (regex == null || regex.length() > MAX_PATTERN_LENGTH) {
            return new Words(
                    "a pattern must be given and be at most " + MAX_PATTERN_LENGTH + " characters long",
                    "须写出模式，且至多 " + MAX_PATTERN_LENGTH + " 个字符");
        }
        if (expandedSize(regex) > MAX_EXPANDED_SIZE) {
            return new Words(
                    "the pattern repeats too much: written out it would be more than " + MAX_EXPANDED_SIZE
                            + " characters; use fewer or smaller {n} counts",
                    "模式重复得太多：全部展开后会超过 " + MAX_EXPANDED_SIZE + " 个字符；请少用 {n} 或把次数改小");
        }
        try {
            Pattern.compile(regex);
            return null;
        } catch (PatternSyntaxException e) {
            // The syntax error's description is the regex library's own, in English only.
            return new Words("not a valid pattern: " + e.getDescription(), "不是有效的模式（" + e.getDescription() + "）");
        }
    }

    private static Pattern compiled(String regex) {
        synchronized (COMPILED) {
            Pattern pattern = COMPILED.get(regex);
            if (pattern != null) {
                return pattern;
            }
        }
        Words problem = problem(regex);
        if (problem != null) {
            throw new IllegalArgumentException(problem.en());
        }
        // Compiled outside the lock: one rule's pattern never waits for another's.
        Pattern pattern = Pattern.compile(regex);
        synchronized (COMPILED) {
            COMPILED.putIfAbsent(regex, pattern);
        }
        return pattern;
    }

    /**
     * An upper bound of the atoms the pattern expands to, from its structure: groups, classes,
     * escapes and quantifiers, each counted repetition multiplying what it repeats. Capped, so
     * it cannot overflow.
     */
    static long expandedSize(String regex) {
        Deque<long[]> groups = new ArrayDeque<>();
        long[] current = {0, 0}; // {size so far, size of the last atom}
        int n = regex.length();
        int i = 0;
        while (i < n) {
            char c = regex.charAt(i);
            switch (c) {
                case '\\' -> {
                    i = afterEscape(regex, i, current);
                    continue;
                }
                case '[' -> {
                    i = afterClass(regex, i);
                    atom(current, 1);
                    continue;
                }
                case '(' -> {
                    groups.push(current);
                    current = new long[] {0, 0};
                }
                case ')' -> {
                    long inside = Math.max(1, current[0]);
                    current = groups.isEmpty() ? new long[] {0, 0} : groups.pop();
                    atom(current, inside);
                }
                case '|' -> current[1] = 0;
                case '*', '+', '?' -> repeat(current, 2);
                case '{' -> {
                    int close = regex.indexOf('}', i);
                    long count = close < 0 ? -1 : repeatCount(regex.substring(i + 1, close));
                    if (count < 0) {
                        atom(current, 1);
                    } else {
                        repeat(current, count);
                        i = close;
                    }
                }
                default -> atom(current, 1);
            }
            i++;
        }
        long size = current[0];
        while (!groups.isEmpty()) {
            long inside = Math.max(1, size);
            current = groups.pop();
            atom(current, inside);
            size = current[0];
        }
        return size;
    }

    private static void atom(long[] current, long size) {
        current[0] = capped(current[0] + size);
        current[1] = size;
    }

    private static void repeat(long[] current, long times) {
        long repeated = capped(current[1] * Math.max(times, 1));
        current[0] = capped(current[0] - current[1] + repeated);
        current[1] = repeated;
    }

    private static long capped(long size) {
        return Math.min(size, (long) MAX_EXPANDED_SIZE * MAX_EXPANDED_SIZE);
    }

    /** The largest count of {@code m}, {@code m,} or {@code m,n}, or -1 when it is not a repetition. */
    private static long repeatCount(String inside) {
        int comma = inside.indexOf(',');
        String min = comma < 0 ? inside : inside.substring(0, comma);
        String max = comma < 0 ? "" : inside.substring(comma + 1);
        if (!isCount(min) || !(max.isEmpty() || isCount(max))) {
            return -1;
        }
        long low = Long.parseLong(min);
        return comma < 0 ? low : max.isEmpty() ? low + 1 : Math.max(low, Long.parseLong(max));
    }

    private static boolean isCount(String s) {
        if (s.isEmpty() || s.length() > 6) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Counts an escape ({@code \d}, {@code \p{Han}}, {@code \x{4E00}}, {@code \Q…\E}) and answers where the next token starts. */
    private static int afterEscape(String regex, int at, long[] current) {
        int next = at + 1;
        if (next >= regex.length()) {
            atom(current, 1);
            return next;
        }
        char e = regex.charAt(next);
        if (e == 'Q') {
            int end = regex.indexOf("\\E", next + 1);
            int stop = end < 0 ? regex.length() : end;
            for (int k = next + 1; k < stop; k++) {
                atom(current, 1);
            }
            return end < 0 ? stop : end + 2;
        }
        if ((e == 'p' || e == 'P' || e == 'x') && next + 1 < regex.length() && regex.charAt(next + 1) == '{') {
            int close = regex.indexOf('}', next);
            atom(current, 1);
            return close < 0 ? regex.length() : close + 1;
        }
        atom(current, 1);
        return next + 1;
    }

    /** Where a character class {@code […]} ends, its own escapes and {@code [:name:]} parts skipped. */
    private static int afterClass(String regex, int at) {
        int k = at + 1;
        if (k < regex.length() && regex.charAt(k) == '^') {
            k++;
        }
        if (k < regex.length() && regex.charAt(k) == ']') {
            k++;
        }
        while (k < regex.length()) {
            char c = regex.charAt(k);
            if (c == '\\') {
                k += 2;
            } else if (c == '[' && k + 1 < regex.length() && regex.charAt(k + 1) == ':') {
                int close = regex.indexOf(":]", k + 2);
                k = close < 0 ? k + 1 : close + 2;
            } else if (c == ']') {
                return k + 1;
            } else {
                k++;
            }
        }
        return k;
    }
}
