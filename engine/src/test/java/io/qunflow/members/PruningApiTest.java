package io.qunflow.members;

import static io.qunflow.TestGroup.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.AtOnce;
import io.qunflow.RuleForATest;
import io.qunflow.TestGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ApiTest
class PruningApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    PruningRunStore runs;

    TestGroup group;
    ApiClient operator;

    @BeforeEach
    void openGroupWithMembers() {
        group = TestGroup.of(port).type("TRAFFIC").open();
        operator = ApiClient.asUser(port, "operator", "qunflow");
        group.newMember("silent").joins(daysAgo(40));
        group.newMember("quiet").joins(daysAgo(40));
        group.newMember("chatty").joins(daysAgo(40));
        group.newMember("owner").role("OWNER").joins(daysAgo(40));
        group.newMember("koc").role("KOC").joins(daysAgo(40));
        group.newMember("newbie").joins(daysAgo(2));
        group.event("silent-1", "MESSAGE_POSTED", "silent", daysAgo(9), "{\"text\":\"在吗\"}");
        for (int i = 0; i < 5; i++) {
            group.event("silent-old-" + i, "MESSAGE_POSTED", "silent", daysAgo(12), "{\"text\":\"早\"}");
        }
        group.event("quiet-1", "MESSAGE_POSTED", "quiet", daysAgo(1), "{\"text\":\"好的\"}");
        for (int i = 0; i < 5; i++) {
            group.event("chatty-" + i, "MESSAGE_POSTED", "chatty", daysAgo(i), "{\"text\":\"哈哈\"}");
        }
    }

    @Test
    void dryRun_listsExactlyTheEligibleMembersWithReasons_sparesProtectedOnes_andChangesNothing() {
        int actionsBefore = actions().size();

        Reply reply = operator.post("/api/v1/groups/" + group.id + "/pruning-runs?dryRun=true", "");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        assertThat(reply.body().get("dryRun").asBoolean()).isTrue();
        assertThat(byMember(reply.body().get("candidates")))
                .containsExactly(
                        Map.entry("quiet", "WARN_MEMBER: 1 messages in 30 days (< 3)"),
                        Map.entry("silent", "WARN_MEMBER: no message for 9 days (≥ 7)"));
        assertThat(byMember(reply.body().get("spared"))).containsOnlyKeys("owner", "koc", "newbie");
        assertThat(byMember(reply.body().get("spared")).get("koc"))
                .isEqualTo(
                        "SPARE: spared: role KOC is protected; no message for 40 days (≥ 7); 0 messages in 30 days (< 3)");
        assertThat(byMember(reply.body().get("spared")).get("newbie"))
                .startsWith("SPARE: spared: joined 2 days ago (< 7)");
        assertThat(actions()).hasSize(actionsBefore);
        assertThat(warnedAt("silent")).isNull();
    }

    @Test
    void aDryRunNeitherTrueNorFalse_isRefusedInBothLanguages_andNothingRunsOrIsStored() {
        int actionsBefore = actions().size();

        Reply reply = operator.post("/api/v1/groups/" + group.id + "/pruning-runs?dryRun=maybe", "");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(400);
        assertThat(reply.body().get("detail").asText()).isEqualTo("The pruning run is invalid");
        assertThat(reply.body().get("detailZh").asText()).isEqualTo("清理请求有误");
        JsonNode error = reply.body().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("dryRun");
        assertThat(error.get("message").asText()).isEqualTo("must be true or false");
        assertThat(error.get("messageZh").asText()).isEqualTo("须为 true 或 false");
        assertThat(actions()).hasSize(actionsBefore);
        assertThat(warnedAt("silent")).isNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_pruning_run WHERE group_id = ?")
                        .param(group.id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void twoRunsOnTwoNodesAtOnce_warnEachMemberOnce() throws Exception {
        List<Reply> runs = AtOnce.send(
                () -> operator.post("/api/v1/groups/" + group.id + "/pruning-runs", ""),
                () -> operator.post("/api/v1/groups/" + group.id + "/pruning-runs", ""));

        assertThat(runs).extracting(Reply::status).containsOnly(200);
        assertThat(actions())
                .filteredOn(a -> a.startsWith("WARN_MEMBER"))
                .containsExactlyInAnyOrder("WARN_MEMBER silent", "WARN_MEMBER quiet");
    }

    @Test
    void realRuns_warnFirst_thenRemoveAfterGrace_andASecondRunDoesNotWarnAgain() {
        Reply first = operator.post("/api/v1/groups/" + group.id + "/pruning-runs", "");

        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(byMember(first.body().get("candidates")).keySet()).containsExactly("quiet", "silent");
        assertThat(warnedAt("silent")).isNotNull();
        assertThat(actions())
                .filteredOn(a -> a.startsWith("WARN_MEMBER"))
                .containsExactlyInAnyOrder("WARN_MEMBER silent", "WARN_MEMBER quiet");

        Reply second = operator.post("/api/v1/groups/" + group.id + "/pruning-runs", "");
        assertThat(byMember(second.body().get("candidates")).get("silent"))
                .startsWith("AWAIT_GRACE: warned 0 days ago");
        assertThat(actions()).filteredOn(a -> a.startsWith("WARN_MEMBER")).hasSize(2);

        // quiet speaks up during the grace period; silent does not.
        group.event("quiet-2", "MESSAGE_POSTED", "quiet", daysAgo(0), "{\"text\":\"我来啦\"}");
        group.event("quiet-3", "MESSAGE_POSTED", "quiet", daysAgo(0), "{\"text\":\"今天有什么活动\"}");
        jdbc.sql("UPDATE qf_member SET prune_warned_at = prune_warned_at - INTERVAL '3' DAY WHERE group_id = ?")
                .param(group.id)
                .update();
        int membersBefore = group.api()
                .get("/api/v1/groups/" + group.id)
                .body()
                .get("memberCount")
                .asInt();

        Reply third = operator.post("/api/v1/groups/" + group.id + "/pruning-runs", "");

        assertThat(byMember(third.body().get("candidates")))
                .containsExactly(Map.entry(
                        "silent",
                        "REMOVE_MEMBER: warned 3 days ago (grace 3 days) and still no message for 9 days (≥ 7)"));
        assertThat(actions()).filteredOn(a -> a.startsWith("REMOVE_MEMBER")).containsExactly("REMOVE_MEMBER silent");
        assertThat(group.member("silent").body().get("status").asText()).isEqualTo("REMOVED");
        assertThat(group.api()
                        .get("/api/v1/groups/" + group.id)
                        .body()
                        .get("memberCount")
                        .asInt())
                .isEqualTo(membersBefore - 1);
        assertThat(warnedAt("quiet")).as("active again: forgiven").isNull();
    }

    @Test
    void aDissolvedGroup_isRefusedPruning_andNobodyIsWarnedOrRemoved() {
        assertThat(operator.post("/api/v1/groups/" + group.id + "/dissolve", "").status())
                .isEqualTo(200);
        int actionsBefore = actions().size();

        for (String dryRun : List.of("false", "true")) {
            Reply reply = operator.post("/api/v1/groups/" + group.id + "/pruning-runs?dryRun=" + dryRun, "");

            assertThat(reply.status()).as(reply.raw()).isEqualTo(409);
            assertThat(reply.body().get("detail").asText())
                    .isEqualTo("Group '" + group.id + "' was dissolved; nobody is pruned from a dissolved group");
            assertThat(reply.body().get("detailZh").asText()).isEqualTo("社群 " + group.id + " 已解散，不再清理成员");
        }
        assertThat(actions()).hasSize(actionsBefore);
        assertThat(warnedAt("silent")).isNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_pruning_run WHERE group_id = ?")
                        .param(group.id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aWarnedMemberWhoLeftAndCameBack_isWarnedAfresh_notRemovedOnTheOldWarning() {
        assertThat(operator.post("/api/v1/groups/" + group.id + "/pruning-runs", "")
                        .status())
                .isEqualTo(200);
        assertThat(warnedAt("silent")).isNotNull();
        jdbc.sql("UPDATE qf_member SET prune_warned_at = prune_warned_at - INTERVAL '10' DAY WHERE group_id = ?")
                .param(group.id)
                .update();
        // silent leaves and comes back one event at a time, quiet in a batch: both ways of applying events.
        group.event("MEMBER_LEFT", "silent", daysAgo(9), "{}");
        group.newMember("silent").joins(daysAgo(8));
        String batch = "{\"events\":["
                + batched("quiet-left", "MEMBER_LEFT", daysAgo(9)) + ","
                + batched("quiet-back", "MEMBER_JOINED", daysAgo(8)) + "]}";
        assertThat(group.api().post("/api/v1/events:batch", batch).status()).isEqualTo(200);
        assertThat(warnedAt("silent"))
                .as("the warning ended with the membership it was given in")
                .isNull();
        assertThat(warnedAt("quiet"))
                .as("the warning ended with the membership it was given in")
                .isNull();

        Reply run = operator.post("/api/v1/groups/" + group.id + "/pruning-runs", "");

        assertThat(run.status()).as(run.raw()).isEqualTo(200);
        assertThat(byMember(run.body().get("candidates")))
                .containsExactly(
                        Map.entry("quiet", "WARN_MEMBER: 1 messages in 30 days (< 3)"),
                        Map.entry("silent", "WARN_MEMBER: no message for 9 days (≥ 7)"));
        assertThat(actions()).filteredOn(a -> a.startsWith("REMOVE_MEMBER")).isEmpty();
        assertThat(group.member("silent").body().get("status").asText()).isEqualTo("IN_GROUP");
        assertThat(group.member("quiet").body().get("status").asText()).isEqualTo("IN_GROUP");
    }

    private String batched(String eventId, String type, java.time.OffsetDateTime at) {
        return """
                {"groupId":"%s","eventId":"%s","type":"%s","memberId":"quiet","at":"%s","payload":{}}""".formatted(group.id, group.id + "-" + eventId, type, at);
    }

    @Test
    void aPublishedRuleThatRemovesEveryoneSilent_stillRemovesNoOwnerOrKoc() {
        try (RuleForATest careless = RuleForATest.publish(port, "pruning", """
                rule "Everyone silent for a week is removed"
                when
                    $m : InactiveMember( groupId == "%s", daysSinceLastMessage >= 7 )
                    $v : Verdict( )
                then
                    $v.decideFor($m.memberId(), "REMOVE_MEMBER", "silent for a week", null);
                end
                """.formatted(group.id), "一周不说话就移出")) {
            Reply run = operator.post("/api/v1/groups/" + group.id + "/pruning-runs", "");

            assertThat(run.status()).as(run.raw()).isEqualTo(200);
            assertThat(actions())
                    .filteredOn(a -> a.startsWith("REMOVE_MEMBER"))
                    .containsExactly("REMOVE_MEMBER silent");
            assertThat(group.member("owner").body().get("status").asText()).isEqualTo("IN_GROUP");
            assertThat(group.member("koc").body().get("status").asText()).isEqualTo("IN_GROUP");
            assertThat(byMember(run.body().get("candidates"))).doesNotContainKeys("owner", "koc");
            assertThat(run.body().get("spared").findValuesAsText("reason"))
                    .contains("spared: role OWNER is never pruned, whatever the rule; silent for a week");
        }
    }

    @Test
    void aGroupLargerThanOneRuleSession_isLayeredAndPrunedWhole() {
        int extra = 6_000;
        addSilentMembers(extra);

        Reply reply = operator.post("/api/v1/groups/" + group.id + "/pruning-runs?dryRun=true", "");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        assertThat(reply.body().get("candidates")).hasSize(extra + 2);
        assertThat(reply.body().get("spared")).hasSize(3);
    }

    @Test
    void aRealRunOnAGroupOfThousands_isStoredWhole_andReadBackAsItWasAnswered() {
        int extra = 6_000;
        addSilentMembers(extra);

        Reply reply = operator.post("/api/v1/groups/" + group.id + "/pruning-runs?dryRun=false", "");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        String runId = reply.body().get("runId").asText();
        int candidates = reply.body().get("candidates").size();
        int spared = reply.body().get("spared").size();
        int layerChanges = reply.body().get("layerChanges").size();
        assertThat(candidates).isEqualTo(extra + 2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_pruning_run_entry WHERE run_id = ?")
                        .param(runId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(candidates + spared + layerChanges);
        PruningReport stored = runs.find(runId).orElseThrow();
        assertThat(stored.candidates()).hasSize(candidates);
        assertThat(stored.spared()).hasSize(spared);
        assertThat(stored.layerChanges()).hasSize(layerChanges);
        assertThat(stored.candidates().get(0).memberId())
                .isEqualTo(reply.body().get("candidates").get(0).get("memberId").asText());
    }

    @Test
    void pruningRuns_needAnOperator_andAValidDryRunFlag() {
        ApiClient viewer = ApiClient.asUser(port, "viewer", "qunflow");
        assertThat(viewer.post("/api/v1/groups/" + group.id + "/pruning-runs?dryRun=true", "")
                        .status())
                .isEqualTo(403);
        Reply bad = operator.post("/api/v1/groups/" + group.id + "/pruning-runs?dryRun=maybe", "");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").findValuesAsText("field")).containsExactly("dryRun");
        assertThat(operator.post("/api/v1/groups/no-such-group/pruning-runs?dryRun=true", "")
                        .status())
                .isEqualTo(404);
    }

    /** Members who joined 40 days ago and never spoke, written straight to the table for speed. */
    private void addSilentMembers(int count) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {
                group.id, "bulk" + i, java.time.OffsetDateTime.now().minusDays(40)
            });
        }
        new org.springframework.jdbc.core.JdbcTemplate(dataSource)
                .batchUpdate(
                        "INSERT INTO qf_member (group_id, member_id, role, status, joined_at, message_count)"
                                + " VALUES (?, ?, 'MEMBER', 'IN_GROUP', ?, 0)",
                        rows);
    }

    @Test
    void theReport_namesEachMemberByTheirNickname_andNullForAMemberWithout() {
        group.newMember("sleepy").nickname("🌙 夜猫子 مساء").joins(daysAgo(40));
        group.newMember("boss").nickname("群主大大").role("OWNER").joins(daysAgo(40));
        int actionsBefore = actions().size();

        Reply reply = operator.post("/api/v1/groups/" + group.id + "/pruning-runs?dryRun=true", "");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        Map<String, JsonNode> candidates = entries(reply.body().get("candidates"));
        assertThat(candidates).containsOnlyKeys("sleepy", "silent", "quiet");
        assertThat(candidates.get("sleepy").get("nickname").asText()).isEqualTo("🌙 夜猫子 مساء");
        assertThat(candidates.get("silent").has("nickname")).isTrue();
        assertThat(candidates.get("silent").get("nickname").isNull()).isTrue();
        assertThat(entries(reply.body().get("spared"))
                        .get("boss")
                        .get("nickname")
                        .asText())
                .isEqualTo("群主大大");
        assertThat(actions()).hasSize(actionsBefore);
        assertThat(warnedAt("sleepy")).isNull();
    }

    private static Map<String, JsonNode> entries(JsonNode list) {
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        list.forEach(e -> entries.put(e.get("memberId").asText(), e));
        return entries;
    }

    private Map<String, String> byMember(JsonNode entries) {
        Map<String, String> map = new LinkedHashMap<>();
        List<JsonNode> sorted = new ArrayList<>();
        entries.forEach(sorted::add);
        sorted.sort(java.util.Comparator.comparing(e -> e.get("memberId").asText()));
        sorted.forEach(e -> map.put(
                e.get("memberId").asText(),
                e.get("outcome").asText() + ": " + e.get("reason").asText()));
        return map;
    }

    private List<String> actions() {
        return jdbc.sql("SELECT type || ' ' || member_id FROM qf_action WHERE group_id = ? AND event_id IS NULL"
                        + " AND type <> 'SEND_MESSAGE' ORDER BY seq")
                .param(group.id)
                .query(String.class)
                .list();
    }

    private Object warnedAt(String memberId) {
        return jdbc.sql("SELECT prune_warned_at FROM qf_member WHERE group_id = ? AND member_id = ?")
                .params(group.id, memberId)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1)))
                .single()
                .orElse(null);
    }
}
