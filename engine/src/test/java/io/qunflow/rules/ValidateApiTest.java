package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
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

    @Test
    void syntaxError_isInvalidWithTheLineItIsOn() {
        Reply reply =
                validate(compliance(), "welcome", "package x;\nrule \"Broken\"\nwhen\n    $v : Verdict( \nthen\nend\n");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("valid").asBoolean()).isFalse();
        assertThat(reply.body().get("errors").get(0).get("line").asInt()).isEqualTo(6);
        assertThat(reply.body().get("errors").get(0).get("message").asText()).isNotBlank();
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
