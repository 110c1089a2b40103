package io.qunflow.rules;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the Java templates of Drools' executable model use, and so what {@link GeneratedJava}
 * lets generated code use besides the rules' own allowed types: the model builders, comparison
 * helpers, operator singletons, built-in accumulate functions, and the meter the sandbox adds.
 * Kept apart so that a Drools upgrade that changes its templates changes this class only.
 */
final class DroolsTemplates {

    /** Types Drools' templates call statically, with the methods they call. */
    private static final Map<String, Set<String>> STATICS = new HashMap<>();

    /**
     * Methods Drools' templates call on values: the model builders, property metadata, date
     * formats. Never the names of methods the sources declare: a rule set's functions are named
     * by its author ({@code invoke}), text pasted into a class body can declare any instance
     * method ({@code exec}, {@code getMethod}), and the templates' own ({@code apply},
     * {@code test}) would let a lambda call itself round the meter.
     */
    private static final Set<String> CALLS = Set.of(
            "execute",
            "expr",
            "bind",
            "as",
            "attribute",
            "build",
            "insert",
            "insertLogical",
            "update",
            "delete",
            "addRuleNames",
            "getPropertyIndex",
            "parseCaseInsensitive",
            "appendPattern",
            "toFormatter",
            // drools.getRule().getName(), which the sandbox lets consequences write.
            "asKnowledgeHelper",
            "getRule",
            "getName");

    /** What {@code collect} accumulates with: {@code new GenericCollectAccumulator(ArrayList::new)}. */
    static final String COLLECT_ACCUMULATOR = "org.drools.modelcompiler.constraints.GenericCollectAccumulator";

    /** Types Drools' templates construct. */
    private static final Set<String> CONSTRUCTED = Set.of(
            "org.drools.model.functions.PredicateInformation",
            "java.time.format.DateTimeFormatterBuilder",
            COLLECT_ACCUMULATOR);

    /**
     * Types Drools' templates only write, in declarations and casts, none with a static member:
     * {@code Class} (a domain class's metadata) and the consequence's
     * {@code ((DroolsImpl) drools).asKnowledgeHelper()}.
     */
    private static final Set<String> WRITTEN =
            Set.of("java.lang.Class", "org.drools.modelcompiler.consequence.DroolsImpl");

    /** Types whose constants and nested types Drools' templates read. */
    private static final Set<String> TYPES = Set.of(
            "org.drools.model.Rule.Attribute",
            "org.drools.model.Index.ConstraintType",
            "java.util.Locale",
            "java.lang.String",
            "java.lang.Integer",
            "java.lang.Long",
            "java.lang.Double",
            "java.lang.Boolean");

    /**
     * Packages of Drools' operator singletons and built-in accumulate functions, which generated
     * code reads ({@code ContainsOperator.INSTANCE}) and creates ({@code CountAccumulateFunction::new})
     * when the rule set used them, as the sandbox let it.
     */
    private static final List<String> PACKAGES =
            List.of("org.drools.model.operators.", "org.drools.core.base.accumulators.");

    static {
        for (Class<?> dsl : List.of(
                org.drools.modelcompiler.dsl.pattern.D.class, org.drools.modelcompiler.util.EvaluationUtil.class)) {
            Set<String> names = new HashSet<>();
            for (Method method : dsl.getMethods()) {
                // Not executeScript: a consequence of script text, which Drools runs as MVEL.
                if (Modifier.isStatic(method.getModifiers())
                        && !method.getName().equals("executeScript")) {
                    names.add(method.getName());
                }
            }
            STATICS.put(dsl.getCanonicalName(), names);
        }
        for (Class<?> mask : List.of(
                org.drools.model.bitmask.AllSetBitMask.class,
                org.drools.model.bitmask.AllSetButLastBitMask.class,
                org.drools.model.bitmask.EmptyBitMask.class,
                org.drools.model.bitmask.EmptyButLastBitMask.class)) {
            STATICS.put(mask.getCanonicalName(), Set.of("get"));
        }
        STATICS.put(org.drools.model.bitmask.BitMaskUtil.class.getCanonicalName(), Set.of("calculatePatternMask"));
        STATICS.put("org.drools.util.DateUtils", Set.of("getDateFormatMask"));
        Set<String> meter = new java.util.HashSet<>(Set.of("tick", "plus", "joinText"));
        RuleMeter.METERED.values().forEach(meter::addAll);
        STATICS.put(RuleMeter.class.getCanonicalName(), Set.copyOf(meter));
    }

    /** The meter's tick as generated code calls it. */
    static final String METER_TICK = RuleMeter.class.getCanonicalName() + ".tick";

    private DroolsTemplates() {}

    /** Whether generated code may call this static method of this type. */
    static boolean allowsStatic(String type, String name) {
        return STATICS.getOrDefault(type, Set.of()).contains(name);
    }

    /** Whether generated code may call a method of this name on a value. */
    static boolean allowsCall(String name) {
        return CALLS.contains(name);
    }

    /** Whether generated code may create an object of this type. */
    static boolean constructs(String type) {
        return CONSTRUCTED.contains(type);
    }

    /** Whether the templates use this type (call, create, or read a constant of it). */
    static boolean isType(String name) {
        return STATICS.containsKey(name) || CONSTRUCTED.contains(name) || TYPES.contains(name) || isPackageType(name);
    }

    /** Whether the templates write this type where a value's type is declared or cast to. */
    static boolean writes(String name) {
        return WRITTEN.contains(name);
    }

    static boolean isPackageType(String name) {
        for (String pkg : PACKAGES) {
            if (name.startsWith(pkg) && name.indexOf('.', pkg.length()) < 0 && GeneratedNames.exists(name)) {
                return true;
            }
        }
        return false;
    }
}
