package io.qunflow.workflow;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.Tree;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * The small expression language a diagram may use wherever Camunda evaluates a value, checked on
 * the tree of the JUEL parser Camunda itself uses: text, variables, literals, arithmetic,
 * comparisons, boolean operators, {@code empty}, the conditional operator and the functions
 * {@code now()} and {@code dateTime()}. No property access ({@code a.b}, {@code a['b']}) and no
 * method call, except the calls {@link TaskTypes} allows where an action is expected (a listener or
 * a task's {@code camunda:expression}), each with literal arguments or the execution.
 */
final class ExpressionGrammar {

    /** Far above any real condition or timer; a bound on the parser's work. */
    static final int MAX_LENGTH = 1_000;

    private static final Set<String> FUNCTIONS = Set.of("now", "dateTime");
    private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

    /** Where the expression stands: a value, or an action that may call an allowed method. */
    enum Use {
        VALUE,
        ACTION
    }

    /** Why an expression is refused, in both languages. */
    record Refusal(String message, String messageZh) {}

    private final Map<String, Set<String>> allowedCalls;

    ExpressionGrammar(Map<String, Set<String>> allowedCalls) {
        this.allowedCalls = allowedCalls;
    }

    /** Empty when the text is allowed where it stands. */
    Optional<Refusal> check(String text, Use use) {
        if (text.length() > MAX_LENGTH) {
            return refuse("is longer than " + MAX_LENGTH + " characters", "超过 " + MAX_LENGTH + " 个字符");
        }
        Tree tree;
        try {
            tree = PARSER.build(text);
        } catch (TreeBuilderException e) {
            return refuse("is not a valid expression: " + e.getMessage(), "不是有效的表达式：" + e.getMessage());
        }
        return walk((Node) tree.getRoot(), use);
    }

    /** Whether the text is plain text, with no expression in it at all. */
    static boolean isLiteral(String text) {
        try {
            return PARSER.build(text).getRoot() instanceof AstText;
        } catch (TreeBuilderException e) {
            return false;
        }
    }

    /** Whether the text is one variable reference and nothing else: {@code ${name}}. */
    static boolean isVariableReference(String text) {
        try {
            Node root = (Node) PARSER.build(text).getRoot();
            return root instanceof AstEval && root.getChild(0) instanceof AstIdentifier;
        } catch (TreeBuilderException e) {
            return false;
        }
    }

    /** The variable the text names when it is one variable reference and nothing else: {@code ${name}}. */
    static Optional<String> variableName(String text) {
        try {
            Node root = (Node) PARSER.build(text).getRoot();
            return root instanceof AstEval && root.getChild(0) instanceof AstIdentifier identifier
                    ? Optional.of(identifier.getName())
                    : Optional.empty();
        } catch (TreeBuilderException e) {
            return Optional.empty();
        }
    }

    private Optional<Refusal> walk(Node node, Use use) {
        if (node instanceof AstMethod method) {
            Optional<Refusal> call = checkCall(method, use);
            if (call.isPresent()) {
                return call;
            }
            return children(node.getChild(1), use);
        }
        if (node instanceof AstDot || node instanceof org.camunda.bpm.impl.juel.AstBracket) {
            return refuse(
                    "reads a property of an object (" + node + "); use a process variable instead",
                    "读取了对象的属性（" + node + "）；请改用流程变量");
        }
        if (node instanceof AstFunction function) {
            if (!FUNCTIONS.contains(function.getName()) || function.getParamCount() > 0) {
                return refuse(
                        "calls the function " + function.getName() + "(); only now() and dateTime() may be used",
                        "调用了函数 " + function.getName() + "()；只能使用 now() 和 dateTime()");
            }
            return Optional.empty();
        }
        boolean allowed = node instanceof AstText
                || node instanceof AstComposite
                || node instanceof AstEval
                || node instanceof AstNested
                || node instanceof AstChoice
                || node instanceof AstBinary
                || node instanceof AstUnary
                || node instanceof AstIdentifier
                || node instanceof AstString
                || node instanceof AstNumber
                || node instanceof AstBoolean
                || node instanceof AstNull;
        if (!allowed) {
            return refuse(
                    "uses a construct Qunflow does not allow ("
                            + node.getClass().getSimpleName() + ")",
                    "使用了不允许的写法（" + node.getClass().getSimpleName() + "）");
        }
        return children(node, use);
    }

    private Optional<Refusal> children(Node node, Use use) {
        for (int i = 0; i < node.getCardinality(); i++) {
            Optional<Refusal> refused = walk(node.getChild(i), use);
            if (refused.isPresent()) {
                return refused;
            }
        }
        return Optional.empty();
    }

    /** {@code bean.method(args)}: an allowed bean and method, called with literals or the execution. */
    private Optional<Refusal> checkCall(AstMethod method, Use use) {
        Node property = method.getChild(0);
        String shown = property + "(…)";
        if (use != Use.ACTION
                || !(property instanceof AstDot dot)
                || !(dot.getChild(0) instanceof AstIdentifier bean)) {
            return refuse(
                    "calls a method (" + shown + "); expressions here may only compute values",
                    "调用了方法（" + shown + "）；此处的表达式只能计算值");
        }
        String name = dot.toString().substring(2);
        Set<String> methods = allowedCalls.get(bean.getName());
        if (methods == null || !methods.contains(name)) {
            return refuse(
                    "calls " + bean.getName() + "." + name + "(), which is not one of Qunflow's calls " + allowedCalls,
                    "调用了 " + bean.getName() + "." + name + "()，它不是 Qunflow 允许的调用 " + allowedCalls);
        }
        AstParameters parameters = (AstParameters) method.getChild(1);
        for (int i = 0; i < parameters.getCardinality(); i++) {
            Node argument = parameters.getChild(i);
            boolean plain = argument instanceof AstString
                    || argument instanceof AstNumber
                    || argument instanceof AstBoolean
                    || (argument instanceof AstIdentifier id && id.getName().equals("execution"));
            if (!plain) {
                return refuse(
                        "passes " + argument + " to " + bean.getName() + "." + name
                                + "(); arguments must be written out, or be the execution",
                        "向 " + bean.getName() + "." + name + "() 传入了 " + argument + "；参数必须是字面值或 execution");
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(String message, String messageZh) {
        return Optional.of(new Refusal(message, messageZh));
    }
}
