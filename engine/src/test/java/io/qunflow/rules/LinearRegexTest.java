package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qunflow.rules.model.LinearRegex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinearRegexTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"加.?微.?信", "[0-9]{5,11}", "\\p{Han}{2,4}", "(?i)vx|wx", "a{1000}", "(a{100}){100}", "[\\]{}]{3}"
            })
    void patternsRulesWrite_areAccepted(String pattern) {
        assertThat(LinearRegex.problem(pattern)).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "(?:(?:a{1000}){1000}){1000}",
                "(a{101}){100}",
                "((((a*){999}){999}){999})",
                "\\Qabc\\E{999}{999}"
            })
    void patternsThatExpandPastTheBound_areRefusedWithoutBeingCompiled(String pattern) {
        long started = System.nanoTime();

        assertThat(LinearRegex.problem(pattern).en()).contains("repeats too much");
        assertThat(LinearRegex.problem(pattern).zh()).startsWith("模式重复得太多");
        assertThatThrownBy(() -> LinearRegex.find("aaa", pattern))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("repeats too much");
        assertThat(System.nanoTime() - started).isLessThan(1_000_000_000L);
    }

    @Test
    void aPatternThatDoesNotParse_isNamedSo() {
        assertThat(LinearRegex.problem("(unclosed").en()).startsWith("not a valid pattern");
        assertThat(LinearRegex.problem("(unclosed").zh()).startsWith("不是有效的模式");
        assertThat(LinearRegex.problem("x".repeat(501)).en()).contains("500");
        assertThat(LinearRegex.problem("x".repeat(501)).zh()).isEqualTo("须写出模式，且至多 500 个字符");
    }

    @Test
    void acceptedPatterns_matchInLinearTime() {
        assertThat(LinearRegex.find("请加 微 信 abc", "加.?微.?信")).isTrue();
        assertThat(LinearRegex.matches("12345678", "[0-9]{5,11}")).isTrue();
        assertThat(LinearRegex.find("a".repeat(50_000) + "c", "(a+)+b")).isFalse();
    }
}
