package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.common.Words;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RuleSandboxTest {

    private final RuleSandbox sandbox = new RuleSandbox();

    private static String rule(String when, String then) {
        return """
                package io.qunflow.rules.test;
                import io.qunflow.rules.model.ChatMessage;
                import io.qunflow.rules.model.LinearRegex;
                import io.qunflow.rules.model.Verdict;
                rule "Under test"
                when
                    %s
                    $v : Verdict( )
                then
                    %s
                end
                """.formatted(when, then);
    }

    private List<RuleProblem> errors(String source) {
        return sandbox.check(source).errors();
    }

    @Test
    void namesAndGroupsThatReadAsSentences_inAnyScript_compileAndFire() {
        String source = rule("$m : ChatMessage( )", "$v.decide(\"NOTE\", \"x\");")
                .replace(
                        "rule \"Under test\"",
                        "rule \"首次违规：警告并删除（含链接、二维码）— 50% off? ok!\"\n"
                                + "    agenda-group \"审核·moderation\"\n    activation-group 'one case'");

        assertThat(errors(source)).isEmpty();
        CompiledRuleSet compiled =
                new RuleSetCompiler().compileChecked("names", 1, source, 10_000, java.time.Duration.ofSeconds(5));
        assertThat(compiled.ruleNames()).containsExactly("首次违规：警告并删除（含链接、二维码）— 50% off? ok!");
    }

    @Test
    void aComparisonDroolsWouldSettleByTurningASideIntoText_isRefused_andNothingRuns() {
        String source = rule(
                "$m : ChatMessage( text == Boolean.valueOf(\"" + HostileDrl.FLIPPED_PAYLOAD + "\") )",
                "$v.decide(\"NOTE\", \"x\");");

        assertThat(errors(source)).extracting(RuleProblem::message).anyMatch(m -> m.contains("cannot be compared"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RuleSetCompiler()
                        .compileChecked("flipped", 1, source, 10_000, java.time.Duration.ofSeconds(5)))
                .isInstanceOf(RuleCompilationException.class);
        assertThat(System.getProperty(HostileDrl.FLIPPED_PROPERTY)).isNull();
    }

    @Test
    void aCharComparedWithANumber_isRefused_andNothingRuns() {
        String source = rule(
                        "Parameter( number == '\"' || name == \".length()) || System.setProperty(String.valueOf(new"
                                + " char[]{113,102,46,99,104,97,114}), String.valueOf(new char[]{114,97,110})) == \" ||"
                                + " number == '\"' )",
                        "$v.decide(\"NOTE\", \"x\");")
                .replace(
                        "import io.qunflow.rules.model.Verdict;",
                        "import io.qunflow.rules.model.Verdict;\nimport io.qunflow.rules.model.Parameter;");

        assertThat(errors(source)).extracting(RuleProblem::message).anyMatch(m -> m.contains("cannot be compared"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RuleSetCompiler()
                        .compileChecked("char", 1, source, 10_000, java.time.Duration.ofSeconds(5)))
                .isInstanceOf(RuleCompilationException.class);
        assertThat(System.getProperty("qf.char")).isNull();
    }

    @Test
    void comparisonsOfOneKind_stillPass() {
        for (String condition : List.of(
                "$m : ChatMessage( text == \"hi\", hoursSinceJoined < 24.5, role != null )",
                "$m : ChatMessage( text > \"a\", staff == false )")) {
            assertThat(errors(rule(condition, "$v.decide(\"NOTE\", \"x\");")))
                    .as(condition)
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\"b", "a\\b", "a\nb", "a\u200bb", "a\u202eb", "a\u0000b", ""})
    void aNameThatWouldNotStayText_isRefused(String name) {
        assertThat(WrittenNames.problem(new Words("the rule's name", "规则名"), name))
                .isNotNull();
    }

    @Test
    void aNameOfMoreThanTwoHundredCharacters_isRefused() {
        assertThat(WrittenNames.problem(new Words("the rule's name", "规则名"), "规".repeat(200)))
                .isNull();
        assertThat(WrittenNames.problem(new Words("the rule's name", "规则名"), "规".repeat(201))
                        .zh())
                .contains("200");
    }

    static List<String> shippedRuleFiles() throws IOException {
        return java.util.Arrays.stream(new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                        .getResources("classpath*:rules/*.drl"))
                .map(org.springframework.core.io.Resource::getFilename)
                .sorted()
                .toList();
    }

    @Test
    void theAllowList_holdsEveryTypeOfThePublishedFactModel() throws IOException {
        List<String> published = java.util.Arrays.stream(
                        new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                                .getResources("classpath*:io/qunflow/rules/model/*.class"))
                .map(org.springframework.core.io.Resource::getFilename)
                .filter(f -> !f.contains("$") && !f.equals("package-info.class"))
                .map(f -> f.substring(0, f.length() - ".class".length()))
                .sorted()
                .toList();

        List<Class<?>> allowed = new java.util.ArrayList<>(AllowedTypes.FACT_MODEL);
        allowed.addAll(AllowedTypes.MODEL_HELPERS);

        assertThat(allowed).extracting(Class::getSimpleName).containsExactlyInAnyOrderElementsOf(published);
    }

    @ParameterizedTest
    @MethodSource("shippedRuleFiles")
    void shippedRules_passTheSandbox(String file) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/rules/" + file)) {
            String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);

            assertThat(sandbox.check(source).errors()).isEmpty();
        }
    }

    @Test
    void systemExitInAConsequence_isRefusedAtItsLineAndColumn() {
        List<RuleProblem> errors = errors(rule("$m : ChatMessage( )", "$v.decide(\"A\", \"b\"); System.exit(0);"));

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(10);
            assertThat(e.column()).isEqualTo(26);
            assertThat(e.message()).contains("System");
        });
    }

    @Test
    void runtimeExec_isRefused() {
        assertThat(errors(rule("ChatMessage( )", "Runtime.getRuntime().exec(\"rm -rf /\");")))
                .extracting(RuleProblem::message)
                .anyMatch(m -> m.contains("Runtime"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Class.forName(\"java.lang.Runtime\");",
                "Object o = $v.getClass().getClassLoader();",
                "java.lang.reflect.Method m = null;",
                "Class<?> c = String.class;",
                "new java.io.File(\"/etc/passwd\").delete();",
                "java.nio.file.Files.readAllLines(null);",
                "new java.net.Socket(\"example.com\", 80);",
                "new Thread(() -> {}).start();",
                "ProcessBuilder p = new ProcessBuilder(\"sh\");",
                "System.out.println(\"hi\");",
                "java.lang.invoke.MethodHandles.lookup();",
                "Integer.getInteger(\"user.home\");",
                "Thread.currentThread().getContextClassLoader();",
                "drools.getKieRuntime().dispose();",
                "kcontext.getKieRuntime();",
                "while (true) { $v.decide(\"A\", \"b\"); }",
                "for (int i = 0; i < 10; i++) { }",
                "synchronized ($v) { }",
                "Runnable r = new Runnable() { public void run() { } };",
                "Object o = this;",
                "String s = java.io.File.separator;",
                "$v.beginEvaluation();",
            })
    void forbiddenCodeInAConsequence_isRefused(String code) {
        assertThat(errors(rule("ChatMessage( )", code)))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.line()).isEqualTo(10));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ChatMessage( text == java.lang.Runtime.getRuntime().toString() )",
                "ChatMessage( text == String.valueOf(Thread.currentThread()) )",
                "ChatMessage( text == (new java.io.File(\"x\")).getName() )",
                "ChatMessage( text == System.getenv(\"HOME\") )",
                "ChatMessage( this.class != null )",
                "ChatMessage( )\n    eval( true )",
            })
    void forbiddenCodeInAConstraint_isRefused(String when) {
        assertThat(errors(rule(when, "$v.decide(\"A\", \"b\");"))).isNotEmpty();
    }

    @Test
    void forbiddenImportsGlobalsAndDeclarations_areRefusedAtTheirLines() {
        String source = """
                package x;
                import java.io.File;
                import io.qunflow.rules.model.Verdict;
                global java.util.List out;
                declare Sneaky
                    path : String
                end
                rule "R" dialect "mvel"
                when
                    $v : Verdict( )
                then
                    $v.decide("A", "b");
                end
                """;

        assertThat(errors(source)).extracting(RuleProblem::line).containsExactly(2, 4, 5, 8);
    }

    /** Refusals whose reason once reached a compliance editor reading Chinese in English only. */
    static Stream<Arguments> refusalsWithTheirChineseReason() {
        return Stream.of(
                Arguments.of("ChatMessage( )", "$v.decide(1, 2);", "Verdict.decide 不接受这样的参数：（int, int）"),
                Arguments.of("ChatMessage( )", "$v.decide(twice(\"a\"), \"b\");", "函数 twice 要的是（int）"),
                Arguments.of(
                        "ChatMessage( text == \"a\" || (== \"b\") == true )",
                        "$v.decide(\"A\", \"b\");",
                        "“||”或“&&”之后须再写出要比较的字段，例如 text == \"a\" || text == \"b\""),
                Arguments.of(
                        "ChatMessage( text == \"a\" || in ('x') )",
                        "$v.decide(\"A\", \"b\");",
                        "“||”或“&&”之后比较的值须是文字或数字，而不是 char"),
                Arguments.of("ChatMessage( )", "Object o = $v.outcome;", "规则代码中不能直接读取字段 outcome：请写 outcome()"),
                Arguments.of("ChatMessage( )", "counted = 1;", "规则中只能给局部变量赋值；counted 不是局部变量（请通过事实的方法修改）"),
                Arguments.of(
                        "ChatMessage( LinearRegex.find(text, \"(unclosed\") )",
                        "$v.decide(\"A\", \"b\");",
                        "LinearRegex 的模式不可用：不是有效的模式（missing closing )）"),
                Arguments.of(
                        "ChatMessage( LinearRegex.find(text, \"(a{1000}){1000}\") )",
                        "$v.decide(\"A\", \"b\");",
                        "LinearRegex 的模式不可用：模式重复得太多：全部展开后会超过 "
                                + io.qunflow.rules.model.LinearRegex.MAX_EXPANDED_SIZE
                                + " 个字符；请少用 {n} 或把次数改小"));
    }

    @ParameterizedTest
    @MethodSource("refusalsWithTheirChineseReason")
    void aRefusal_tellsAChineseReaderWhy(String when, String then, String reason) {
        String source = rule(when, then)
                .replace("rule \"Under test\"", "function int twice(int x) { return x * 2; }\nrule \"Under test\"");

        assertThat(errors(source))
                .extracting(RuleProblem::messageZh)
                .anySatisfy(m -> assertThat(m).endsWith("有误：沙箱检查未通过：" + reason));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "$m : InactiveMember( ) PruningHistory( memberId == $m.memberId() )",
                "$m : InactiveMember( $id : memberId ) PruningHistory( $id == memberId, core )",
                "Parameter( name == \"a\" ) Parameter( name == \"b\" ) InactiveMember( )",
                "ChatMessage( $w : memberId ) Offence( ) MemberStanding( ) MemberActivity( ) Parameter( name == $w )",
                "$m : MemberActivity( ) not MemberActivity( messages30d > $m.messages30d() )",
                "$m : MemberActivity( ) $n : Number( ) from accumulate( MemberActivity( messages30d > $m.messages30d() ),"
                        + " count( 1 ) )",
                "( InactiveMember( ) or MemberActivity( ) ) Parameter( name == \"a\" )"
            })
    void joinsThatMatchAtMostOneMoreFactPerCombination_pass(String when) {
        String source = rule(when, "$v.decide(\"NOTE\", \"x\");")
                .replaceFirst("import", "import io.qunflow.rules.model.*;\nimport");

        assertThat(errors(source)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "InactiveMember( ) MemberActivity( )",
                "$m : InactiveMember( ) PruningHistory( memberId != $m.memberId() )",
                "$m : InactiveMember( ) PruningHistory( memberId == $m.memberId() || core )",
                "Parameter( name == \"a\" ) Parameter( ) Parameter( )",
                "exists ( SopDay( ) and SopDay( ) )",
                "$n : Number( ) from accumulate( LotteryEntrant( ) and LotteryEntrant( ), count( 1 ) )"
            })
    void aSecondListJoinedWithNothingPairingIt_isRefused(String when) {
        String source = rule(when, "$v.decide(\"NOTE\", \"x\");")
                .replaceFirst("import", "import io.qunflow.rules.model.*;\nimport");

        assertThat(errors(source))
                .extracting(RuleProblem::message)
                .anySatisfy(m -> assertThat(m).contains("joins a second list of facts that can be as long as a group"));
    }

    @Test
    void functions_mayComputeButNotReachOutOrRecurse() {
        String source = """
                package x;
                import io.qunflow.rules.model.Verdict;
                function int twice(int x) { return Math.max(x, 0) * 2; }
                function String home() { return System.getProperty("user.home"); }
                function int forever(int x) { return forever(x); }
                rule "R"
                when
                    $v : Verdict( )
                then
                    $v.decide("A", "b" + twice(2));
                end
                """;

        assertThat(errors(source)).extracting(RuleProblem::line).containsExactly(4, 5);
    }

    @Test
    void straightLineRules_areToldFromRulesThatLoopCascadeOrIterate() {
        String decides = "if ($m.text().isEmpty()) { $v.decide(\"A\", \"b\"); } else { $v.decide(\"B\", \"c\"); }";
        assertThat(straightLine(rule("$m : ChatMessage( )", decides))).isTrue();

        assertThat(straightLine(rule("$m : ChatMessage( )", """
                                for (String w : java.util.List.of($m.text(), "b")) {
                                    $v.decide("A", w);
                                }
                                """))).as("a loop").isFalse();
        assertThat(straightLine(rule("$m : ChatMessage( )", "$v.decide(\"A\", \"b\"); update($v);")))
                .as("a change the rules see again")
                .isFalse();
        assertThat(straightLine(rule("$m : ChatMessage( )", "modify($v) { decide(\"A\", \"b\") }")))
                .as("a modify")
                .isFalse();
        assertThat(straightLine(rule("$m : ChatMessage( )", "insert(new Verdict());")))
                .as("an insert")
                .isFalse();
        assertThat(straightLine("""
                        package x;
                        import io.qunflow.rules.model.Offence;
                        import io.qunflow.rules.model.Verdict;
                        rule "R"
                        when
                            $o : Offence( )
                            $c : String( ) from $o.categories()
                            $v : Verdict( )
                        then
                            $v.decide("A", $c);
                        end
                        """)).as("a condition that iterates").isFalse();
        String functions = """
                package x;
                import io.qunflow.rules.model.Verdict;
                function int twice(int x) { return x * 2; }
                function int count(java.util.List<String> items) {
                    int n = 0;
                    for (String item : items) {
                        n = n + 1;
                    }
                    return n;
                }
                rule "R"
                when
                    $v : Verdict( )
                then
                    $v.decide("A", "b" + twice(2));
                end
                """;
        assertThat(straightLine(functions.replace(SOURCE_LOOPING_FUNCTION, "")))
                .as("functions without a loop (the sandbox refuses recursion)")
                .isTrue();
        assertThat(straightLine(functions)).as("a function with a loop").isFalse();
    }

    /** docs/security-rules.md names these; moderation's speed depends on it (docs/benchmarks.md, run 10). */
    @Test
    void theShippedRuleSetsThatAreStraightLine_areTheOnesTheDocsName() throws IOException {
        List<String> straight = new java.util.ArrayList<>();
        for (String file : shippedRuleFiles()) {
            try (InputStream in = getClass().getResourceAsStream("/rules/" + file)) {
                if (straightLine(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                    straight.add(file);
                }
            }
        }
        assertThat(straight)
                .containsExactly(
                        "layering.drl", "lottery.drl", "moderation.drl", "pruning.drl", "sop.drl", "welcome.drl");
    }

    private static final String SOURCE_LOOPING_FUNCTION = """
            function int count(java.util.List<String> items) {
                int n = 0;
                for (String item : items) {
                    n = n + 1;
                }
                return n;
            }
            """;

    private boolean straightLine(String source) {
        RuleSandbox.Findings findings = sandbox.check(source);
        assertThat(findings.errors()).as("the source passes the sandbox").isEmpty();
        return findings.straightLine();
    }

    @Test
    void functions_mayCallEachOther_butNotInACycle() {
        String source = """
                package x;
                import io.qunflow.rules.model.Verdict;
                function int twice(int x) { return x * 2; }
                function int fourTimes(int x) { return twice(twice(x)); }
                function int ping(int x) { return pong(x); }
                function int pong(int x) { return ping(x); }
                rule "R"
                when
                    $v : Verdict( )
                then
                    $v.decide("A", "b" + fourTimes(2));
                end
                """;

        assertThat(errors(source)).extracting(RuleProblem::line).containsExactly(5, 6);
        assertThat(errors(source)).extracting(RuleProblem::message).allMatch(m -> m.contains("may not recurse"));
    }

    @Test
    void ordinaryRuleCode_isAllowed() {
        String code = """
                java.util.List<String> words = new java.util.ArrayList<>();
                    for (String w : $m.text().split(" ")) { words.add(w.trim().toLowerCase()); }
                    long days = java.time.Duration.ofHours($m.hoursSinceJoined()).toDays();
                    double r = Math.max(Math.PI, Integer.MAX_VALUE) + java.math.BigDecimal.ONE.doubleValue();
                    String joined = String.join(",", words) + java.time.LocalDate.of(2026, 11, 11).getDayOfWeek();
                    modify ($v) { decide("NOTE", "n=" + words.size() + days + r + joined) }
                    insert(new io.qunflow.rules.model.Parameter("note", "1", 1));
                    drools.getRule().getName();""";

        assertThat(errors(rule("$m : ChatMessage( text.length() > 3, LinearRegex.find(text, \"加.?微.?信\") )", code)))
                .isEmpty();
    }

    @Test
    void aRuleThatWritesNothing_isAWarningNotAnError() {
        RuleSandbox.Findings findings = sandbox.check(rule("ChatMessage( )", "String unused = \"x\";"));

        assertThat(findings.errors()).isEmpty();
        assertThat(findings.warnings()).singleElement().satisfies(w -> {
            assertThat(w.message()).contains("decides nothing");
            assertThat(w.line()).isEqualTo(10);
        });
    }

    @Test
    void modifyBlocks_areRewrittenIntoCallsThatMapBackToTheSource() {
        String code = "modify ($v) { decide(\"a\", \"}\"), decide(\"b\", \"c\") }\n  $v.x();";

        SourceText.Rewritten rewritten = SourceText.rewriteModify(code);

        assertThat(rewritten.text()).isEqualTo("_modfy($v, decide(\"a\", \"}\"), decide(\"b\", \"c\") );\n  $v.x();");
        int x = rewritten.text().indexOf("$v.x");
        assertThat(rewritten.originOf(x)).isEqualTo(code.indexOf("$v.x"));
        assertThat(rewritten.originOf(rewritten.text().indexOf("decide(\"b\"")))
                .isEqualTo(code.indexOf("decide(\"b\""));
    }
}
