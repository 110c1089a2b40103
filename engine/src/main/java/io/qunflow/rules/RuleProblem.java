package io.qunflow.rules;

/**
 * A problem found in rule source, at a line and column (1-based; 0 when Drools does not say).
 * {@code message} is the technical text, the sandbox's or Drools' own, in English; {@code messageZh}
 * tells a person reading Chinese where the problem is and which check found it.
 */
public record RuleProblem(int line, int column, String message, String messageZh) {

    /** An error Drools' compiler reported; its text stays the technical detail. */
    static RuleProblem compileError(int line, int column, String text) {
        return new RuleProblem(line, column, text, where(line, column) + "有误：编译未通过");
    }

    /** A warning Drools' compiler reported. */
    static RuleProblem compileWarning(int line, int column, String text) {
        return new RuleProblem(line, column, text, where(line, column) + "有编译提醒");
    }

    /** What the sandbox refused before anything compiled. */
    static RuleProblem sandboxError(int line, int column, String text) {
        return new RuleProblem(line, column, text, where(line, column) + "有误：沙箱检查未通过");
    }

    /** What the sandbox let through but points out. */
    static RuleProblem sandboxWarning(int line, int column, String text) {
        return new RuleProblem(line, column, text, where(line, column) + "有提醒");
    }

    private static String where(int line, int column) {
        if (line <= 0) {
            return "规则";
        }
        return column > 0 ? "规则第 " + line + " 行第 " + column + " 列" : "规则第 " + line + " 行";
    }
}
