package io.qunflow.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.AtOnce;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ApiTest
class WordListApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WordListService wordLists;

    @Autowired
    LiveScreener live;

    @Autowired
    MeterRegistry meters;

    private ApiClient compliance() {
        return ApiClient.asUser(port, "compliance", "qunflow");
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void shippedLists_areSeededAndSearchable() {
        Reply contact = compliance().get("/api/v1/word-lists/entries?category=CONTACT&q=" + q("微信"));

        assertThat(contact.status()).isEqualTo(200);
        assertThat(contact.body().findValuesAsText("term")).contains("加微信").allMatch(t -> t.contains("微信"));
        assertThat(contact.body().findValuesAsText("category")).containsOnly("CONTACT");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_lexicon_entry")
                        .query(Integer.class)
                        .single())
                .isGreaterThan(300);
    }

    @Test
    void theSameTermAddedOnTwoNodesAtOnce_isListedOnce_andTheOtherIsAConflict() throws Exception {
        String body = "{\"term\":\"同时加的词\",\"category\":\"COMPETITOR\",\"severity\":\"LOW\",\"comment\":\"x\"}";
        try {
            List<Reply> added = AtOnce.send(
                    () -> compliance().post("/api/v1/word-lists/entries", body),
                    () -> compliance().post("/api/v1/word-lists/entries", body));

            assertThat(added).extracting(Reply::status).containsExactlyInAnyOrder(201, 409);
        } finally {
            compliance().delete("/api/v1/word-lists/entries?term=" + q("同时加的词") + "&comment=x");
        }
    }

    @Test
    void termsAddedWhileTheScreenerIsBuilding_shareTheNextBuild_andEachIsScreenedWhenItsAddAnswers() throws Exception {
        List<String> terms = List.of("一号并发词", "二号并发词", "三号并发词", "四号并发词", "五号并发词", "六号并发词");
        Timer builds = meters.get(LiveScreener.BUILDS).timer();
        long buildsBefore = builds.count();
        CompletableFuture<List<Reply>> adding;
        // A build under way (a full list takes seconds): every add that commits meanwhile queues.
        live.building.lock();
        try {
            adding = CompletableFuture.supplyAsync(() -> addAtOnce(terms));
            await().until(() -> live.building.getQueueLength() >= terms.size());
        } finally {
            live.building.unlock();
        }
        try {
            List<Reply> added = adding.get();

            assertThat(added).extracting(Reply::status).containsOnly(201);
            assertThat(builds.count() - buildsBefore)
                    .as("one build serves the adds that waited together")
                    .isLessThan(terms.size());
            for (String term : terms) {
                assertThat(compliance()
                                .post("/api/v1/word-lists/screen", "{\"text\":\"看看" + term + "吧\"}")
                                .body()
                                .get("hits")
                                .findValuesAsText("term"))
                        .as(term)
                        .contains(term);
            }
            assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_lexicon_entry WHERE term IN (:terms)")
                            .param("terms", terms)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(terms.size());
        } finally {
            terms.forEach(term -> compliance().delete("/api/v1/word-lists/entries?term=" + q(term) + "&comment=x"));
        }
    }

    private List<Reply> addAtOnce(List<String> terms) {
        @SuppressWarnings("unchecked")
        Supplier<Reply>[] adds = terms.stream()
                .map(term -> (Supplier<Reply>) () -> compliance()
                        .post(
                                "/api/v1/word-lists/entries",
                                "{\"term\":\"%s\",\"category\":\"COMPETITOR\",\"severity\":\"LOW\",\"comment\":\"x\"}"
                                        .formatted(term)))
                .toArray(Supplier[]::new);
        try {
            return AtOnce.send(adds);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void duplicatesAndSpellingsThatNormaliseTheSame_areRefused() {
        Reply same = compliance()
                .post(
                        "/api/v1/word-lists/entries",
                        "{\"term\":\"加微信\",\"category\":\"CONTACT\",\"severity\":\"HIGH\",\"comment\":\"x\"}");
        Reply variant = compliance()
                .post(
                        "/api/v1/word-lists/entries",
                        "{\"term\":\"加 薇 信\",\"category\":\"CONTACT\",\"severity\":\"HIGH\",\"comment\":\"x\"}");

        assertThat(same.status()).isEqualTo(409);
        assertThat(variant.status()).isEqualTo(409);
        assertThat(variant.body().get("detail").asText()).contains("加微信");
        assertThat(variant.body().get("detailZh").asText()).startsWith("“加 薇 信”已被“加微信”涵盖");
    }

    @Test
    void badEntries_areRefusedNamingEachField() {
        Reply bad = compliance()
                .post(
                        "/api/v1/word-lists/entries",
                        "{\"term\":\"…  ~~ \",\"category\":\"SPAM\",\"severity\":\"HUGE\"}");
        Reply symbolsOnly = compliance()
                .post(
                        "/api/v1/word-lists/entries",
                        "{\"term\":\"~~~\",\"category\":\"ABUSE\",\"severity\":\"LOW\",\"comment\":\"x\"}");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").findValuesAsText("field")).contains("category", "severity");
        assertThat(symbolsOnly.status()).isEqualTo(400);
        assertThat(symbolsOnly.body().get("errors").get(0).get("message").asText())
                .contains("no matchable characters");
        for (String oneCharacter : List.of("的", "V", "～的～")) {
            Reply single = compliance().post("/api/v1/word-lists/entries", """
                            {"term":"%s","category":"PORN","severity":"HIGH","comment":"x"}""".formatted(oneCharacter));
            assertThat(single.status()).as(oneCharacter).isEqualTo(400);
            assertThat(single.body().get("errors").get(0).get("message").asText())
                    .contains("one character");
        }
        assertThat(compliance()
                        .post("/api/v1/word-lists/screen", "{\"text\":\"你的订单到了\"}")
                        .body()
                        .get("hits"))
                .isEmpty();
        assertThat(compliance()
                        .delete("/api/v1/word-lists/entries?term=" + q("从没有过") + "&comment=x")
                        .status())
                .isEqualTo(404);
        assertThat(compliance()
                        .delete("/api/v1/word-lists/entries?term=" + q("加微信"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aRemovalNamingNoTerm_isRefusedNamingTheTermInBothLanguages_andNothingIsRemovedOrAudited() {
        int entriesBefore = jdbc.sql("SELECT COUNT(*) FROM qf_lexicon_entry")
                .query(Integer.class)
                .single();
        int auditBefore =
                jdbc.sql("SELECT COUNT(*) FROM qf_audit").query(Integer.class).single();

        Reply refused = compliance().delete("/api/v1/word-lists/entries?comment=x");

        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("type").asText()).isEqualTo("urn:qunflow:problem:invalid-request");
        assertThat(refused.body().get("detail").asText()).isEqualTo("A value the address needs is missing");
        assertThat(refused.body().get("detailZh").asText()).isEqualTo("地址中缺少一个必需的值");
        assertThat(refused.body().get("errors").findValuesAsText("field")).containsExactly("term");
        assertThat(refused.body().get("errors").findValuesAsText("message")).containsExactly("is required");
        assertThat(refused.body().get("errors").findValuesAsText("messageZh")).containsExactly("必填");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_lexicon_entry")
                        .query(Integer.class)
                        .single())
                .isEqualTo(entriesBefore);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_audit")
                        .query(Integer.class)
                        .single())
                .isEqualTo(auditBefore);
    }

    @Test
    void termsWithLineBreaksControlsOrDirectionOverrides_areRefused_soTheExportStaysImportable() {
        String before = compliance().get("/api/v1/word-lists/export").raw();
        List<String> terms = List.of(
                com.fasterxml.jackson.databind.node.TextNode.valueOf("喵喵团购\n=HYPERLINK(1)")
                        .toString(),
                com.fasterxml.jackson.databind.node.TextNode.valueOf("喵喵\r团购").toString(),
                com.fasterxml.jackson.databind.node.TextNode.valueOf("喵喵\t团购").toString(),
                com.fasterxml.jackson.databind.node.TextNode.valueOf("喵喵\u202e购团")
                        .toString(),
                "\"喵喵\\ud800团购\""); // a JSON escape: UTF-8 cannot carry half a pair
        for (String term : terms) {
            Reply refused = compliance().post("/api/v1/word-lists/entries", """
                    {"term":%s,"category":"COMPETITOR","severity":"LOW","comment":"控制字符"}""".formatted(term));

            assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
            assertThat(refused.body().get("errors").findValuesAsText("field")).contains("term");
        }
        assertThat(compliance().get("/api/v1/word-lists/export").raw()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_audit WHERE comment = '控制字符'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anImportBeyondTheListsBounds_isRefusedWhole_andTheListStays() {
        String before = compliance().get("/api/v1/word-lists/export").raw();
        StringBuilder many = new StringBuilder("term,category,severity\n");
        for (int i = 0; i <= WordListService.MAX_ENTRIES; i++) {
            many.append("批量词").append(i).append(",SCAM,LOW\n");
        }
        String longTerm = "term,category,severity\n" + "长".repeat(WordListService.MAX_TERM_LENGTH + 1) + ",SCAM,LOW\n";

        Reply tooMany = compliance()
                .post(
                        "/api/v1/word-lists/import",
                        "{\"csv\":%s,\"mode\":\"REPLACE\",\"comment\":\"上限\"}"
                                .formatted(com.fasterxml.jackson.databind.node.TextNode.valueOf(many.toString())));
        Reply tooLong = compliance()
                .post(
                        "/api/v1/word-lists/import",
                        "{\"csv\":%s,\"comment\":\"上限\"}"
                                .formatted(com.fasterxml.jackson.databind.node.TextNode.valueOf(longTerm)));

        assertThat(tooMany.status()).as(tooMany.raw()).isEqualTo(400);
        assertThat(tooMany.body().get("errors").findValuesAsText("message"))
                .anySatisfy(m -> assertThat(m).contains("at most " + WordListService.MAX_ENTRIES));
        assertThat(tooLong.status()).as(tooLong.raw()).isEqualTo(400);
        assertThat(tooLong.body().get("errors").findValuesAsText("message"))
                .anySatisfy(m -> assertThat(m).contains("at most " + WordListService.MAX_TERM_LENGTH));
        assertThat(compliance().get("/api/v1/word-lists/export").raw()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_audit WHERE comment = '上限'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void onlyCompliance_changesTheLists() {
        Reply viewer = ApiClient.asUser(port, "viewer", "qunflow")
                .post(
                        "/api/v1/word-lists/entries",
                        "{\"term\":\"某词\",\"category\":\"ABUSE\",\"severity\":\"LOW\",\"comment\":\"x\"}");
        Reply key = ApiClient.withKey(port, "qf_dev_key").get("/api/v1/word-lists/entries");

        assertThat(viewer.status()).isEqualTo(403);
        assertThat(key.status()).isEqualTo(200);
    }

    @Test
    void importMerges_replaceRemoves_andABadLineRefusesTheWholeFile() {
        String before = compliance().get("/api/v1/word-lists/export").raw();
        try {
            Reply broken = compliance().post("/api/v1/word-lists/import", """
                    {"csv":"term,category,severity\\n薅羊毛群,COMPETITOR,LOW\\n坏行,NOPE,LOW\\n","comment":"x"}""");
            assertThat(broken.status()).isEqualTo(400);
            assertThat(broken.body().get("errors").get(0).get("message").asText())
                    .contains("line 3");
            assertThat(broken.body().get("detailZh").asText()).isEqualTo("词库导入有误");
            assertThat(broken.body().get("errors").get(0).get("messageZh").asText())
                    .isEqualTo("词库 CSV 第 3 行：未知的类别“NOPE”");
            assertThat(wordLists.entries(null, "薅羊毛群")).isEmpty();

            Reply merged = compliance().post("/api/v1/word-lists/import", """
                    {"csv":"term,category,severity\\n薅羊毛群,COMPETITOR,LOW\\n加微信,CONTACT,MEDIUM\\n",
                     "mode":"MERGE","comment":"季度词库更新 📋"}""");
            assertThat(merged.status()).isEqualTo(200);
            assertThat(merged.body().get("added").asInt()).isEqualTo(1);
            assertThat(merged.body().get("updated").asInt()).isEqualTo(1);
            assertThat(wordLists.screen("来我们薅羊毛群", MessageFlags.NONE).clean()).isFalse();

            Reply replaced = compliance().post("/api/v1/word-lists/import", """
                    {"csv":"term,category,severity\\n薅羊毛群,COMPETITOR,LOW\\n","mode":"REPLACE","comment":"精简"}""");
            assertThat(replaced.body().get("removed").asInt()).isGreaterThan(300);
            assertThat(wordLists.screen("加微信", MessageFlags.NONE).hits())
                    .noneMatch(h -> h.detector().equals("lexicon"));
            assertThat(jdbc.sql("SELECT diff FROM qf_audit WHERE subject = 'import (replace)' ORDER BY id DESC")
                            .query(String.class)
                            .list()
                            .get(0))
                    .contains("- 加微信,CONTACT,MEDIUM");
        } finally {
            compliance()
                    .post(
                            "/api/v1/word-lists/import",
                            "{\"csv\":%s,\"mode\":\"REPLACE\",\"comment\":\"restore\"}"
                                    .formatted(com.fasterxml.jackson.databind.node.TextNode.valueOf(before)
                                            .toString()));
        }
        assertThat(compliance().get("/api/v1/word-lists/export").raw()).isEqualTo(before);
    }

    @Test
    void export_isCsvThatImportsBackUnchanged() {
        Reply export = compliance().get("/api/v1/word-lists/export");

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        assertThat(export.raw()).startsWith("term,category,severity\n");
        Reply reimport = compliance()
                .post(
                        "/api/v1/word-lists/import",
                        "{\"csv\":%s,\"comment\":\"no-op\"}"
                                .formatted(com.fasterxml.jackson.databind.node.TextNode.valueOf(export.raw())
                                        .toString()));
        assertThat(reimport.body().get("added").asInt()).isZero();
        assertThat(reimport.body().get("updated").asInt()).isZero();
    }

    @Test
    void aTermAsASpreadsheetFormula_isExportedInert_andImportsBackAsWritten() {
        String formula = "=HYPERLINK(\"http://example.com\",\"点我领红包\")";
        for (String term : List.of(formula, "+V看头像")) {
            Reply added = compliance().post("/api/v1/word-lists/entries", """
                    {"term":%s,"category":"CONTACT","severity":"MEDIUM","comment":"公式"}""".formatted(
                    com.fasterxml.jackson.databind.node.TextNode.valueOf(term).toString()));
            assertThat(added.status()).as(added.raw()).isEqualTo(201);
        }
        try {
            String export = compliance().get("/api/v1/word-lists/export").raw();

            assertThat(export.lines())
                    .contains("\"'=HYPERLINK(\"\"http://example.com\"\",\"\"点我领红包\"\")\",CONTACT,MEDIUM")
                    .contains("'+V看头像,CONTACT,MEDIUM")
                    .noneMatch(line -> line.startsWith("=") || line.startsWith("+") || line.startsWith("\"="));
            Reply reimport = compliance()
                    .post(
                            "/api/v1/word-lists/import",
                            "{\"csv\":%s,\"comment\":\"round trip\"}"
                                    .formatted(com.fasterxml.jackson.databind.node.TextNode.valueOf(export)
                                            .toString()));
            assertThat(reimport.body().get("added").asInt()).isZero();
            assertThat(reimport.body().get("updated").asInt()).isZero();
            assertThat(wordLists.screen("看这里 +V看头像", MessageFlags.NONE).hits())
                    .extracting(Hit::term)
                    .contains("+V看头像");
        } finally {
            for (String term : List.of(formula, "+V看头像")) {
                compliance().delete("/api/v1/word-lists/entries?term=" + q(term) + "&comment=x");
            }
        }
    }

    @Test
    void screen_showsWhatATextWouldHit_withoutDecidingAnything() {
        Reply screened = compliance().post("/api/v1/word-lists/screen", "{\"text\":\"加\u200b威\u200b信 领红包\"}");

        assertThat(screened.status()).isEqualTo(200);
        assertThat(screened.body().get("normalized").asText()).startsWith("加微信");
        assertThat(screened.body().get("hits").get(0).get("matchedOriginal").asText())
                .isEqualTo("加\u200b威\u200b信");
    }

    @Test
    void aChangeCommittedByAnotherNode_isPickedUpByThePoll() {
        jdbc.sql("INSERT INTO qf_lexicon_entry (term, category, severity, added_by, added_at)"
                        + " VALUES ('隔壁节点词', 'ABUSE', 'LOW', 'node-2', CURRENT_TIMESTAMP)")
                .update();
        jdbc.sql("UPDATE qf_revision SET revision = revision + 1 WHERE subject = 'word-lists'")
                .update();
        try {
            live.reloadIfChangedElsewhere();

            assertThat(wordLists.screen("这是隔壁节点词", MessageFlags.NONE).clean()).isFalse();
        } finally {
            jdbc.sql("DELETE FROM qf_lexicon_entry WHERE term = '隔壁节点词'").update();
            jdbc.sql("UPDATE qf_revision SET revision = revision + 1 WHERE subject = 'word-lists'")
                    .update();
            live.reloadIfChangedElsewhere();
        }
    }
}
