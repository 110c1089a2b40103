package io.qunflow.rules;

import io.qunflow.common.Words;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the method or constructor a call means, the way javac does for the cases rule code
 * has (subtyping, widening, boxing, varargs, the most specific overload), and what it returns.
 * Overloads that take a type rule code may not hold (a {@code Comparator}, a {@code Supplier})
 * are never chosen. When no single overload fits, the call is refused: the sandbox never
 * guesses.
 */
final class MethodResolver {

    private MethodResolver() {}

    /** A chosen method with its return type for this receiver and these arguments. */
    record Resolved(Executable executable, JavaType returns) {}

    /** @throws Refusal at no node (the caller knows where), when no single overload fits */
    static Resolved method(JavaType receiver, String name, List<JavaType> arguments, boolean staticOnly) {
        List<Executable> named = new ArrayList<>();
        for (Method m : receiver.raw().getMethods()) {
            if (m.getName().equals(name) && !m.isBridge() && (!staticOnly || Modifier.isStatic(m.getModifiers()))) {
                named.add(m);
            }
        }
        if (receiver.raw().isInterface() && !staticOnly) {
            for (Method m : Object.class.getMethods()) {
                if (m.getName().equals(name)) {
                    named.add(m);
                }
            }
        }
        if (named.isEmpty()) {
            throw new Refusal(
                    null,
                    new Words(
                            receiver.display() + " has no " + (staticOnly ? "static " : "") + "method " + name,
                            receiver.display() + " 没有" + (staticOnly ? "静态" : "") + "方法 " + name));
        }
        Method chosen = (Method) choose(named, arguments, receiver.display() + "." + name);
        Map<String, JavaType> bindings = new HashMap<>();
        Type[] params = chosen.getGenericParameterTypes();
        for (int i = 0; i < params.length && i < arguments.size(); i++) {
            bind(params[i], arguments.get(i), bindings);
        }
        JavaType owner = Modifier.isStatic(chosen.getModifiers()) ? null : receiver;
        return new Resolved(chosen, JavaType.resolve(chosen.getGenericReturnType(), owner, bindings));
    }

    static Constructor<?> constructor(JavaType type, List<JavaType> arguments) {
        List<Executable> all = new ArrayList<>(Arrays.asList(type.raw().getConstructors()));
        if (all.isEmpty()) {
            throw new Refusal(null, new Words(type.display() + " cannot be constructed", "不能新建 " + type.display()));
        }
        return (Constructor<?>) choose(all, arguments, "new " + type.display());
    }

    private static Executable choose(List<Executable> candidates, List<JavaType> arguments, String what) {
        List<Executable> applicable = new ArrayList<>();
        for (Executable e : candidates) {
            if (takesOnlyAllowedTypes(e) && applies(e, arguments)) {
                applicable.add(e);
            }
        }
        if (applicable.isEmpty()) {
            String given =
                    String.join(", ", arguments.stream().map(JavaType::display).toList());
            throw new Refusal(
                    null,
                    new Words(what + " cannot be called with (" + given + ")", what + " 不接受这样的参数：（" + given + "）"));
        }
        Executable best = null;
        for (Executable e : applicable) {
            if (applicable.stream().allMatch(other -> other == e || atLeastAsSpecific(e, other))) {
                if (best == null || Arrays.equals(best.getParameterTypes(), e.getParameterTypes())) {
                    best = best == null || returnsNarrower(e, best) ? e : best;
                } else {
                    best = null;
                    break;
                }
            }
        }
        if (best == null) {
            throw new Refusal(
                    null,
                    new Words(
                            "cannot tell which " + what + " is meant; cast the arguments",
                            "无法确定指的是哪一个 " + what + "：请给参数写明类型（强制转换）"));
        }
        return best;
    }

    private static boolean returnsNarrower(Executable a, Executable b) {
        return a instanceof Method ma
                && b instanceof Method mb
                && mb.getReturnType().isAssignableFrom(ma.getReturnType())
                && ma.getReturnType() != mb.getReturnType();
    }

    private static boolean takesOnlyAllowedTypes(Executable e) {
        for (Class<?> p : e.getParameterTypes()) {
            if (!AllowedTypes.allows(p)) {
                return false;
            }
        }
        return true;
    }

    private static boolean applies(Executable e, List<JavaType> arguments) {
        Class<?>[] params = e.getParameterTypes();
        if (params.length == arguments.size() && fits(params, arguments, params.length)) {
            return true;
        }
        if (!e.isVarArgs() || arguments.size() < params.length - 1) {
            return false;
        }
        if (!fits(params, arguments, params.length - 1)) {
            return false;
        }
        Class<?> component = params[params.length - 1].getComponentType();
        for (int i = params.length - 1; i < arguments.size(); i++) {
            if (!arguments.get(i).assignableTo(component)) {
                return false;
            }
        }
        return true;
    }

    private static boolean fits(Class<?>[] params, List<JavaType> arguments, int count) {
        for (int i = 0; i < count; i++) {
            if (!arguments.get(i).assignableTo(params[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean atLeastAsSpecific(Executable a, Executable b) {
        Class<?>[] pa = a.getParameterTypes();
        Class<?>[] pb = b.getParameterTypes();
        if (pa.length != pb.length) {
            return !a.isVarArgs() && b.isVarArgs();
        }
        for (int i = 0; i < pa.length; i++) {
            if (!JavaType.of(pa[i]).assignableTo(pb[i])) {
                return false;
            }
        }
        return true;
    }

    /** Infers a method's own type variables from its arguments, where that is plain to see. */
    private static void bind(Type parameter, JavaType argument, Map<String, JavaType> bindings) {
        if (argument.isNull()) {
            return;
        }
        if (parameter instanceof TypeVariable<?> v && v.getGenericDeclaration() instanceof Method) {
            bindings.putIfAbsent(v.getName(), argument.boxed());
        } else if (parameter instanceof ParameterizedType p
                && p.getRawType() instanceof Class<?> raw
                && raw.isAssignableFrom(argument.raw())) {
            JavaType asRaw = asSupertype(argument, raw);
            Type[] actual = p.getActualTypeArguments();
            for (int i = 0; i < actual.length && asRaw != null; i++) {
                bind(actual[i], asRaw.argument(i), bindings);
            }
        } else if (parameter instanceof WildcardType w && w.getUpperBounds().length == 1) {
            bind(w.getUpperBounds()[0], argument, bindings);
        } else if (parameter instanceof GenericArrayType g && argument.raw().isArray()) {
            bind(g.getGenericComponentType(), JavaType.of(argument.raw().getComponentType()), bindings);
        }
    }

    /** The argument seen as one of its supertypes, with that supertype's type arguments. */
    private static JavaType asSupertype(JavaType type, Class<?> wanted) {
        if (type.raw() == wanted) {
            return type;
        }
        List<Type> parents = new ArrayList<>(Arrays.asList(type.raw().getGenericInterfaces()));
        if (type.raw().getGenericSuperclass() != null) {
            parents.add(type.raw().getGenericSuperclass());
        }
        for (Type parent : parents) {
            JavaType resolved = type.resolve(parent);
            if (wanted.isAssignableFrom(resolved.raw())) {
                return asSupertype(resolved, wanted);
            }
        }
        return null;
    }
}
