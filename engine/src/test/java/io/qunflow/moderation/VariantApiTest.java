package io.qunflow.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.AtOnce;
import io.qunflow.TestDatabase;
import io.qunflow.TestGroup;
import io.qunflow.common.Revisions;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The variant data as compliance edits it through the API: validated, versioned, audited, live for the next message. */
@ApiTest
class VariantApiTest {

    private static final String CHARACTERS = "/api/v1/word-lists/variants/characters";
    private static final OffsetDateTime JOINED = OffsetDateTime.now(ZoneOffset.ofHours(8))
            .truncatedTo(ChronoUnit.DAYS)
            .minusDays(10)
            .withHour(9);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LiveScreener live;

    @Autowired
    LexiconStore lexicon;

    @Autowired
    Revisions revisions;

    @Autowired
    TransactionTemplate tx;

    TestGroup group;

    @BeforeEach
    void openGroup() {
        group = TestGroup.of(port).idStartingWith("variants").open();
    }

    @Test
    void rollback_toNoVersionOrANegativeOne_isRefusedInBothLanguages_andChangesNothing() {
        int active = compliance().get(CHARACTERS).body().at("/file/version").asInt();

        Reply missing = compliance().post(CHARACTERS + "/rollback", "{\"comment\":\"回滚\"}");
        Reply negative = compliance().post(CHARACTERS + "/rollback", "{\"version\":-1,\"comment\":\"回滚\"}");

        assertThat(missing.status()).as(missing.raw()).isEqualTo(400);
        assertThat(missing.body().at("/errors/0/field").asText()).isEqualTo("version");
        assertThat(missing.body().at("/errors/0/messageZh").asText()).isEqualTo("必填");
        assertThat(negative.status()).as(negative.raw()).isEqualTo(400);
        assertThat(negative.body().at("/errors/0/message").asText()).isEqualTo("must be 1 or more");
        assertThat(negative.body().at("/errors/0/messageZh").asText()).isEqualTo("须不小于 1");
        assertThat(compliance().get(CHARACTERS).body().at("/file/version").asInt())
                .isEqualTo(active);
    }

    private ApiClient compliance() {
        return ApiClient.asUser(port, "compliance", "qunflow");
    }

    private static List<String> moderation(Reply reply) {
        List<String> outcomes = new ArrayList<>();
        for (JsonNode decision : reply.body().get("decisions")) {
            if (decision.get("ruleSet").asText().equals("moderation")) {
                outcomes.add(decision.get("outcome").asText());
            }
        }
        return outcomes;
    }

    private int storedVersions() {
        return jdbc.sql("SELECT COUNT(*) FROM qf_variant_version WHERE file_name = 'characters'")
                .query(Integer.class)
                .single();
    }

    private static String publishBody(String csv, String comment) {
        return "{\"csv\":%s,\"comment\":%s}".formatted(TextNode.valueOf(csv), TextNode.valueOf(comment));
    }

    @Test
    void twoVersionsPublishedAtOnce_areNumberedOneAfterTheOther_andEachAuditDiffIsAgainstItsPredecessor()
            throws Exception {
        JsonNode live = compliance().get(CHARACTERS).body();
        String csv = live.get("file").get("csv").asText().stripTrailing();
        int version = live.get("file").get("version").asInt();

        List<Reply> published = AtOnce.send(
                () -> compliance().post(CHARACTERS + "/versions", publishBody(csv + "\n⊕,加,symbol\n", "节点甲")),
                () -> compliance().post(CHARACTERS + "/versions", publishBody(csv + "\n⊗,加,symbol\n", "节点乙")));
        Reply rolledBack =
                compliance().post(CHARACTERS + "/rollback", "{\"version\":%d,\"comment\":\"恢复\"}".formatted(version));

        assertThat(published)
                .allSatisfy(reply -> assertThat(reply.status()).as(reply.raw()).isEqualTo(201));
        assertThat(published)
                .extracting(reply -> reply.body().get("version").asInt())
                .containsExactlyInAnyOrder(version + 1, version + 2);
        assertThat(jdbc.sql("SELECT diff FROM qf_audit WHERE subject_type = 'VARIANT_DATA' AND subject = 'characters'"
                                + " AND comment IN ('节点甲', '节点乙')")
                        .query(String.class)
                        .list())
                .anySatisfy(diff -> assertThat(diff).contains("version " + version + " -> " + (version + 1)))
                .anySatisfy(diff -> assertThat(diff)
                        .contains("version " + (version + 1) + " -> " + (version + 2))
                        .contains("- "));
        assertThat(rolledBack.status()).isEqualTo(201);
    }

