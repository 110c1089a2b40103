package io.qunflow.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The join gate end to end: nicknames screened like messages, members removed for a violation
 * recognised when they come back, and neither welcomed as a new member.
 */
@ApiTest
class JoinGateApiTest {

    private static final OffsetDateTime DAY = OffsetDateTime.now(ZoneOffset.ofHours(8))
            .truncatedTo(ChronoUnit.DAYS)
            .minusDays(5)
            .withHour(9);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String groupId;
    final AtomicInteger sequence = new AtomicInteger();

    @BeforeEach
    void openGroup() {
        api = ApiClient.withKey(port, "qf_dev_key");
        groupId = "gate-" + UUID.randomUUID();
        assertThat(api.post("/api/v1/groups", """
                {"id":"%s","name":"宝妈育儿群","intro":"育儿经验交流","type":"CONTENT"}""".formatted(groupId)).status()).isEqualTo(201);
    }

    private Reply event(String type, String memberId, OffsetDateTime at, String payload) {
        String eventId = groupId + "-" + sequence.incrementAndGet();
        Reply reply =
                api.post("/api/v1/groups/" + groupId + "/events", """
                {"eventId":"%s","type":"%s","memberId":"%s","at":"%s","payload":%s}""".formatted(eventId, type, memberId, at, payload));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply;
    }

    private Reply join(String memberId, String nickname, OffsetDateTime at) {
        return event(
                "MEMBER_JOINED",
                memberId,
                at,
                "{\"nickname\":%s,\"role\":\"MEMBER\"}".formatted(TextNode.valueOf(nickname)));
    }

    private static List<String> decided(Reply reply, String ruleSet) {
        List<String> outcomes = new ArrayList<>();
        for (JsonNode decision : reply.body().get("decisions")) {
            if (decision.get("ruleSet").asText().equals(ruleSet)) {
                outcomes.add(decision.get("outcome").asText());
            }
        }
        return outcomes;
    }

    private static JsonNode moderationDecision(Reply reply) {
        for (JsonNode decision : reply.body().get("decisions")) {
            if (decision.get("ruleSet").asText().equals("moderation")) {
                return decision;
            }
        }
        throw new AssertionError("no moderation decision in " + reply.raw());
    }

    private static List<String> actionTypes(Reply reply) {
        return reply.body().get("actions").findValuesAsText("type");
    }

    private List<String> storedActions(String eventId) {
        return jdbc.sql("SELECT type FROM qf_action WHERE event_id = ? ORDER BY seq")
                .param(eventId)
                .query(String.class)
                .list();
    }

