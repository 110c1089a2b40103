package io.qunflow.members;

import static io.qunflow.TestGroup.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.TestGroup;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The member list operators browse, and keeping a member from pruning with a reason. */
@ApiTest
class MemberListApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    TestGroup group;
    ApiClient operator;

    @BeforeEach
    void openGroupWithMembers() {
        group = TestGroup.of(port).type("CONTENT").open();
        operator = ApiClient.asUser(port, "operator", "qunflow");
        group.newMember("wx_amy").nickname("Amy 小爱").joins(daysAgo(40));
        group.newMember("wx_bob").nickname("阿强").joins(daysAgo(40));
        group.newMember("wx_cat").nickname("100%_真诚").joins(daysAgo(40));
        group.newMember("wx_dan").nickname("丹丹").joins(daysAgo(20));
        for (int i = 0; i < 6; i++) {
            group.event("amy-" + i, "MESSAGE_POSTED", "wx_amy", daysAgo(i), "{\"text\":\"今天也来打卡\"}");
        }
        group.event("bob-1", "MESSAGE_POSTED", "wx_bob", daysAgo(3), "{\"text\":\"好的\"}");
    }

    private String path(String query) {
        return "/api/v1/groups/" + group.id + "/members" + query;
    }

    @Test
    void list_pagesTheMembersMostRecentlyActiveFirst_withLayerPersonaStrikesPointsAndLastActive() {
        Reply first = operator.get(path("?size=2"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("total").asInt()).isEqualTo(4);
        assertThat(first.body().get("items").findValuesAsText("memberId")).containsExactly("wx_amy", "wx_bob");
        JsonNode amy = first.body().get("items").get(0);
        assertThat(amy.get("nickname").asText()).isEqualTo("Amy 小爱");
        assertThat(amy.get("layer").asText()).isIn("core", "active", "silent", "churned");
        assertThat(amy.has("persona")).isTrue();
        assertThat(amy.get("strikes").asInt()).isZero();
        assertThat(amy.get("points").isNumber()).isTrue();
        assertThat(amy.get("lastActiveAt").asText()).isNotEmpty();
        Reply second = operator.get(path("?size=2&page=1"));
        assertThat(second.body().get("items").findValuesAsText("memberId"))
                .containsExactlyInAnyOrder("wx_cat", "wx_dan");
        assertThat(second.body().get("page").asInt()).isEqualTo(1);
    }

    @Test
    void list_filtersByLayer_andSearchesIdsAndNicknames_takingWildcardsLiterally() {
        String silentLayer = jdbc.sql("SELECT layer FROM qf_member WHERE group_id = ? AND member_id = 'wx_cat'")
                .param(group.id)
                .query(String.class)
                .single();

        JsonNode silent = operator.get(path("?layer=" + silentLayer)).body();
        assertThat(silent.get("items").findValuesAsText("layer")).containsOnly(silentLayer);
        assertThat(silent.get("items").findValuesAsText("memberId"))
                .contains("wx_cat")
                .doesNotContain("wx_amy");
        assertThat(operator.get(path("?q=" + encode("小爱"))).body().get("items").findValuesAsText("memberId"))
                .containsExactly("wx_amy");
        assertThat(operator.get(path("?q=WX_D")).body().get("items").findValuesAsText("memberId"))
                .containsExactly("wx_dan");
        assertThat(operator.get(path("?q=" + encode("%_"))).body().get("items").findValuesAsText("memberId"))
                .containsExactly("wx_cat");
        assertThat(operator.get(path("?q=" + encode("%"))).body().get("total").asInt())
                .isEqualTo(1);

        Reply bad = operator.get(path("?layer=vip&size=500&page=-1"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("layer", "page", "size");
        assertThat(operator.get("/api/v1/groups/nope/members").status()).isEqualTo(404);
    }

    @Test
    void list_refusesAPageSoFarOnThatItsOffsetWouldOverflow_ratherThanFailing() {
        // 21,474,837 × 100 is past the largest int: the offset wrapped round to a negative number
        // and the database refused it, a 500 any viewer could cause.
        Reply far = operator.get(path("?page=21474837&size=100"));

        assertThat(far.status()).isEqualTo(400);
        assertThat(far.body().get("errors").findValuesAsText("field")).containsExactly("page");
        Reply last = operator.get(path("?page=1000000&size=100"));
        assertThat(last.status()).isEqualTo(200);
        assertThat(last.body().get("items")).isEmpty();
        assertThat(last.body().get("total").asInt()).isEqualTo(4);
    }

    @Test
    void keep_sparesTheMemberFromPruningWithTheReason_isAudited_andReleaseLetsPruningJudgeThemAgain() {
        Reply kept = operator.post(path("/wx_cat/keep"), """
                {"reason":"老客户，只看不说，每月都下单"}""");

        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.body().get("keptReason").asText()).isEqualTo("老客户，只看不说，每月都下单");
        assertThat(kept.body().get("keptBy").asText()).isEqualTo("operator");
        assertThat(kept.body().get("explanation").toString()).contains("kept from pruning by operator: 老客户，只看不说，每月都下单");
        Map<String, Object> stored = jdbc.sql(
                        "SELECT kept_reason, kept_by FROM qf_member WHERE group_id = ? AND member_id = 'wx_cat'")
                .param(group.id)
                .query()
                .singleRow();
        assertThat(stored).containsEntry("kept_reason", "老客户，只看不说，每月都下单").containsEntry("kept_by", "operator");
        assertThat(operator.get(path("?q=wx_cat"))
                        .body()
                        .at("/items/0/keptReason")
                        .asText())
                .isEqualTo("老客户，只看不说，每月都下单");

        JsonNode dryRun = operator.post("/api/v1/groups/" + group.id + "/pruning-runs?dryRun=true", "")
                .body();
        assertThat(dryRun.get("candidates").findValuesAsText("memberId"))
                .doesNotContain("wx_cat")
                .contains("wx_dan");
        JsonNode spared = dryRun.get("spared");
        assertThat(spared.findValuesAsText("memberId")).contains("wx_cat");
        assertThat(spared.toString()).contains("kept from pruning by operator: 老客户，只看不说，每月都下单");

        operator.post("/api/v1/groups/" + group.id + "/pruning-runs", "");
        assertThat(warnedAt("wx_cat")).as("a kept member is not warned").isNull();
        assertThat(warnedAt("wx_dan"))
                .as("an inactive member who is not kept is")
                .isNotNull();

        Reply released = operator.delete(path("/wx_cat/keep?reason=" + encode("三个月没下单了")));
        assertThat(released.status()).isEqualTo(200);
        assertThat(released.body().get("keptReason").isNull()).isTrue();
        assertThat(operator.post("/api/v1/groups/" + group.id + "/pruning-runs?dryRun=true", "")
                        .body()
                        .get("candidates")
                        .findValuesAsText("memberId"))
                .contains("wx_cat");
        JsonNode audit = operator.get(
                        "/api/v1/audit?subjectType=MEMBER_PRUNING&subject=" + encode(group.id + "/wx_cat"))
                .body();
        assertThat(audit.findValuesAsText("change")).containsExactly("RELEASED", "KEPT");
        assertThat(audit.findValuesAsText("comment")).containsExactly("三个月没下单了", "老客户，只看不说，每月都下单");
    }

    @Test
    void keep_needsAReason_aKnownMember_andAnOperator() {
        assertThat(operator.post(path("/wx_cat/keep"), "{\"reason\":\" \"}").status())
                .isEqualTo(400);
        assertThat(operator.post(path("/nobody/keep"), "{\"reason\":\"x\"}").status())
                .isEqualTo(404);
        assertThat(ApiClient.asUser(port, "viewer", "qunflow")
                        .post(path("/wx_cat/keep"), "{\"reason\":\"x\"}")
                        .status())
                .isEqualTo(403);
        assertThat(ApiClient.asUser(port, "viewer", "qunflow")
                        .delete(path("/wx_cat/keep"))
                        .status())
                .isEqualTo(403);
        assertThat(jdbc.sql("SELECT kept_at FROM qf_member WHERE group_id = ? AND member_id = 'wx_cat'")
                        .param(group.id)
                        .query(java.time.OffsetDateTime.class)
                        .optional())
                .isEmpty();
    }

    private Object warnedAt(String memberId) {
        return jdbc.sql("SELECT prune_warned_at FROM qf_member WHERE group_id = ? AND member_id = ?")
                .params(group.id, memberId)
                .query()
                .singleRow()
                .get("prune_warned_at");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
