package io.qunflow.rules;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The static type the sandbox gives an expression: a class with the type arguments it is known
 * to have ({@code List<String>}), or one of two markers, the {@code null} literal and a type
 * name used as the scope of a static call. When the sandbox cannot tell the arguments it leaves
 * them out, and what comes out of such a value is a plain {@link Object}, on which little may be
 * called: not knowing a type never widens what a rule may do.
 */
record JavaType(Class<?> raw, List<JavaType> arguments, boolean isTypeName, boolean isNull) {

    static final JavaType NULL = new JavaType(Object.class, List.of(), false, true);
    static final JavaType OBJECT = of(Object.class);
    static final JavaType STRING = of(String.class);
    static final JavaType BOOLEAN = of(boolean.class);
    static final JavaType INT = of(int.class);
    static final JavaType LONG = of(long.class);
    static final JavaType DOUBLE = of(double.class);
    static final JavaType VOID = of(void.class);

    private static final Map<Class<?>, Class<?>> BOXES = Map.of(
            int.class, Integer.class,
            long.class, Long.class,
            double.class, Double.class,
            float.class, Float.class,
            short.class, Short.class,
            byte.class, Byte.class,
            char.class, Character.class,
            boolean.class, Boolean.class,
            void.class, Void.class);

    static JavaType of(Class<?> raw) {
        return new JavaType(raw, List.of(), false, false);
    }

    static JavaType of(Class<?> raw, List<JavaType> arguments) {
        return new JavaType(raw, List.copyOf(arguments), false, false);
    }

    /** The type named as the scope of a static member, as in {@code Math.max}. */
    static JavaType typeName(Class<?> raw) {
        return new JavaType(raw, List.of(), true, false);
    }

    boolean isPrimitive() {
        return raw.isPrimitive() && !isNull;
    }

    boolean isNumeric() {
        Class<?> c = unboxed().raw;
        return c == int.class
                || c == long.class
                || c == double.class
                || c == float.class
                || c == short.class
                || c == byte.class
                || c == char.class;
    }

    boolean isBooleanLike() {
        return raw == boolean.class || raw == Boolean.class;
    }

    boolean isString() {
        return raw == String.class && !isNull;
    }

    JavaType boxed() {
        Class<?> box = BOXES.get(raw);
        return box == null || isNull ? this : of(box);
    }

    JavaType unboxed() {
        for (Map.Entry<Class<?>, Class<?>> e : BOXES.entrySet()) {
            if (e.getValue() == raw) {
                return of(e.getKey());
            }
        }
        return this;
    }

    /** The type argument at an index, or Object when it is not known. */
    JavaType argument(int index) {
        return index < arguments.size() ? arguments.get(index) : OBJECT;
    }

    /**
     * Whether a value of this type may be passed where {@code target} is expected, by Java's
     * rules for method arguments: subtyping, primitive widening, boxing and unboxing.
     */
    boolean assignableTo(Class<?> target) {
        if (isNull) {
            return !target.isPrimitive();
        }
        if (target.isAssignableFrom(raw)) {
            return true;
        }
        if (raw.isPrimitive() && !target.isPrimitive()) {
            return target.isAssignableFrom(boxed().raw);
        }
        if (!raw.isPrimitive() && target.isPrimitive()) {
            JavaType unboxed = unboxed();
            return unboxed.raw.isPrimitive() && unboxed.widensTo(target);
        }
        return raw.isPrimitive() && widensTo(target);
    }

    private boolean widensTo(Class<?> target) {
        if (raw == target) {
            return true;
        }
        int from = rank(raw);
        int to = rank(target);
        if (raw == char.class) {
            return to >= rank(int.class);
        }
        if (target == char.class || raw == boolean.class || target == boolean.class) {
            return false;
        }
        return from >= 0 && to > from;
    }