    @Test
    void aNewLookAlike_publishedThroughTheApi_catchesTheNextMessage_withAnAuditEntry_andRollsBack() {
        group.newMember("mum").nickname("小雨妈妈").joins(JOINED);
        JsonNode live = compliance().get(CHARACTERS).body();
        String csv = live.get("file").get("csv").asText();
        int version = live.get("file").get("version").asInt();
        String dodge = "⊕微信聊，送试用装";
        assertThat(moderation(group.say("mum", JOINED.plusDays(1), dodge))).isEmpty();

        Reply published = compliance()
                .post(CHARACTERS + "/versions", publishBody(csv.stripTrailing() + "\n⊕,加,symbol\n", "圆圈加号冒充「加」 ⊕"));
        Reply caught = group.say("mum", JOINED.plusDays(1).plusMinutes(1), dodge);
        Reply rolledBack = compliance()
                .post(CHARACTERS + "/rollback", "{\"version\":%d,\"comment\":\"测试结束，恢复\"}".formatted(version));
        Reply afterRollback = group.say("mum", JOINED.plusDays(3), dodge);

        assertThat(published.status()).as(published.raw()).isEqualTo(201);
        assertThat(published.body().get("version").asInt()).isEqualTo(version + 1);
        assertThat(published.body().get("author").asText()).isEqualTo("compliance");
        assertThat(moderation(caught)).containsExactly("WARN_MEMBER", "DELETE_MESSAGE");
        JsonNode evidence = caught.body().get("decisions").get(0).get("evidence");
        assertThat(evidence.get("term").asText()).isEqualTo("加微信");
        assertThat(evidence.get("matchedOriginal").asText()).isEqualTo("⊕微信");
        assertThat(evidence.get("matchedNormalized").asText()).isEqualTo("加微信");
        assertThat(jdbc.sql("SELECT diff FROM qf_audit WHERE subject_type = 'VARIANT_DATA' AND subject = 'characters'"
                                + " AND change = 'PUBLISHED' AND comment = '圆圈加号冒充「加」 ⊕'")
                        .query(String.class)
                        .single())
                .contains("version " + version + " -> " + (version + 1), "+ ⊕,加,symbol")
                .doesNotContain("- ");
        assertThat(rolledBack.status()).as(rolledBack.raw()).isEqualTo(201);
        assertThat(rolledBack.body().get("version").asInt()).isEqualTo(version + 2);
        assertThat(rolledBack.body().get("csv").asText()).isEqualTo(csv);
        assertThat(moderation(afterRollback)).isEmpty();
        assertThat(compliance().get(CHARACTERS).body().get("history").findValuesAsText("comment"))
                .startsWith("测试结束，恢复", "圆圈加号冒充「加」 ⊕");
    }

