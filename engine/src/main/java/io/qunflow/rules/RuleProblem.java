package io.qunflow.rules;

import io.qunflow.common.Words;

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

    /** Source Drools' compiler failed on instead of reporting a problem with a position. */
    static RuleProblem compilerCrash(Throwable crash) {
        return new RuleProblem(
                0,
                0,
                "Drools' compiler failed on this source (" + crash.getClass().getSimpleName()
                        + "); simplify the expression it stopped at",
                "规则有误：编译器无法处理这段规则（" + crash.getClass().getSimpleName() + "），请简化其中的表达式");
    }

    /** A warning Drools' compiler reported. */
    static RuleProblem compileWarning(int line, int column, String text) {
        return new RuleProblem(line, column, text, where(line, column) + "有编译提醒");
    }

    /**
     * What the sandbox refused before anything compiled; the Chinese names the reason too where the
     * refusal has it in Chinese ({@code reason.zh()}), and only the check where it does not yet.
     */
    static RuleProblem sandboxError(int line, int column, Words reason) {
        String check = where(line, column) + "有误：沙箱检查未通过";
        return new RuleProblem(line, column, reason.en(), reason.zh() == null ? check : check + "：" + reason.zh());
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
