package io.qunflow.rules;

import java.util.HashMap;
import java.util.Map;

/**
 * The names visible at a place in rule code and their static types: the facts and values bound
 * in the conditions, a function's parameters, and local variables, block by block. In a
 * constraint, {@code fact} is the pattern's type, whose properties are visible by name.
 */
final class Scope {

    enum Kind {
        /** Bound in the conditions ({@code $m : ChatMessage( )}); may not be assigned. */
        BINDING,
        PARAMETER,
        LOCAL
    }

    record Variable(JavaType type, Kind kind) {}

    private final Scope parent;
    private final JavaType fact;
    private final Map<String, Variable> variables = new HashMap<>();

    private Scope(Scope parent, JavaType fact) {
        this.parent = parent;
        this.fact = fact;
    }

    static Scope root() {
        return new Scope(null, null);
    }

    /** The scope of a constraint on a pattern of that type, seeing these bindings. */
    Scope onFact(JavaType factType) {
        return new Scope(this, factType);
    }

    Scope child() {
        return new Scope(this, fact);
    }

    void declare(String name, JavaType type, Kind kind) {
        variables.put(name, new Variable(type, kind));
    }

    Variable find(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Variable v = s.variables.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The pattern's type in a constraint, or null in code. */
    JavaType fact() {
        return fact;
    }
}