    private static int rank(Class<?> c) {
        if (c == byte.class) {
            return 0;
        }
        if (c == short.class) {
            return 1;
        }
        if (c == int.class) {
            return 2;
        }
        if (c == long.class) {
            return 3;
        }
        if (c == float.class) {
            return 4;
        }
        if (c == double.class) {
            return 5;
        }
        return -1;
    }

    /** Binary numeric promotion, as for {@code a + b} on numbers. */
    static JavaType promote(JavaType a, JavaType b) {
        Class<?> x = a.unboxed().raw;
        Class<?> y = b.unboxed().raw;
        if (x == double.class || y == double.class) {
            return DOUBLE;
        }
        if (x == float.class || y == float.class) {
            return of(float.class);
        }
        if (x == long.class || y == long.class) {
            return LONG;
        }
        return INT;
    }

    /**
     * What a generic type written in a signature becomes for a receiver of this type: {@code E}
     * of {@code List<E>.get} on a {@code List<String>} is String. What cannot be told is Object.
     */
    JavaType resolve(Type type) {
        return resolve(type, this, Map.of());
    }

    static JavaType resolve(Type type, JavaType receiver, Map<String, JavaType> methodVariables) {
        if (type instanceof Class<?> c) {
            return of(c);
        }
        if (type instanceof ParameterizedType p) {
            List<JavaType> args = new ArrayList<>();
            for (Type a : p.getActualTypeArguments()) {
                args.add(resolve(a, receiver, methodVariables));
            }
            return of((Class<?>) p.getRawType(), args);
        }
        if (type instanceof TypeVariable<?> v) {
            JavaType bound = methodVariables.get(v.getName());
            if (bound != null) {
                return bound;
            }
            if (receiver != null && v.getGenericDeclaration() instanceof Class<?> owner) {
                return receiver.argumentFor(owner, v);
            }
            return OBJECT;
        }
        if (type instanceof WildcardType w && w.getUpperBounds().length == 1) {
            return resolve(w.getUpperBounds()[0], receiver, methodVariables);
        }
        if (type instanceof GenericArrayType g) {
            JavaType component = resolve(g.getGenericComponentType(), receiver, methodVariables);
            return of(component.raw.arrayType());
        }
        return OBJECT;
    }

    /**
     * The argument a receiver of this type gives to a type variable declared by {@code owner},
     * which may be this type or one of its supertypes ({@code Collection<E>} seen from an
     * {@code ArrayList<String>}).
     */
    private JavaType argumentFor(Class<?> owner, TypeVariable<?> variable) {
        if (owner == raw) {
            TypeVariable<?>[] params = raw.getTypeParameters();
            for (int i = 0; i < params.length; i++) {
                if (params[i].getName().equals(variable.getName())) {
                    return argument(i);
                }
            }
            return OBJECT;
        }
        for (Type parent : supertypes(raw)) {
            JavaType asParent = resolve(parent, this, Map.of());
            if (owner.isAssignableFrom(asParent.raw)) {
                return asParent.argumentFor(owner, variable);
            }
        }
        return OBJECT;
    }

    private static List<Type> supertypes(Class<?> c) {
        List<Type> all = new ArrayList<>(List.of(c.getGenericInterfaces()));
        if (c.getGenericSuperclass() != null) {
            all.add(c.getGenericSuperclass());
        }
        return all;
    }

    /** The element a for-each over a value of this type declares: arrays and iterables. */
    JavaType elementType() {
        if (raw.isArray()) {
            return of(raw.getComponentType());
        }
        if (Iterable.class.isAssignableFrom(raw)) {
            return argumentFor(Iterable.class, Iterable.class.getTypeParameters()[0]);
        }
        return null;
    }

    /** The name people write, for messages. */
    String display() {
        if (isNull) {
            return "null";
        }
        String name = raw.isArray() ? raw.getComponentType().getSimpleName() + "[]" : raw.getSimpleName();
        if (raw.getEnclosingClass() != null && !raw.isArray()) {
            name = raw.getEnclosingClass().getSimpleName() + "." + name;
        }
        return name;
    }
}
