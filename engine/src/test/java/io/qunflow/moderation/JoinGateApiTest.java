package io.qunflow.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.TestGroup;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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

    TestGroup group;
    final AtomicInteger sequence = new AtomicInteger();

    @BeforeEach
    void openGroup() {
        group = TestGroup.of(port).idStartingWith("gate").open();
    }

    private Reply join(String memberId, String nickname, OffsetDateTime at) {
        return group.newMember(memberId).nickname(nickname).role("MEMBER").joins(at);
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
                        .get("/api/v1/groups/" + group.id + "/members/rude/strikes")
                        .body()
                        .get("strikes"))
                .hasSize(1);
    }

    @Test
    void rejoin_ofAMemberRemovedForAViolation_isRecognisedAndRemovedAgain_notWelcomed() {
        String member = "returning";
        join(member, "小张", DAY);
        Reply removal = group.say(member, DAY.plusDays(1), "信用卡套现，黑户也能秒下款");
        assertThat(decided(removal, "moderation")).containsExactly("REMOVE_MEMBER", "DELETE_MESSAGE");
        group.event("MEMBER_LEFT", member, DAY.plusDays(1).plusMinutes(1), "{}");

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
                        .params(group.id, member)
                        .query(String.class)
                        .single())
                .as("the join itself is recorded; the connector carries out the removal")
                .isEqualTo("IN_GROUP");
    }

    @Test
    void rejoin_ofAMemberRemovedForAViolation_reportedAsAdmin_keepsTheStoredRoleAndIsRemovedAgain() {
        String member = "claims-admin";
        join(member, "小王", DAY);
        group.say(member, DAY.plusDays(1), "信用卡套现，黑户也能秒下款");
        group.event("MEMBER_LEFT", member, DAY.plusDays(1).plusMinutes(1), "{}");

        Reply rejoin = group.newMember(member).nickname("小王").role("ADMIN").joins(DAY.plusDays(3));

        assertThat(decided(rejoin, "moderation")).containsExactly("REMOVE_MEMBER");
        assertThat(decided(rejoin, "welcome")).isEmpty();
        assertThat(storedRole(member))
                .as("a join never raises a known member's role")
                .isEqualTo("MEMBER");
        assertThat(group.member(member).body().get("role").asText()).isEqualTo("MEMBER");
    }

    @Test
    void rejoin_inABatch_ofAMemberRemovedForAViolation_reportedAsOwner_keepsTheStoredRole() {
        String member = "claims-owner";
        join(member, "小赵", DAY);
        group.say(member, DAY.plusDays(1), "信用卡套现，黑户也能秒下款");
        group.event("MEMBER_LEFT", member, DAY.plusDays(1).plusMinutes(1), "{}");
        String at = DAY.plusDays(3).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);

        Reply batch = group.api().post("/api/v1/events:batch", """
                        {"events":[{"groupId":"%s","eventId":"%s-batch-rejoin","type":"MEMBER_JOINED",\
                        "memberId":"%s","at":"%s","payload":{"nickname":"小赵","role":"OWNER"}}]}""".formatted(group.id, group.id, member, at));

        assertThat(batch.status()).as(batch.raw()).isEqualTo(200);
        assertThat(batch.body()
                        .get("results")
                        .get(0)
                        .get("answer")
                        .get("actions")
                        .findValuesAsText("type"))
                .containsExactly("REMOVE_MEMBER");
        assertThat(storedRole(member)).isEqualTo("MEMBER");
    }

    @Test
    void rejoin_ofAnAdminWhoLeft_reportedAsAMember_isStoredAsTheLesserRole() {
        String member = "former-admin";
        group.newMember(member).nickname("店长").role("ADMIN").joins(DAY);
        group.event("MEMBER_LEFT", member, DAY.plusDays(1), "{}");

        group.newMember(member).nickname("店长").role("MEMBER").joins(DAY.plusDays(2));

        assertThat(storedRole(member)).isEqualTo("MEMBER");
    }

    private String storedRole(String member) {
        return jdbc.sql("SELECT role FROM qf_member WHERE group_id = ? AND member_id = ?")
                .params(group.id, member)
                .query(String.class)
                .single();
    }

    @Test
    void rejoin_ofAMemberWhoLeftOnTheirOwn_isWelcomedAgain() {
        String member = "back-again";
        join(member, "小李", DAY);
        group.say(member, DAY.plusHours(1), "谢谢大家的推荐");
        group.event("MEMBER_LEFT", member, DAY.plusDays(1), "{}");

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
                        .params(group.id, member)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void join_staffWithAContactInTheNickname_isLetThrough() {
        Reply reply = group.newMember("shop-staff")
                .nickname("客服小美 微信 meimei888")
                .role("STAFF")
                .joins(DAY);

        assertThat(decided(reply, "moderation")).isEmpty();
        assertThat(actionTypes(reply)).doesNotContain("REMOVE_MEMBER", "WARN_MEMBER");
    }
}