    @Test
    void aMalformedRow_isRefusedWith400NamingTheRow_andNothingIsStored() {
        int before = storedVersions();
        String csv = "variant,canonical,kind\n⊕,加,symbol\nab,加,symbol\n⊗,x,nonsense\n";

        Reply refused = compliance().post(CHARACTERS + "/versions", publishBody(csv, "坏行"));
        Reply validated = compliance().post(CHARACTERS + "/validate", "{\"csv\":%s}".formatted(TextNode.valueOf(csv)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("detail").asText()).contains("line 3", "and 1 more");
        assertThat(refused.body().get("errors").findValuesAsText("message"))
                .satisfiesExactly(
                        m -> assertThat(m).startsWith("line 3: the variant must be one character, not 'ab'"),
                        m -> assertThat(m).startsWith("line 4: unknown kind 'nonsense'"));
        // A compliance editor reads every problem, and the summary, in Chinese too.
        assertThat(refused.body().get("detailZh").asText())
                .isEqualTo("变体字数据 characters 有误：第 3 行：变体字须是一个字符，而不是「ab」（另有 1 处）");
        assertThat(refused.body().get("errors").findValuesAsText("messageZh"))
                .containsExactly(
                        "第 3 行：变体字须是一个字符，而不是「ab」",
                        "第 4 行：未知的类型「nonsense」，应为其中之一：[emoji, homophone, lookalike, numeral, symbol]");
        assertThat(storedVersions()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_audit WHERE comment = '坏行'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(validated.status()).isEqualTo(200);
        assertThat(validated.body().get("valid").asBoolean()).isFalse();
        assertThat(validated.body().get("errors").findValuesAsText("line")).containsExactly("3", "4");
        assertThat(validated.body().get("errors").findValuesAsText("messageZh"))
                .containsExactly(
                        "变体字须是一个字符，而不是「ab」", "未知的类型「nonsense」，应为其中之一：[emoji, homophone, lookalike, numeral, symbol]");
    }

    @Test
    void anInvisibleVariant_aZeroWidthSpaceOrADirectionMark_isRefused_andNothingIsStored() {
        int before = storedVersions();
        String csv = "variant,canonical,kind\n\u200b,加,symbol\n\u202e,微,symbol\n";

        Reply refused = compliance().post(CHARACTERS + "/versions", publishBody(csv, "看不见的字"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").findValuesAsText("message"))
                .containsExactly(
                        "line 2: the variant must be a visible character, not U+200B",
                        "line 3: the variant must be a visible character, not U+202E");
        assertThat(refused.body().get("errors").findValuesAsText("messageZh"))
                .containsExactly("第 2 行：变体字须是看得见的字符，而不是 U+200B", "第 3 行：变体字须是看得见的字符，而不是 U+202E");
        assertThat(storedVersions()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_audit WHERE comment = '看不见的字'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aCueFileThatLeavesACueMeaningless_isRefused_andACharacterTableThatBreaksTheLiveCues_too() {
        Reply badCue = compliance()
                .post(
                        "/api/v1/word-lists/variants/cues/versions",
                        publishBody("cue,kind\n私聊,private-chat\n~~~,contact\n", "x"));
        Reply unknownFile = compliance().post("/api/v1/word-lists/variants/emoji/versions", publishBody("a", "x"));
        Reply noComment = compliance().post(CHARACTERS + "/versions", "{\"csv\":\"variant,canonical,kind\\n\"}");

        assertThat(badCue.status()).isEqualTo(400);
        assertThat(badCue.body().get("errors").get(0).get("message").asText())
                .startsWith("line 3: '~~~' has no matchable characters");
        assertThat(badCue.body().get("errors").get(0).get("messageZh").asText())
                .isEqualTo("第 3 行：「~~~」去掉分隔符和符号后，没有剩下可以匹配的字");
        assertThat(unknownFile.status()).isEqualTo(404);
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.body().get("errors").findValuesAsText("field")).contains("comment");
    }

    @Test
    void aCharacterTableUnderWhichALiveTermWouldMatchNothingOrOneCharacter_isRefused_andTheLiveTableStays() {
        JsonNode live = compliance().get(CHARACTERS).body();
        String csv = live.get("file").get("csv").asText();
        int version = live.get("file").get("version").asInt();
        Reply widened = compliance()
                .post(
                        CHARACTERS + "/versions",
                        publishBody(csv.stripTrailing() + "\n⊕,加,symbol\n⊗,加,symbol\n", "圆圈符号"));
        assertThat(widened.status()).as(widened.raw()).isEqualTo(201);
        List<String> terms = List.of("⊕⊗", "⊕⊗k");
        try {
            for (String term : terms) {
                Reply added = compliance().post("/api/v1/word-lists/entries", """
                        {"term":%s,"category":"CONTACT","severity":"MEDIUM","comment":"符号加"}""".formatted(TextNode.valueOf(term)));
                assertThat(added.status()).as(added.raw()).isEqualTo(201);
            }
            int before = storedVersions();

            // The table without ⊕ and ⊗: ⊕⊗ would normalise to nothing (a matcher that cannot be
            // built, on this node now and on every node at its next start), ⊕⊗k to the one letter k.
            Reply narrowed = compliance().post(CHARACTERS + "/versions", publishBody(csv, "去掉圆圈符号"));
            Reply rolledBack = compliance()
                    .post(CHARACTERS + "/rollback", "{\"version\":%d,\"comment\":\"回到旧表\"}".formatted(version));
            Reply validated =
                    compliance().post(CHARACTERS + "/validate", "{\"csv\":%s}".formatted(TextNode.valueOf(csv)));

            for (Reply refused : List.of(narrowed, rolledBack)) {
                assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
                assertThat(refused.body().get("errors").findValuesAsText("message"))
                        .anySatisfy(m -> assertThat(m).contains("'⊕⊗'", "no matchable characters"))
                        .anySatisfy(m -> assertThat(m).contains("'⊕⊗k'", "one character"));
                assertThat(refused.body().get("errors").findValuesAsText("messageZh"))
                        .contains("在用的词库词条「⊕⊗」按这张表没有剩下可以匹配的字", "在用的词库词条「⊕⊗k」按这张表只剩一个字（「k」），会标记每一条含有这个字的消息");
            }
            assertThat(validated.body().get("valid").asBoolean()).isFalse();
            assertThat(storedVersions()).isEqualTo(before);
            assertThat(compliance()
                            .get(CHARACTERS)
                            .body()
                            .get("file")
                            .get("csv")
                            .asText())
                    .isEqualTo(widened.body().get("csv").asText());
            assertThat(this.live.screener().screen("看这里⊕⊗", MessageFlags.NONE).hits())
                    .extracting(Hit::term)
                    .contains("⊕⊗");
        } finally {
            for (String term : terms) {
                compliance()
                        .delete("/api/v1/word-lists/entries?term="
                                + java.net.URLEncoder.encode(term, java.nio.charset.StandardCharsets.UTF_8)
                                + "&comment=cleanup");
            }
            Reply restored = compliance()
                    .post(CHARACTERS + "/rollback", "{\"version\":%d,\"comment\":\"恢复\"}".formatted(version));
            assertThat(restored.status()).as(restored.raw()).isEqualTo(201);
        }
    }

    @Test
    void aStoredTermWithNothingToMatch_costsOnlyItself_notTheMatcher() {
        jdbc.sql("INSERT INTO qf_lexicon_entry (term, category, severity, added_by, added_at)"
                        + " VALUES ('~~~', 'CONTACT', 'HIGH', 'node-2', CURRENT_TIMESTAMP),"
                        + " ('喵喵团购群', 'COMPETITOR', 'MEDIUM', 'node-2', CURRENT_TIMESTAMP)")
                .update();
        jdbc.sql("UPDATE qf_revision SET revision = revision + 1 WHERE subject = 'word-lists'")
                .update();
        try {
            live.reloadIfChangedElsewhere();

            assertThat(live.screener().screen("来喵喵团购群", MessageFlags.NONE).hits())
                    .extracting(Hit::term)
                    .containsExactly("喵喵团购群");
        } finally {
            jdbc.sql("DELETE FROM qf_lexicon_entry WHERE added_by = 'node-2'").update();
            jdbc.sql("UPDATE qf_revision SET revision = revision + 1 WHERE subject = 'word-lists'")
                    .update();
            live.reloadIfChangedElsewhere();
        }
        assertThat(live.screener().screen("来喵喵团购群", MessageFlags.NONE).clean()).isTrue();
    }

    @Test
    void viewersRead_onlyCompliancePublishes() {
        ApiClient viewer = ApiClient.asUser(port, "viewer", "qunflow");

        Reply files = viewer.get("/api/v1/word-lists/variants");
        Reply publish = viewer.post(CHARACTERS + "/versions", publishBody("variant,canonical,kind\n", "x"));

        assertThat(files.status()).isEqualTo(200);
        assertThat(files.body().findValuesAsText("name")).containsExactly("characters", "cues");
        assertThat(files.body().get(0).get("rows").asInt()).isGreaterThan(90);
        assertThat(publish.status()).isEqualTo(403);
    }

    @Test
    void aVersionPublishedOnAnotherNode_isPickedUpByThePoll() {
        String csv = jdbc.sql("SELECT content FROM qf_variant_version WHERE file_name = 'characters'"
                        + " ORDER BY version DESC FETCH FIRST 1 ROWS ONLY")
                .query(String.class)
                .single();
        int next = jdbc.sql("SELECT MAX(version) + 1 FROM qf_variant_version WHERE file_name = 'characters'")
                .query(Integer.class)
                .single();
        String text = "⊕微信聊";
        assertThat(live.screener().screen(text, MessageFlags.NONE).clean()).isTrue();
        jdbc.sql("INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)"
                        + " VALUES ('characters', ?, ?, 'node-2', 'x', CURRENT_TIMESTAMP)")
                .params(next, csv + "\n⊕,加,symbol\n")
                .update();
        jdbc.sql("UPDATE qf_revision SET revision = revision + 1 WHERE subject = 'variants'")
                .update();
        try {
            live.reloadIfChangedElsewhere();

            assertThat(live.screener().screen(text, MessageFlags.NONE).hits())
                    .extracting(Hit::term)
                    .contains("加微信");
        } finally {
            jdbc.sql("DELETE FROM qf_variant_version WHERE file_name = 'characters' AND version = ?")
                    .param(next)
                    .update();
            jdbc.sql("UPDATE qf_revision SET revision = revision + 1 WHERE subject = 'variants'")
                    .update();
            live.reloadIfChangedElsewhere();
        }
        assertThat(live.screener().screen(text, MessageFlags.NONE).clean()).isTrue();
    }

    private static final String WIDENED_ROWS = "\n⊕,加,symbol\n⊗,加,symbol\n";

    private Reply addTerm(String term) {
        return compliance().post("/api/v1/word-lists/entries", """
                {"term":%s,"category":"CONTACT","severity":"MEDIUM","comment":"符号加"}""".formatted(TextNode.valueOf(term)));
    }

    private void removeTerm(String term) {
        compliance()
                .delete("/api/v1/word-lists/entries?term="
                        + java.net.URLEncoder.encode(term, java.nio.charset.StandardCharsets.UTF_8)
                        + "&comment=cleanup");
    }

    private int termsNamed(String term) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_lexicon_entry WHERE term = ?")
                .param(term)
                .query(Integer.class)
                .single();
    }

    @Test
    void aTermAddedOnANodeThatHasNotReloadedATableCommittedElsewhere_isCheckedAgainstThatTable() {
        String csv = compliance().get(CHARACTERS).body().get("file").get("csv").asText();
        Reply widened =
                compliance().post(CHARACTERS + "/versions", publishBody(csv.stripTrailing() + WIDENED_ROWS, "圆圈符号"));
        assertThat(widened.status()).as(widened.raw()).isEqualTo(201);
        // Another node publishes the table without ⊕ and ⊗, and this node has not reloaded it yet:
        // under the committed table the term is the one letter z.
        jdbc.sql("INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)"
                        + " VALUES ('characters', ?, ?, 'compliance', '另一节点去掉圆圈符号', CURRENT_TIMESTAMP)")
                .params(widened.body().get("version").asInt() + 1, csv)
                .update();
        String term = "⊗⊕z";
        try {
            Reply added = addTerm(term);

            assertThat(added.status()).as(added.raw()).isEqualTo(400);
            assertThat(added.body().get("detailZh").asText()).isEqualTo("词库条目有误");
            assertThat(added.body().get("errors").findValuesAsText("message"))
                    .anySatisfy(m -> assertThat(m).contains("is one character once normalised ('z')"));
            assertThat(termsNamed(term)).isZero();
        } finally {
            removeTerm(term);
            jdbc.sql("UPDATE qf_revision SET revision = revision + 1 WHERE subject = ?")
                    .param(LiveScreener.VARIANTS)
                    .update();
            live.rebuild();
        }
    }

    @Test
    void aTablePublishedWhileATermIsBeingAddedOnAnotherNode_waitsForIt_andIsCheckedAgainstIt() throws Exception {
        JsonNode before = compliance().get(CHARACTERS).body();
        String csv = before.get("file").get("csv").asText();
        int version = before.get("file").get("version").asInt();
        Reply widened =
                compliance().post(CHARACTERS + "/versions", publishBody(csv.stripTrailing() + WIDENED_ROWS, "圆圈符号"));
        assertThat(widened.status()).as(widened.raw()).isEqualTo(201);
        int stored = storedVersions();
        String term = "⊗⊕y";
        ExecutorService otherNode = Executors.newSingleThreadExecutor();
        try {
            // The term is added as another node adds it: its revision row locked, its row not yet
            // committed. The table leaves it the one letter y, and is sent meanwhile.
            Future<Reply> narrowing = tx.execute(status -> {
                revisions.bump(LiveScreener.WORD_LISTS);
                lexicon.insert(
                        new LexiconEntry(term, Category.CONTACT, Severity.MEDIUM),
                        "compliance",
                        OffsetDateTime.now(ZoneOffset.UTC));
                Future<Reply> reply =
                        otherNode.submit(() -> compliance().post(CHARACTERS + "/versions", publishBody(csv, "去掉圆圈符号")));
                while (!reply.isDone() && !aSessionWaitsForALock()) {
                    Thread.onSpinWait();
                }
                return reply;
            });
            Reply narrowed = narrowing.get();

            assertThat(narrowed.status()).as(narrowed.raw()).isEqualTo(400);
            assertThat(narrowed.body().get("errors").findValuesAsText("message"))
                    .anySatisfy(m -> assertThat(m).contains("'" + term + "'", "one character"));
            assertThat(storedVersions()).isEqualTo(stored);
            assertThat(termsNamed(term)).isOne();
        } finally {
            otherNode.shutdown();
            removeTerm(term);
            Reply restored = compliance()
                    .post(CHARACTERS + "/rollback", "{\"version\":%d,\"comment\":\"恢复\"}".formatted(version));
            assertThat(restored.status()).as(restored.raw()).isEqualTo(201);
        }
    }

    /** Whether a database session waits for a row another holds: the request sent is queued behind the test's lock. */
    private boolean aSessionWaitsForALock() {
        String sql = TestDatabase.POSTGRES
                ? "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL";
        return jdbc.sql(sql).query(Integer.class).single() > 0;
    }

    @Test
    void aRollbackToTheLiveVersion_orPublishingTheLiveDataAgain_isRefused_andStoresNothing() {
        JsonNode live = compliance().get(CHARACTERS).body();
        String csv = live.get("file").get("csv").asText();
        int version = live.get("file").get("version").asInt();
        int stored = storedVersions();
        int audited = jdbc.sql("SELECT COUNT(*) FROM qf_audit WHERE subject_type = 'VARIANT_DATA'")
                .query(Integer.class)
                .single();

        Reply rolledBack =
                compliance().post(CHARACTERS + "/rollback", "{\"version\":%d,\"comment\":\"再回滚\"}".formatted(version));
        Reply again = compliance().post(CHARACTERS + "/versions", publishBody(csv, "再发一次"));

        assertThat(rolledBack.status()).as(rolledBack.raw()).isEqualTo(409);
        assertThat(rolledBack.body().get("detail").asText())
                .isEqualTo("Version " + version + " of the variant data 'characters' is already the live one;"
                        + " nothing was changed");
        assertThat(rolledBack.body().get("detailZh").asText())
                .isEqualTo("版本 " + version + " 已是变体字数据 characters 的生效版本，未做任何更改");
        assertThat(again.status()).as(again.raw()).isEqualTo(409);
        assertThat(again.body().get("detail").asText())
                .isEqualTo("The variant data 'characters' is the same as the live version " + version
                        + "; nothing was published");
        assertThat(again.body().get("detailZh").asText())
                .isEqualTo("与变体字数据 characters 的生效版本 " + version + " 相同，未发布新版本");
        assertThat(storedVersions()).isEqualTo(stored);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_audit WHERE subject_type = 'VARIANT_DATA'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(audited);
    }
}