    @ParameterizedTest
    @ValueSource(strings = {"进裙716219118领福利", "小美 V我 13800138000", "加薇信meimei888", "好物分享 abc。top"})
    void join_nicknameAdvertisingAContactOrLink_isRefusedWithItsEvidenceAndNotWelcomed(String nickname) {
        String member = "ad-" + sequence.incrementAndGet();

        Reply reply = join(member, nickname, DAY);

        assertThat(decided(reply, "moderation")).containsExactly("REMOVE_MEMBER");
        assertThat(decided(reply, "welcome")).isEmpty();
        JsonNode decision = moderationDecision(reply);
        assertThat(decision.get("rule").asText())
                .isEqualTo("A nickname that advertises a contact or a link is refused");
        JsonNode evidence = decision.get("evidence");
        assertThat(nickname).contains(evidence.get("matchedOriginal").asText());
        assertThat(decision.get("reason").asText())
                .contains(
                        "昵称「" + nickname + "」", evidence.get("matchedOriginal").asText(), "检测：");
        assertThat(actionTypes(reply)).containsExactly("REMOVE_MEMBER");
        String eventId = reply.body().get("eventId").asText();
        assertThat(storedActions(eventId)).containsExactly("REMOVE_MEMBER");
        assertThat(jdbc.sql("SELECT outcome, matched_original FROM qf_strike WHERE event_id = ?")
                        .param(eventId)
                        .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2))
                        .list())
                .containsExactly(
                        "REMOVE_MEMBER|" + evidence.get("matchedOriginal").asText());
    }

    @Test
    void join_nicknameWithOtherOffendingWords_isAskedToChangeInPlainWords_andNotWelcomed() {
        Reply reply = join("rude", "你们都是傻逼", DAY);

        assertThat(decided(reply, "moderation")).containsExactly("WARN_MEMBER");
        assertThat(moderationDecision(reply).get("rule").asText())
                .isEqualTo("A nickname with other offending words is asked to change");
        assertThat(decided(reply, "welcome")).isEmpty();
        JsonNode warning = reply.body().get("actions").get(0);
        assertThat(warning.get("type").asText()).isEqualTo("WARN_MEMBER");
        assertThat(warning.get("text").asText()).startsWith("请修改您的群昵称").doesNotContain("ABUSE");
        assertThat(ApiClient.asUser(port, "viewer", "qunflow")
                        .get("/api/v1/groups/" + groupId + "/members/rude/strikes")
                        .body()
                        .get("strikes"))
                .hasSize(1);
    }

    @Test
    void rejoin_ofAMemberRemovedForAViolation_isRecognisedAndRemovedAgain_notWelcomed() {
        String member = "returning";
        join(member, "小张", DAY);
        Reply removal = event("MESSAGE_POSTED", member, DAY.plusDays(1), "{\"text\":\"信用卡套现，黑户也能秒下款\"}");
        assertThat(decided(removal, "moderation")).containsExactly("REMOVE_MEMBER", "DELETE_MESSAGE");
        event("MEMBER_LEFT", member, DAY.plusDays(1).plusMinutes(1), "{}");

        Reply rejoin = join(member, "张先生", DAY.plusDays(3));

        assertThat(decided(rejoin, "moderation")).containsExactly("REMOVE_MEMBER");
        assertThat(decided(rejoin, "welcome")).isEmpty();
        assertThat(decided(rejoin, "rewards")).isEmpty();
        JsonNode decision = moderationDecision(rejoin);
        assertThat(decision.get("rule").asText())
                .isEqualTo("A member removed for violations who rejoins is removed again");
        assertThat(decision.get("reason").asText())
                .contains("曾因违规被移出本群1次", "2天前", "A severe offence removes the member at once", "套现");
        assertThat(storedActions(rejoin.body().get("eventId").asText())).containsExactly("REMOVE_MEMBER");
        assertThat(jdbc.sql("SELECT status FROM qf_member WHERE group_id = ? AND member_id = ?")
                        .params(groupId, member)
                        .query(String.class)
                        .single())
                .as("the join itself is recorded; the connector carries out the removal")
                .isEqualTo("IN_GROUP");
    }

    @Test
    void rejoin_ofAMemberWhoLeftOnTheirOwn_isWelcomedAgain() {
        String member = "back-again";
        join(member, "小李", DAY);
        event("MESSAGE_POSTED", member, DAY.plusHours(1), "{\"text\":\"谢谢大家的推荐\"}");
        event("MEMBER_LEFT", member, DAY.plusDays(1), "{}");

        Reply rejoin = join(member, "小李", DAY.plusDays(2));

        assertThat(decided(rejoin, "moderation")).isEmpty();
        assertThat(decided(rejoin, "welcome")).containsExactly("SEND_MESSAGE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"小雨妈妈2019🌸", "Amy_88", "静静 🍓 1990", "加菲猫🐱", "十一月的萧邦", "Lucky 7️⃣"})
    void join_ordinaryNicknameWithNumbersOrEmoji_isWelcomedAsBefore(String nickname) {
        String member = "plain-" + sequence.incrementAndGet();

        Reply reply = join(member, nickname, DAY);

        assertThat(decided(reply, "moderation")).isEmpty();
        assertThat(decided(reply, "welcome")).containsExactly("SEND_MESSAGE");
        assertThat(reply.body().get("actions").get(0).get("text").asText()).startsWith("@" + nickname + " ");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_strike WHERE group_id = ? AND member_id = ?")
                        .params(groupId, member)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void join_staffWithAContactInTheNickname_isLetThrough() {
        Reply reply =
                event("MEMBER_JOINED", "shop-staff", DAY, "{\"nickname\":\"客服小美 微信 meimei888\",\"role\":\"STAFF\"}");

        assertThat(decided(reply, "moderation")).isEmpty();
        assertThat(actionTypes(reply)).doesNotContain("REMOVE_MEMBER", "WARN_MEMBER");
    }
}
