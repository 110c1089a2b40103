package io.qunflow.rules;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The meter compiled into every rule: the sandbox adds {@code RuleMeter.tick()} before each
 * statement of a consequence or function. On an evaluation thread each tick counts against the
 * evaluation's budget of statements and looks whether the evaluation has been given up (past
 * its time, or over its memory); then it throws, which no rule can catch (rules may catch
 * exceptions, and this is an error), and the evaluation ends at the next statement instead of
 * running on. A straight-line rule set evaluated on its caller's thread is metered there
 * ({@link CallerThreadEvaluation}). Elsewhere (tools compiling rules without a server) a tick
 * does nothing.
 *
 * <p>A tick cannot stop one library call already running, so the sandbox also writes the calls
 * whose work grows with the product of their inputs' sizes — searching text for text, comparing
 * every element of a collection with another's — through the methods below ({@code
 * h.contains(x)} becomes {@code RuleMeter.contains(h, x)}): each weighs its inputs first and
 * stops the evaluation when the work would exceed {@link #MAX_WORK}, wherever it runs, before
 * the call starts. A value's weight counts characters of text and elements of collections, maps
 * and arrays, each element by its own weight (a list holding one long text a million times
 * weighs a million of those texts), the fields of a record included.
 *
 * <p>Why this class is long: the compiled rules may name this one class only (the generated-code
 * check allows no other), so every metered call, join and append has its entry here, each
 * weighing beside the call it guards; they change together when the sandbox meters a new call.
 */
public final class RuleMeter {

    /**
     * The most work one metered call may do: characters compared, or elements weighed. A text of
     * 10,000 characters may be searched for anything up to 1,000 characters; a list of 2,000 ids
     * compared with one of a hundred; about 10–100 ms at worst.
     */
    static final long MAX_WORK = 10_000_000;

    /** Deeper than this, collections in collections are weighed as too heavy (a list holding itself). */
    private static final int MAX_DEPTH = 64;

    /** The metered names, by the type that declares them: what the sandbox rewrites. */
    static final Map<Class<?>, Set<String>> METERED = Map.of(
            String.class, Set.of("contains", "indexOf", "lastIndexOf", "replace", "join"),
            StringBuilder.class, Set.of("indexOf", "lastIndexOf", "append"),
            Collection.class, Set.of("contains", "containsAll", "removeAll", "retainAll", "remove"),
            List.class, Set.of("indexOf", "lastIndexOf"),
            Map.class, Set.of("containsValue"),
            Collections.class, Set.of("disjoint", "frequency"));

    private RuleMeter() {}

    /** Called by compiled rule code; not part of what rule authors may call. */
    public static void tick() {
        if (Thread.currentThread() instanceof EvaluationWorkers.Worker worker) {
            worker.tick();
        } else {
            CallerThreadEvaluation.tick();
        }
    }

    /**
     * The longest text one {@code +} may build, in characters: a thousand times the longest
     * message, and well inside the evaluation's memory limit.
     */
    static final long MAX_TEXT = 16_000_000;

    /**
     * Text joined with {@code +} in a consequence or function ({@code a + b} is compiled as {@code
     * plus(a, b)}): the length is weighed before the text is built, so one statement joining a
     * long text with itself forty times stops here instead of running the heap out.
     */
    public static String plus(Object left, Object right) {
        String first = String.valueOf(left);
        String second = String.valueOf(right);
        long length = (long) first.length() + second.length();
        if (length > MAX_TEXT) {
            throw new EvaluationStopped("+ would build a text of " + String.format("%,d", length)
                    + " characters, more than " + String.format("%,d", MAX_TEXT) + "; rules work on texts far shorter");
        }
        return first.concat(second);
    }

    /**
     * Text joined with {@code +} in a consequence or function, a whole chain {@code a + b + c} at
     * once ({@code joinText(a, b, c)}): weighed like {@link #plus}, then built once.
     */
    public static String joinText(Object... terms) {
        String[] texts = new String[terms.length];
        long length = 0;
        for (int i = 0; i < terms.length; i++) {
            texts[i] = String.valueOf(terms[i]);
            length += texts[i].length();
        }
        if (length > MAX_TEXT) {
            throw new EvaluationStopped("+ would build a text of " + String.format("%,d", length)
                    + " characters, more than " + String.format("%,d", MAX_TEXT) + "; rules work on texts far shorter");
        }
        // One allocation of the right size and width: a builder grown from Latin-1 would copy the
        // text again at the first Chinese char, which every moderation explanation has.
        return String.join("", texts);
    }

    // Text appended to a builder: weighed like +, before the builder grows (a chain of forty
    // b.append(b) in one statement doubles it forty times between two ticks).

    public static StringBuilder append(StringBuilder builder, Object value) {
        return append(builder, String.valueOf(value));
    }

    public static StringBuilder append(StringBuilder builder, String value) {
        grow(builder, value == null ? 4 : value.length());
        return builder.append(value);
    }

    public static StringBuilder append(StringBuilder builder, CharSequence value) {
        grow(builder, value == null ? 4 : value.length());
        return builder.append(value);
    }

    public static StringBuilder append(StringBuilder builder, CharSequence value, int start, int end) {
        grow(builder, Math.max(0, (long) end - start));
        return builder.append(value, start, end);
    }

    public static StringBuilder append(StringBuilder builder, char[] value) {
        grow(builder, value.length);
        return builder.append(value);
    }

    public static StringBuilder append(StringBuilder builder, char[] value, int offset, int length) {
        grow(builder, Math.max(0, length));
        return builder.append(value, offset, length);
    }

    private static void grow(StringBuilder builder, long added) {
        long length = builder.length() + added;
        if (length > MAX_TEXT) {
            throw new EvaluationStopped("append would build a text of " + String.format("%,d", length)
                    + " characters, more than " + String.format("%,d", MAX_TEXT) + "; rules work on texts far shorter");
        }
    }

    // Text searched for text: at worst every place it could start, compared in full.

    public static boolean contains(String text, CharSequence sought) {
        search("contains", text, sought);
        return text.contains(sought);
    }

    public static int indexOf(String text, String sought) {
        search("indexOf", text, sought);
        return text.indexOf(sought);
    }

    public static int indexOf(String text, String sought, int from) {
        search("indexOf", text, sought);
        return text.indexOf(sought, from);
    }

    public static int lastIndexOf(String text, String sought) {
        search("lastIndexOf", text, sought);
        return text.lastIndexOf(sought);
    }

    public static int lastIndexOf(String text, String sought, int from) {
        search("lastIndexOf", text, sought);
        return text.lastIndexOf(sought, from);
    }

    public static String replace(String text, CharSequence target, CharSequence replacement) {
        search("replace", text, target);
        return text.replace(target, replacement);
    }

    public static int indexOf(StringBuilder text, String sought) {
        search("indexOf", text, sought);
        return text.indexOf(sought);
    }

    public static int indexOf(StringBuilder text, String sought, int from) {
        search("indexOf", text, sought);
        return text.indexOf(sought, from);
    }

    public static int lastIndexOf(StringBuilder text, String sought) {
        search("lastIndexOf", text, sought);
        return text.lastIndexOf(sought);
    }

    public static int lastIndexOf(StringBuilder text, String sought, int from) {
        search("lastIndexOf", text, sought);
        return text.lastIndexOf(sought, from);
    }

    // One value looked for among many: each element compared with it once.

    public static boolean contains(Collection<?> all, Object sought) {
        linear("contains", all instanceof Set<?> ? null : all, sought);
        return all.contains(sought);
    }

    public static boolean remove(Collection<?> all, Object sought) {
        linear("remove", all instanceof Set<?> ? null : all, sought);
        return all.remove(sought);
    }

    public static int indexOf(List<?> all, Object sought) {
        linear("indexOf", all, sought);
        return all.indexOf(sought);
    }

    public static int lastIndexOf(List<?> all, Object sought) {
        linear("lastIndexOf", all, sought);
        return all.lastIndexOf(sought);
    }

    public static boolean containsValue(Map<?, ?> map, Object sought) {
        linear("containsValue", map, sought);
        return map.containsValue(sought);
    }

    public static int frequency(Collection<?> all, Object sought) {
        linear("frequency", all, sought);
        return Collections.frequency(all, sought);
    }

    public static String join(CharSequence delimiter, CharSequence... elements) {
        linear("join", elements, delimiter);
        return String.join(delimiter, elements);
    }

    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        linear("join", elements, delimiter);
        return String.join(delimiter, elements);
    }

    // Every element of one compared with every element of the other.

    public static boolean containsAll(Collection<?> all, Collection<?> sought) {
        product("containsAll", all, sought);
        return all.containsAll(sought);
    }

    public static boolean removeAll(Collection<?> all, Collection<?> removed) {
        product("removeAll", all, removed);
        return all.removeAll(removed);
    }

    public static boolean retainAll(Collection<?> all, Collection<?> kept) {
        product("retainAll", all, kept);
        return all.retainAll(kept);
    }

    public static boolean disjoint(Collection<?> one, Collection<?> other) {
        product("disjoint", one, other);
        return Collections.disjoint(one, other);
    }

    private static void search(String name, CharSequence text, CharSequence sought) {
        long n = text.length();
        long m = sought.length();
        long work = m > n ? 0 : (n - m + 1) * m;
        if (work > MAX_WORK) {
            throw tooMuch(name, "searching " + n + " characters for " + m);
        }
    }

    private static void linear(String name, Object all, Object sought) {
        long work = weight(all, MAX_WORK);
        if (work <= MAX_WORK) {
            work += weight(sought, MAX_WORK - work);
        }
        if (work > MAX_WORK) {
            throw tooMuch(name, "its arguments weigh more than that");
        }
    }

    private static void product(String name, Object one, Object other) {
        long first = Math.max(1, weight(one, MAX_WORK));
        long second = first > MAX_WORK ? MAX_WORK : Math.max(1, weight(other, MAX_WORK / first));
        if (first > MAX_WORK || first * second > MAX_WORK) {
            throw tooMuch(name, "every element of one compared with every element of the other");
        }
    }

    private static EvaluationStopped tooMuch(String name, String why) {
        return new EvaluationStopped(name + "(…) would do more than " + String.format("%,d", MAX_WORK)
                + " steps of work in one call (" + why + "); rules work on texts and lists far smaller");
    }

    /**
     * How much a value weighs, or more than {@code limit} once it is seen to: the work it is
     * weighed with is at most about {@code limit}, however large the value.
     */
    static long weight(Object root, long limit) {
        Deque<Iterator<?>> open = new ArrayDeque<>();
        long total = own(root, open);
        while (!open.isEmpty() && total <= limit) {
            Iterator<?> elements = open.peek();
            if (!elements.hasNext()) {
                open.pop();
                continue;
            }
            if (open.size() > MAX_DEPTH) {
                return limit + 1;
            }
            total += own(elements.next(), open);
        }
        return total;
    }

    /** A value's own weight; what it holds is opened to be weighed after it. */
    private static long own(Object value, Deque<Iterator<?>> open) {
        if (value instanceof CharSequence text) {
            return 1L + text.length();
        }
        if (value instanceof Iterable<?> elements) {
            open.push(elements.iterator());
        } else if (value instanceof Map<?, ?> map) {
            open.push(map.entrySet().iterator());
        } else if (value instanceof Map.Entry<?, ?> entry) {
            open.push(Arrays.asList(entry.getKey(), entry.getValue()).iterator());
        } else if (value instanceof Object[] array) {
            open.push(Arrays.asList(array).iterator());
        } else if (value != null && value.getClass().isArray()) {
            return 1L + Array.getLength(value);
        } else if (value instanceof Record record) {
            open.push(components(record).iterator());
        }
        return 1;
    }

    private static List<Object> components(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            try {
                values[i] = components[i].getAccessor().invoke(record);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new EvaluationStopped("a record could not be weighed: " + e);
            }
        }
        return Arrays.asList(values);
    }
}
