package io.qunflow.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.VoidType;
import com.github.javaparser.ast.type.WildcardType;
import io.qunflow.common.Words;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the type names written in one rule source resolve: a simple name to an allowed type the
 * source imports (or one of {@code java.lang}), a dotted name to an allowed type's full name or
 * to a type nested in an imported one ({@code Map.Entry}). Nothing else resolves, whatever the
 * class path holds.
 */
final class TypeNames {

    private final Map<String, Class<?>> simple = new HashMap<>();

    /** @param imports the import targets the source declares, already checked against the allow-list */
    TypeNames(Collection<String> imports) {
        for (Class<?> type : AllowedTypes.all()) {
            if (type.getEnclosingClass() == null && type.getPackageName().equals("java.lang")) {
                simple.put(type.getSimpleName(), type);
            }
        }
        for (String target : imports) {
            if (target.endsWith(".*")) {
                String pkg = target.substring(0, target.length() - 2);
                for (Class<?> type : AllowedTypes.all()) {
                    if (type.getEnclosingClass() == null
                            && type.getPackageName().equals(pkg)) {
                        simple.put(type.getSimpleName(), type);
                    }
                }
            } else {
                Class<?> type = AllowedTypes.named(target);
                if (type != null) {
                    simple.put(type.getSimpleName(), type);
                }
            }
        }
    }

    /** The allowed type a simple name stands for here, or null. */
    Class<?> simple(String name) {
        return simple.get(name);
    }

    /** The allowed type a simple or dotted name stands for here, or null. */
    Class<?> dotted(String name) {
        Class<?> type = AllowedTypes.named(name);
        if (type != null) {
            return type;
        }
        int dot = name.indexOf('.');
        if (dot < 0) {
            return simple(name);
        }
        Class<?> outer = simple(name.substring(0, dot));
        return outer == null ? null : AllowedTypes.named(outer.getCanonicalName() + name.substring(dot));
    }

    /**
     * The static type a written type stands for, type arguments included.
     *
     * @throws Refusal when it, or any type in it, is not allowed
     */
    JavaType written(Type type, Node where) {
        if (type instanceof PrimitiveType p) {
            return JavaType.of(primitive(p.asString()));
        }
        if (type instanceof VoidType) {
            return JavaType.VOID;
        }
        if (type instanceof ArrayType a) {
            JavaType component = written(a.getComponentType(), where);
            return JavaType.of(component.raw().arrayType());
        }
        if (type instanceof WildcardType w) {
            if (w.getSuperType().isPresent()) {
                written(w.getSuperType().get(), where);
                return JavaType.OBJECT;
            }
            return w.getExtendedType().isPresent() ? written(w.getExtendedType().get(), where) : JavaType.OBJECT;
        }
        if (type instanceof ClassOrInterfaceType c) {
            String name = c.getNameWithScope();
            Class<?> raw = dotted(name);
            if (raw == null) {
                throw new Refusal(
                        where,
                        new Words(
                                "the type " + name + " is not allowed in rules" + importHint(name),
                                "规则中不允许使用类型 " + name));
            }
            List<JavaType> arguments = new ArrayList<>();
            if (c.getTypeArguments().isPresent()) {
                for (Type argument : c.getTypeArguments().get()) {
                    arguments.add(written(argument, where).boxed());
                }
            }
            return JavaType.of(raw, arguments);
        }
        throw new Refusal(where, new Words("the type " + type + " is not allowed in rules", "规则中不允许使用类型 " + type));
    }

    /** Why an allowed type could not be named: it was not imported. */
    String importHint(String name) {
        for (Class<?> type : AllowedTypes.all()) {
            if (type.getSimpleName().equals(name)) {
                return " here: import " + type.getCanonicalName();
            }
        }
        return "";
    }

    static Class<?> primitive(String name) {
        return switch (name) {
            case "int" -> int.class;
            case "long" -> long.class;
            case "double" -> double.class;
            case "float" -> float.class;
            case "short" -> short.class;
            case "byte" -> byte.class;
            case "boolean" -> boolean.class;
            case "char" -> char.class;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
