package io.qunflow.members;

import static io.qunflow.TestGroup.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.TestGroup;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ApiTest
class LayeringApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    TestGroup group;

    @BeforeEach
    void openGroup() {
        group = TestGroup.of(port).type("CONTENT").open();
    }

    @Test
    void activityWindows_countByEventTime_soBackfillsAndReplaysGiveTheSameFigures() {
        group.newMember("a").joins(daysAgo(60));
        group.newMember("b").joins(daysAgo(60));
        String[][] events = {
            {"MESSAGE_POSTED", "2", "{\"text\":\"这个奶粉怎么样？\"}"},
            {"MESSAGE_POSTED", "20", "{\"text\":\"推荐一个\",\"link\":true}"},
            {"MESSAGE_POSTED", "50", "{\"text\":\"老消息\"}"},
            {"MESSAGE_POSTED", "120", "{\"text\":\"太老了\"}"},
            {"REACTION_GIVEN", "1", "{\"targetMemberId\":\"c\"}"},
            {"CHECKED_IN", "3", "{}"},
            {"ORDER_PAID", "10", "{\"amountCents\":9900,\"orderId\":\"o1\"}"},
            {"LINK_CLICKED", "25", "{\"url\":\"https://shop.example/x\"}"},
        };
        for (int i = 0; i < events.length; i++) {
            String[] e = events[i];
            group.event("a" + i, e[0], "a", daysAgo(Integer.parseInt(e[1])), e[2]);
        }
        for (int i = events.length - 1; i >= 0; i--) {
            String[] e = events[i];
            group.event("b" + i, e[0], "b", daysAgo(Integer.parseInt(e[1])), e[2]);
        }
        Reply replay = group.event("a0", "MESSAGE_POSTED", "a", daysAgo(2), "{\"text\":\"这个奶粉怎么样？\"}");
        assertThat(replay.body().get("duplicate").asBoolean()).isTrue();

        JsonNode a = group.member("a").body().get("activity");
        JsonNode b = group.member("b").body().get("activity");
        assertThat(((com.fasterxml.jackson.databind.node.ObjectNode) b.deepCopy()).put("memberId", "a"))
                .isEqualTo(a);
        assertThat(a.get("messages7d").asInt()).isEqualTo(1);
        assertThat(a.get("messages30d").asInt()).isEqualTo(2);
        assertThat(a.get("messages100d").asInt()).isEqualTo(3);
        assertThat(a.get("questions30d").asInt()).isEqualTo(1);
        assertThat(a.get("shares30d").asInt()).isEqualTo(1);
        assertThat(a.get("reactionsGiven30d").asInt()).isEqualTo(1);
        assertThat(a.get("checkIns7d").asInt()).isEqualTo(1);
        assertThat(a.get("orders30d").asInt()).isEqualTo(1);
        assertThat(a.get("orderCents30d").asLong()).isEqualTo(9900);
        assertThat(a.get("linkClicks30d").asInt()).isEqualTo(1);
        assertThat(group.member("c")
                        .body()
                        .get("activity")
                        .get("reactionsReceived30d")
                        .asInt())
                .as("the reaction's target is credited")
                .isEqualTo(2);
        assertThat(group.member("a").body().get("lastActiveAt").asText())
                .as("the newest event time, though older events arrived after it")
                .isEqualTo(group.member("b").body().get("lastActiveAt").asText());
        assertThat(jdbc.sql("SELECT SUM(messages) FROM qf_member_day WHERE group_id = ? AND member_id = 'a'")
                        .param(group.id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void twelveMessagesIn30Days_makeAMemberActive_withTheFiguresInWords_andHysteresisKeepsItThroughGrace() {
        group.newMember("mom").nickname("小雨妈妈").joins(daysAgo(40));
        Reply last = null;
        for (int i = 0; i < 12; i++) {
            last = group.event("m" + i, "MESSAGE_POSTED", "mom", daysAgo(i < 3 ? 28 : 1), "{\"text\":\"分享一下\"}");
            if (i == 9) {
                assertThat(last.body().get("actions").findValuesAsText("type"))
                        .as("the tenth message promotes the member")
                        .contains("TAG_MEMBER");
                JsonNode tag = find(last.body().get("actions"), "TAG_MEMBER");
                assertThat(tag.get("text").asText()).isEqualTo("layer:active");
                assertThat(tag.get("memberId").asText()).isEqualTo("mom");
            }
        }
        JsonNode mom = group.member("mom").body();
        assertThat(mom.get("layer").asText()).isEqualTo("active");
        assertThat(mom.get("explanation").get(0).asText())
                .isEqualTo("active: 12 messages in 30 days ≥ 10; not core: 12 messages in 30 days < 30,"
                        + " 0 reactions received < 20");
        assertThat(texts(mom.get("explanation"))).anyMatch(line -> line.startsWith("违规：30天内0次"));
        assertThat(layerTags("mom"))
                .as("joined 40 days ago without a word: churned; back with a message: silent; then active")
                .containsExactly("layer:churned", "layer:silent", "layer:active");

        // Time passes for the three oldest messages: 9 in 30 days is within 90% of 10.
        age("mom", 28, 3);
        group.event("click1", "LINK_CLICKED", "mom", daysAgo(0), "{}");
        mom = group.member("mom").body();
        assertThat(mom.get("layer").asText()).isEqualTo("active");
        assertThat(mom.get("explanation").get(0).asText())
                .isEqualTo("active (kept): 9 messages in 30 days ≥ 9 (90% of 10)");

        // Below 90%: demotion is due, but waits out the grace period.
        jdbc.sql("UPDATE qf_member_day SET activity_day = activity_day - 40 WHERE group_id = ? AND member_id = 'mom'"
                        + " AND activity_day > ?")
                .params(group.id, java.time.LocalDate.now().minusDays(5))
                .update();
        group.event("m-late", "MESSAGE_POSTED", "mom", daysAgo(2), "{\"text\":\"我还在\"}");
        mom = group.member("mom").body();
        assertThat(mom.get("layer").asText()).isEqualTo("active");
        assertThat(mom.get("explanation").get(0).asText())
                .startsWith(
                        "active (grace): 1 messages in 30 days < 9 (90% of 10); demoted after a 7-day grace period");
        assertThat(pendingSince("mom")).isNotNull();

        jdbc.sql("UPDATE qf_member SET demotion_due_since = demotion_due_since - INTERVAL '8' DAY"
                        + " WHERE group_id = ? AND member_id = 'mom'")
                .param(group.id)
                .update();
        Reply demoted = group.event("click2", "LINK_CLICKED", "mom", daysAgo(0), "{}");
        assertThat(find(demoted.body().get("actions"), "TAG_MEMBER").get("text").asText())
                .isEqualTo("layer:silent");
        assertThat(demoted.body().get("decisions").findValuesAsText("reason"))
                .anyMatch(r -> r.startsWith("layer active → silent: silent: 1 messages in 30 days < 10"));
        assertThat(group.member("mom").body().get("layer").asText()).isEqualTo("silent");
        assertThat(pendingSince("mom")).isNull();
        assertThat(layerTags("mom")).endsWith("layer:active", "layer:silent").hasSize(4);
    }

    @Test
    void aLayerLockedByStaff_isKeptWhateverTheFigures_andTheGroupCountsLayers() {
        group.newMember("kol").joins(daysAgo(40));
        group.newMember("quiet").joins(daysAgo(40));
        ApiClient operator = ApiClient.asUser(port, "operator", "qunflow");
        Reply locked = operator.post(
                "/api/v1/groups/" + group.id + "/members/kol/layer-lock",
                "{\"layer\":\"core\",\"comment\":\"品牌签约KOL，本月休假\"}");
        assertThat(locked.status()).as(locked.raw()).isEqualTo(200);
        assertThat(locked.body().get("layerLocked").asBoolean()).isTrue();

        group.event("kol-click", "LINK_CLICKED", "kol", daysAgo(0), "{}");
        JsonNode kol = group.member("kol").body();
        assertThat(kol.get("layer").asText()).isEqualTo("core");
        assertThat(kol.get("explanation").get(0).asText()).isEqualTo("core: locked by staff");
        JsonNode layers = group.api().get("/api/v1/groups/" + group.id).body().get("layers");
        assertThat(layers.get("core").asInt()).isEqualTo(1);
        assertThat(layers.get("churned").asInt()).as("no activity for 40 days").isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_audit WHERE subject = ? AND change = 'LOCKED'")
                        .param(group.id + "/kol")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        Reply bad = operator.post(
                "/api/v1/groups/" + group.id + "/members/kol/layer-lock", "{\"layer\":\"vip\",\"comment\":\"x\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").findValuesAsText("field")).containsExactly("layer");
        Reply unlocked =
                operator.post("/api/v1/groups/" + group.id + "/members/kol/layer-unlock", "{\"comment\":\"休假结束\"}");
        assertThat(unlocked.body().get("layerLocked").asBoolean()).isFalse();
    }

    private void age(String memberId, int fromDaysAgo, int by) {
        jdbc.sql("UPDATE qf_member_day SET activity_day = activity_day - " + by
                        + " WHERE group_id = ? AND member_id = ? AND activity_day <= ?")
                .params(group.id, memberId, java.time.LocalDate.now().minusDays(fromDaysAgo - 1))
                .update();
    }

    private Object pendingSince(String memberId) {
        return jdbc.sql("SELECT demotion_due_since FROM qf_member WHERE group_id = ? AND member_id = ?")
                .params(group.id, memberId)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1)))
                .single()
                .orElse(null);
    }

    private List<String> layerTags(String memberId) {
        return jdbc.sql("SELECT text FROM qf_action WHERE group_id = ? AND member_id = ? AND type = 'TAG_MEMBER'"
                        + " ORDER BY seq")
                .params(group.id, memberId)
                .query(String.class)
                .list();
    }

    private static JsonNode find(JsonNode actions, String type) {
        for (JsonNode a : actions) {
            if (a.get("type").asText().equals(type)) {
                return a;
            }
        }
        throw new AssertionError("no " + type + " in " + actions);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
