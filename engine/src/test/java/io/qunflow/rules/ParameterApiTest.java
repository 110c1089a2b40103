package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ApiTest
class ParameterApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuleParameters parameters;

    @Test
    void shippedParameters_areListedWithTheirBoundsAndDescription() {
        Reply list = ApiClient.asUser(port, "viewer", "qunflow").get("/api/v1/parameters");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().findValuesAsText("name"))
                .contains("moderation.flood-messages", "moderation.strike-window-days");
        assertThat(list.body().findValuesAsText("changedBy")).contains("system");
    }

    @Test
    void aChange_isVersionedAuditedAndReadByTheNextEvaluation() {
        ApiClient compliance = ApiClient.asUser(port, "compliance", "qunflow");
        int before = compliance
                .get("/api/v1/parameters/moderation.new-member-hours")
                .body()
                .get("parameter")
                .get("version")
                .asInt();

        Reply changed = compliance.put(
                "/api/v1/parameters/moderation.new-member-hours",
                "{\"value\":\"48\",\"comment\":\"双11期间新人观察期延长 🛡️\"}");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("value").asText()).isEqualTo("48");
        assertThat(changed.body().get("version").asInt()).isEqualTo(before + 1);
        assertThat(changed.body().get("changedBy").asText()).isEqualTo("compliance");
        assertThat(parameters.number("moderation.new-member-hours")).isEqualTo(48.0);
        assertThat(parameters.facts("moderation")).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("moderation.new-member-hours");
            assertThat(p.number()).isEqualTo(48.0);
        });
        Reply read = compliance.get("/api/v1/parameters/moderation.new-member-hours");
        assertThat(read.body().get("history").get(0).get("comment").asText()).isEqualTo("双11期间新人观察期延长 🛡️");
        assertThat(jdbc.sql("SELECT diff FROM qf_audit WHERE subject = 'moderation.new-member-hours'"
                                + " AND change = 'CHANGED' ORDER BY id DESC")
                        .query(String.class)
                        .list()
                        .get(0))
                .contains("+ moderation.new-member-hours = 48");

        compliance.put("/api/v1/parameters/moderation.new-member-hours", "{\"value\":\"24\",\"comment\":\"恢复\"}");
    }

    @Test
    void badValues_areRefusedWithTheReason_andNothingChanges() {
        ApiClient compliance = ApiClient.asUser(port, "compliance", "qunflow");
        int version = parameters.get("moderation.flood-seconds").version();

        Reply notNumber =
                compliance.put("/api/v1/parameters/moderation.flood-seconds", "{\"value\":\"三十\",\"comment\":\"x\"}");
        Reply outOfBounds =
                compliance.put("/api/v1/parameters/moderation.flood-seconds", "{\"value\":\"0\",\"comment\":\"x\"}");
        Reply fraction =
                compliance.put("/api/v1/parameters/moderation.flood-seconds", "{\"value\":\"2.5\",\"comment\":\"x\"}");
        Reply noComment = compliance.put("/api/v1/parameters/moderation.flood-seconds", "{\"value\":\"20\"}");
        Reply unknown = compliance.put("/api/v1/parameters/nope", "{\"value\":\"1\",\"comment\":\"x\"}");
        Reply notAllowed = ApiClient.asUser(port, "operator", "qunflow")
                .put("/api/v1/parameters/moderation.flood-seconds", "{\"value\":\"20\",\"comment\":\"x\"}");

        assertThat(notNumber.status()).isEqualTo(400);
        assertThat(notNumber.body().get("errors").get(0).get("message").asText())
                .isEqualTo("must be a number");
        assertThat(outOfBounds.body().get("errors").get(0).get("message").asText())
                .isEqualTo("must be between 1 and 3600");
        assertThat(fraction.body().get("errors").get(0).get("message").asText()).isEqualTo("must be a whole number");
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(notAllowed.status()).isEqualTo(403);
        assertThat(parameters.get("moderation.flood-seconds").version()).isEqualTo(version);
    }

    @Test
    void aHostList_isStoredLowerCaseAndSpaceSeparated_andTheRulesReadItAsText() {
        ApiClient compliance = ApiClient.asUser(port, "compliance", "qunflow");
        try {
            Reply changed = compliance.put(
                    "/api/v1/parameters/moderation.own-link-hosts",
                    "{\"value\":\" Brand.COM，shop.brand.com、 xn--fiqs8s.cn brand.com \",\"comment\":\"本店网站\"}");

            assertThat(changed.status()).isEqualTo(200);
            assertThat(changed.body().get("value").asText()).isEqualTo("brand.com shop.brand.com xn--fiqs8s.cn");
            assertThat(jdbc.sql("SELECT kind || ':' || current_value FROM qf_parameter"
                                    + " WHERE name = 'moderation.own-link-hosts'")
                            .query(String.class)
                            .single())
                    .isEqualTo("HOSTS:brand.com shop.brand.com xn--fiqs8s.cn");
            assertThat(parameters.facts("moderation")).anySatisfy(p -> {
                assertThat(p.name()).isEqualTo("moderation.own-link-hosts");
                assertThat(p.value()).isEqualTo("brand.com shop.brand.com xn--fiqs8s.cn");
                assertThat(p.number()).isNaN();
            });
        } finally {
            compliance.put("/api/v1/parameters/moderation.own-link-hosts", "{\"value\":\"\",\"comment\":\"恢复\"}");
        }
    }

    @Test
    void aHostListWithAnAddressAWildcardOrAnIp_isRefusedNamingTheEntry_andNothingChanges() {
        ApiClient compliance = ApiClient.asUser(port, "compliance", "qunflow");
        int version = parameters.get("moderation.own-link-hosts").version();

        Reply refused = compliance.put(
                "/api/v1/parameters/moderation.own-link-hosts",
                "{\"value\":\"brand.com https://brand.tmall.com/ *.brand.com 10.0.0.1 localhost 品牌.中国 -bad.com\","
                        + "\"comment\":\"x\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors"))
                .extracting(error -> error.get("message").asText())
                .containsExactly(
                        "「https://brand.tmall.com/」 is a web address: write its host name only, such as shop.example.com",
                        "「*.brand.com」 has a wildcard: subdomains are included anyway, write brand.com",
                        "「10.0.0.1」 is an IP address, not a host name",
                        "「localhost」 is no host name: a host name has a dot, such as example.com",
                        "「品牌.中国」 is no host name: use letters a–z, digits and hyphens between the dots"
                                + " (an internationalised name in its xn-- form)",
                        "「-bad.com」 is no host name: use letters a–z, digits and hyphens between the dots"
                                + " (an internationalised name in its xn-- form)");
        assertThat(parameters.get("moderation.own-link-hosts").version()).isEqualTo(version);
        assertThat(parameters.get("moderation.own-link-hosts").value()).isEmpty();
    }

    @Test
    void fullWidthDigits_areStoredAsTheNumberTheyWrite_soTheNextEvaluationReadsIt() {
        ApiClient compliance = ApiClient.asUser(port, "compliance", "qunflow");
        int version = parameters.get("moderation.flood-seconds").version();
        try {
            // A Chinese input method writes full-width digits; the rules read the value as a number.
            Reply changed = compliance.put(
                    "/api/v1/parameters/moderation.flood-seconds", "{\"value\":\"４５\",\"comment\":\"全角数字\"}");
            Reply scoped = compliance.put(
                    "/api/v1/parameters/moderation.flood-seconds/scopes",
                    "{\"groupType\":\"FLASH\",\"value\":\"１５\",\"comment\":\"秒杀群\"}");

            assertThat(changed.status()).isEqualTo(200);
            assertThat(changed.body().get("value").asText()).isEqualTo("45");
            assertThat(changed.body().get("version").asInt()).isEqualTo(version + 1);
            assertThat(parameters.number("moderation.flood-seconds")).isEqualTo(45.0);
            assertThat(jdbc.sql("SELECT current_value FROM qf_parameter WHERE name = 'moderation.flood-seconds'")
                            .query(String.class)
                            .single())
                    .isEqualTo("45");
            assertThat(scoped.status()).isEqualTo(200);
            assertThat(scoped.body().get("value").asText()).isEqualTo("15");
            assertThat(parameters.scopes("moderation.flood-seconds"))
                    .extracting(ParameterScope::value)
                    .containsExactly("15");
        } finally {
            compliance.delete("/api/v1/parameters/moderation.flood-seconds/scopes?groupType=FLASH&comment=restore");
            compliance.put("/api/v1/parameters/moderation.flood-seconds", "{\"value\":\"30\",\"comment\":\"恢复\"}");
        }
    }

    @Test
    void aScopeForAGroupTypeThatDoesNotExist_isRefused_andNothingIsStored() {
        ApiClient compliance = ApiClient.asUser(port, "compliance", "qunflow");
        int scopes = parameters.scopes("moderation.flood-seconds").size();
        int audited = jdbc.sql("SELECT COUNT(*) FROM qf_audit WHERE subject = 'moderation.flood-seconds'")
                .query(Integer.class)
                .single();

        Reply scope = compliance.put(
                "/api/v1/parameters/moderation.flood-seconds/scopes",
                "{\"groupType\":\"BOGUS\",\"value\":\"20\",\"comment\":\"x\"}");

        assertThat(scope.status()).isEqualTo(400);
        assertThat(scope.body().get("detail").asText()).isEqualTo("The scoped parameter is invalid");
        assertThat(scope.body().get("errors").findValuesAsText("field")).containsExactly("groupType");
        assertThat(scope.body().get("errors").get(0).get("message").asText())
                .isEqualTo("must be one of [TRAFFIC, CONTENT, FLASH, CHECKIN]");
        assertThat(parameters.scopes("moderation.flood-seconds")).hasSize(scopes);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_audit WHERE subject = 'moderation.flood-seconds'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(audited);
    }

    @Test
    void requestsWithoutAValueOrComment_areRefusedNamingTheFields_andNothingChanges() {
        ApiClient compliance = ApiClient.asUser(port, "compliance", "qunflow");
        int version = parameters.get("moderation.flood-seconds").version();
        int scopes = parameters.scopes("moderation.flood-seconds").size();

        Reply change = compliance.put("/api/v1/parameters/moderation.flood-seconds", "{\"comment\":\" \"}");
        Reply scope = compliance.put(
                "/api/v1/parameters/moderation.flood-seconds/scopes", "{\"phase\":\"LAUNCH\",\"value\":\"20\"}");
        Reply unscope = compliance.delete("/api/v1/parameters/moderation.flood-seconds/scopes?phase=LAUNCH");

        assertThat(change.status()).isEqualTo(400);
        assertThat(change.contentType()).startsWith("application/problem+json");
        assertThat(change.body().get("detail").asText()).isEqualTo("The parameter change is invalid");
        assertThat(change.body().get("errors").findValuesAsText("field")).containsExactly("value", "comment");
        assertThat(change.body().get("errors").findValuesAsText("message")).containsOnly("is required");
        assertThat(scope.status()).isEqualTo(400);
        assertThat(scope.body().get("detail").asText()).isEqualTo("The scoped parameter is invalid");
        assertThat(scope.body().get("errors").findValuesAsText("field")).containsExactly("comment");
        assertThat(unscope.status()).isEqualTo(400);
        assertThat(unscope.contentType()).startsWith("application/problem+json");
        assertThat(unscope.body().get("detail").asText()).isEqualTo("The scoped parameter is invalid");
        assertThat(unscope.body().get("errors").findValuesAsText("field")).containsExactly("comment");
        assertThat(parameters.get("moderation.flood-seconds").version()).isEqualTo(version);
        assertThat(parameters.scopes("moderation.flood-seconds")).hasSize(scopes);
    }

    @Test
    void aChangeCommittedByAnotherNode_isPickedUpByThePoll() {
        double before = parameters.number("moderation.flood-seconds");
        jdbc.sql("UPDATE qf_parameter SET current_value = '45' WHERE name = 'moderation.flood-seconds'")
                .update();
        jdbc.sql("UPDATE qf_revision SET revision = revision + 1 WHERE subject = 'parameters'")
                .update();
        try {
            parameters.reloadIfChangedElsewhere();

            assertThat(parameters.number("moderation.flood-seconds")).isEqualTo(45.0);
        } finally {
            jdbc.sql("UPDATE qf_parameter SET current_value = ? WHERE name = 'moderation.flood-seconds'")
                    .param(String.valueOf((long) before))
                    .update();
            jdbc.sql("UPDATE qf_revision SET revision = revision + 1 WHERE subject = 'parameters'")
                    .update();
            parameters.reloadIfChangedElsewhere();
        }
    }
}
