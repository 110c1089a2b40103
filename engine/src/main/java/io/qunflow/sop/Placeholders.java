package io.qunflow.sop;

import io.qunflow.common.Words;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholders other tools fill in a post ({@code ${nickname}}, {@code {{name}}}, {@code #{user}},
 * WeCom's welcome-message {@code %NICKNAME%}, {@code {userId}}). Qunflow sends a post's text as
 * written, to the whole group at once, so nothing fills them: an operator who pasted one from
 * another tool's template would have every member read the raw code. Braces around a price or
 * Chinese words ({@code 满{100}减{20}}) are not placeholders.
 */
final class Placeholders {

    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\$\\{[^}]*}|#\\{[^}]*}|\\{\\{[^}]*}}|%[A-Z][A-Z_]*%|\\{[A-Za-z_][A-Za-z0-9_.]*}");

    private Placeholders() {}

    /** What is wrong with a text that holds a placeholder, naming the first; null when it holds none. */
    static Words problem(String text) {
        if (text == null) {
            return null;
        }
        Matcher found = PLACEHOLDER.matcher(text);
        if (!found.find()) {
            return null;
        }
        int at = text.codePointCount(0, found.start()) + 1;
        String placeholder = found.group();
        return new Words(
                "holds " + placeholder + " at character " + at
                        + ", a placeholder Qunflow does not fill: members would read it as written",
                "含有占位符 " + placeholder + "（第 " + at + " 个字符），Qunflow 不会替换它，成员会原样看到");
    }
}
