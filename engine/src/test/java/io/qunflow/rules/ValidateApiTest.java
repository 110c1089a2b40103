package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApiTest
class ValidateApiTest {

    @LocalServerPort
    int port;

    @Autowired
    RuleEngine engine;

    private Reply validate(ApiClient who, String name, String source) {
        return who.post(
                "/api/v1/rulesets/" + name + "/validate",
                "{\"source\":" + JsonNodeFactory.instance.textNode(source) + "}");
    }

    private ApiClient compliance() {
        return ApiClient.asUser(port, "compliance", "qunflow");
    }

    /**
     * Every compile of edited rules takes turns on one thread: without a bound, a burst of
     * validations would make a publish behind them wait for minutes.
     */
    @Test
    void pastTheCompilesThatMayWait_aValidationIsBusy_notQueued() throws Exception {
        String source = compliance()
                .get("/api/v1/rulesets/moderation")
                .body()
                .get("source")
                .asText();
        int requests = 4 * (RuleSets.MAX_WAITING_COMPILES + 1);
        ExecutorService callers = Executors.newFixedThreadPool(requests);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                replies.add(callers.submit(() -> {
                    ApiClient compliance = compliance();
                    go.await();
                    return validate(compliance, "moderation", source);
                }));
            }
            go.countDown();
            List<Reply> answered = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                answered.add(reply.get(2, TimeUnit.MINUTES));
            }

            assertThat(answered).extracting(Reply::status).isSubsetOf(200, 503);
            Reply busy = answered.stream()
                    .filter(r -> r.status() == 503)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no validation was refused as busy"));
            assertThat(busy.contentType()).startsWith("application/problem+json");
            assertThat(busy.body().get("detail").asText())
                    .isEqualTo(RuleSets.MAX_WAITING_COMPILES
                            + " rule compiles are already waiting; nothing was done, send this again in a moment");
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void syntaxError_isInvalidWithTheLineItIsOn() {
        Reply reply =
                validate(compliance(), "welcome", "package x;\nrule \"Broken\"\nwhen\n    $v : Verdict( \nthen\nend\n");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("valid").asBoolean()).isFalse();
        assertThat(reply.body().get("errors").get(0).get("line").asInt()).isEqualTo(6);
        assertThat(reply.body().get("errors").get(0).get("message").asText()).isNotBlank();
        assertThat(reply.body().get("errors").get(0).get("messageZh").asText()).isEqualTo("规则第 6 行有误：编译未通过");
    }

    @Test
    void systemExit_isRefusedByTheSandboxAndTheActiveVersionKeepsServing() {
        int activeBefore = engine.activeVersion("moderation");
        String source = """
                package x;
                import io.qunflow.rules.model.Verdict;
                rule "Shuts the server down"
                when
                    $v : Verdict( )
                then
                    System.exit(1);
                end
                """;

        Reply reply = validate(compliance(), "moderation", source);

        assertThat(reply.body().get("valid").asBoolean()).isFalse();
        assertThat(reply.body().get("errors").get(0).get("line").asInt()).isEqualTo(7);
        assertThat(reply.body().get("errors").get(0).get("column").asInt()).isEqualTo(5);
        assertThat(reply.body().get("errors").get(0).get("message").asText()).contains("System");
        assertThat(reply.body().get("errors").get(0).get("messageZh").asText())
                .isEqualTo("规则第 7 行第 5 列有误：沙箱检查未通过：System 不是规则可以使用的名称");
        assertThat(engine.activeVersion("moderation")).isEqualTo(activeBefore);
    }

    @Test
    void aCallWithArgumentsTheMethodDoesNotTake_andABadPattern_areRefusedWithTheirReasonInChinese() {
        int activeBefore = engine.activeVersion("moderation");
        String source = """
                package x;
                import io.qunflow.rules.model.ChatMessage;
                import io.qunflow.rules.model.LinearRegex;
                import io.qunflow.rules.model.Verdict;
                rule "Calls with what it does not take"
                when
                    ChatMessage( LinearRegex.find(text, "(加微") )
                    $v : Verdict( )
                then
                    $v.decide(1, 2);
                end
                """;

        Reply reply = validate(compliance(), "moderation", source);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("valid").asBoolean()).isFalse();
        assertThat(reply.body().get("errors").findValuesAsText("messageZh"))
                .containsExactlyInAnyOrder(
                        "规则第 7 行第 18 列有误：沙箱检查未通过：LinearRegex 的模式不可用：不是有效的模式（missing closing )）",
                        "规则第 10 行第 5 列有误：沙箱检查未通过：Verdict.decide 不接受这样的参数：（int, int）");
        assertThat(engine.activeVersion("moderation")).isEqualTo(activeBefore);
    }

    @Test
    void typeError_isInvalidWithItsLine() {
        String source = """
                package x;
                import io.qunflow.rules.model.Verdict;
                rule "Calls what is not there"
                when
                    $v : Verdict( )
                then
                    $v.decideLoudly("A", "b");
                end
                """;

        Reply reply = validate(compliance(), "welcome", source);

        assertThat(reply.body().get("valid").asBoolean()).isFalse();
        assertThat(reply.body().get("errors").findValuesAsText("message")).isNotEmpty();
        assertThat(reply.body().get("errors").get(0).get("line").asInt()).isPositive();
    }

    @Test
    void aGoodSource_isValidAndWarnsAboutARuleThatDecidesNothing() {
        String source = """
                package io.qunflow.rules.welcome;
                import io.qunflow.rules.model.MemberJoin;
                import io.qunflow.rules.model.Verdict;
                rule "Every member is greeted by name 🌸"
                when
                    $j : MemberJoin( !staff, nickname != null )
                    $v : Verdict( )
                then
                    java.util.List<String> parts = new java.util.ArrayList<>();
                    for (String part : $j.welcomeMessage().split("！")) { parts.add(part.trim()); }
                    $v.decide("SEND_MESSAGE", "welcome " + Math.max(1, $j.memberNumber()), "@" + $j.nickname() + String.join(" ", parts));
                end
                rule "Counts silently"
                when
                    MemberJoin( )
                then
                    int n = 1;
                end
                """;

        Reply reply = validate(compliance(), "welcome", source);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("valid").asBoolean()).isTrue();
        assertThat(reply.body().get("errors")).isEmpty();
        assertThat(reply.body().get("warnings").findValuesAsText("message"))
                .anyMatch(m -> m.contains("Counts silently"));
        // The shape docs/rules.md and docs/security-rules.md give, Chinese included.
        assertThat(fieldNames(reply.body())).containsExactly("valid", "errors", "warnings");
        assertThat(fieldNames(reply.body().get("warnings").get(0)))
                .containsExactly("line", "column", "message", "messageZh");
        assertThat(reply.body().get("warnings").findValuesAsText("messageZh")).allMatch(m -> m.startsWith("规则第 "));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void badRequests_areAnsweredAsProblems() {
        assertThat(compliance().post("/api/v1/rulesets/welcome/validate", "{}").status())
                .isEqualTo(400);
        assertThat(validate(compliance(), "no-such-rules", "package x;").status())
                .isEqualTo(404);
        assertThat(validate(ApiClient.asUser(port, "viewer", "qunflow"), "welcome", "package x;")
                        .status())
                .isEqualTo(403);
    }
}
