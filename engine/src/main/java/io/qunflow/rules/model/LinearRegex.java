package io.qunflow.rules.model;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Regular expressions for rules, matched in time linear in the text (RE2's automata, no
 * backtracking), so no pattern can hang an evaluation the way {@code (a+)+b} hangs
 * {@code java.util.regex}. DRL's {@code matches} operator and {@code String.matches} use the
 * backtracking engine and are refused by the sandbox; rules call these instead:
 * {@code ChatMessage( LinearRegex.find(text, "加.?微.?信") )}. RE2 syntax has no back-references
 * and no look-around.
 */
public final class LinearRegex {

    /** Longer patterns are refused: a rule's pattern is a short literal. */
    public static final int MAX_PATTERN_LENGTH = 500;

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

    private static Pattern compiled(String regex) {
        if (regex == null || regex.length() > MAX_PATTERN_LENGTH) {
            throw new IllegalArgumentException(
                    "a pattern must be given and be at most " + MAX_PATTERN_LENGTH + " characters long");
        }
        synchronized (COMPILED) {
            Pattern pattern = COMPILED.get(regex);
            if (pattern == null) {
                try {
                    pattern = Pattern.compile(regex);
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("not a valid pattern: " + e.getDescription(), e);
                }
                COMPILED.put(regex, pattern);
            }
            return pattern;
        }
    }
}
