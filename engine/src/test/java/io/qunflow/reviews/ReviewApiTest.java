package io.qunflow.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.AtOnce;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The review loop through the API: moderation decisions become items, people uphold or overturn
 * them, overturning takes the strike back with an audit entry and an undoing action, and the
 * verdicts give the quality figures and the term suggestions.
 */
@ApiTest
class ReviewApiTest {

    private static final OffsetDateTime LATER = ModeratedGroup.JOINED.plusDays(3);
    private static final String FIRST_OFFENCE = "A first offence is warned and the message deleted";
    private static final String SEVERE = "信用卡套現，黑戶也能秒下款";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ModeratedGroup group;
    ApiClient compliance;
    ApiClient operator;
    ApiClient viewer;

    @BeforeEach
    void openGroup() {
        group = new ModeratedGroup(port);
        compliance = ApiClient.asUser(port, "compliance", "qunflow");
        operator = ApiClient.asUser(port, "operator", "qunflow");
        viewer = ApiClient.asUser(port, "viewer", "qunflow");
    }

    private JsonNode reviews(String query) {
        Reply reply = viewer.get("/api/v1/reviews?groupId=" + group.id + query);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.body();
    }

    private String onlyReviewOf(String memberId) {
        JsonNode items = reviews("&memberId=" + memberId);
        assertThat(items).hasSize(1);
        return items.get(0).get("id").asText();
    }

    private Reply verdict(ApiClient who, String reviewId, String verdict, String note) {
        return who.post("/api/v1/reviews/" + reviewId + "/verdict", """
                {"verdict":"%s","note":"%s"}""".formatted(verdict, note));
    }

    private int strikes(String memberId) {
        Reply member = viewer.get("/api/v1/groups/" + group.id + "/members/" + memberId);
        assertThat(member.status()).as(member.raw()).isEqualTo(200);
        return member.body().get("strikes").asInt();
    }

    private String status(String reviewId) {
        return jdbc.sql("SELECT status FROM qf_review WHERE id = ?")
                .param(reviewId)
                .query(String.class)
                .single();
    }

    private List<String> actions(String memberId, String type) {
        return jdbc.sql("SELECT event_id FROM qf_action WHERE group_id = ? AND member_id = ? AND type = ?")
                .params(group.id, memberId, type)
                .query(String.class)
                .list();
    }

    @Test
    void twoOverturnsOnTwoNodesAtOnce_takeTheStrikeBackOnce_andTheSecondIsAConflict() throws Exception {
        String warned = group.join("judged-twice");
        group.say(warned, LATER, "加我微信领红包");
        String reviewId = onlyReviewOf(warned);
        assertThat(strikes(warned)).isEqualTo(1);

        List<Reply> verdicts = AtOnce.send(
                () -> verdict(compliance, reviewId, "OVERTURNED", "节点甲"),
                () -> verdict(operator, reviewId, "OVERTURNED", "节点乙"));

        assertThat(verdicts).extracting(Reply::status).containsExactlyInAnyOrder(200, 409);
        assertThat(status(reviewId)).isEqualTo("OVERTURNED");
        assertThat(strikes(warned)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_audit WHERE subject_type = 'MODERATION_REVIEW' AND subject = ?")
                        .param(reviewId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aMessageRepeatingOneTermThousandsOfTimes_isOneFindingToReview() {
        String spammer = group.join("repeater");
        group.say(spammer, LATER, "加我微信 ".repeat(1_500));

        JsonNode items = reviews("&memberId=" + spammer);

        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("hits").findValuesAsText("term")).containsOnlyOnce("加我微信");
        assertThat(items.get(0).get("hits").size()).isLessThanOrEqualTo(ReviewStore.MAX_FINDINGS);
    }

    @Test
    void list_showsEveryModerationOutcome_withItsEvidence_filteredAndPaged() {
        String warned = group.join("warned");
        String removed = group.join("removed");
        String warnedEvent = group.say(warned, LATER, "加我微信领红包");
        String removedEvent = group.say(removed, LATER.plusMinutes(1), SEVERE);
        group.say(warned, LATER.plusHours(1), "今天的课讲得真好");

        JsonNode all = reviews("");

        assertThat(all).hasSize(2);
        JsonNode newest = all.get(0);
        JsonNode first = all.get(1);
        assertThat(newest.get("eventId").asText()).isEqualTo(removedEvent);
        assertThat(newest.get("outcome").asText()).isEqualTo("REMOVE_MEMBER");
        assertThat(first.get("groupId").asText()).isEqualTo(group.id);
        assertThat(first.get("memberId").asText()).isEqualTo(warned);
        assertThat(first.get("eventId").asText()).isEqualTo(warnedEvent);
        assertThat(first.get("text").asText()).isEqualTo("加我微信领红包");
        assertThat(first.get("normalizedText").asText()).contains("加我微信");
        assertThat(first.get("rule").asText()).isEqualTo(FIRST_OFFENCE);
        assertThat(first.get("outcome").asText()).isEqualTo("WARN_MEMBER");
        assertThat(first.get("outcomes").toString()).isEqualTo("[\"WARN_MEMBER\",\"DELETE_MESSAGE\"]");
        assertThat(first.get("status").asText()).isEqualTo("OPEN");
        assertThat(OffsetDateTime.parse(first.get("at").asText())).isAtSameInstantAs(LATER);
        assertThat(first.get("hits").findValuesAsText("term")).contains("加我微信");
        JsonNode hit =
                first.get("hits").get(first.get("hits").findValuesAsText("term").indexOf("加我微信"));
        assertThat(hit.get("category").asText()).isEqualTo("CONTACT");
        assertThat(hit.get("detector").asText()).isEqualTo("lexicon");

        assertThat(reviews("&memberId=" + removed).findValuesAsText("eventId")).containsExactly(removedEvent);
        assertThat(reviews("&status=OPEN")).hasSize(2);
        assertThat(reviews("&status=UPHELD")).isEmpty();
        assertThat(reviews("&limit=1").findValuesAsText("eventId")).containsExactly(removedEvent);
        assertThat(reviews("&limit=1&before=" + newest.get("id").asText()).findValuesAsText("eventId"))
                .containsExactly(warnedEvent);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_review WHERE group_id = ?")
                        .param(group.id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void items_nameTheGroupAndTheMember_asTheyAreKnownInThatGroup_andNullWhereThereIsNoName() {
        String emoji = group.join("flower", "🌸小美👩‍👩‍👧 مرحبا");
        String leaver = group.join("leaver", "王阿姨");
        String stranger = "stranger";
        group.say(emoji, LATER, "加我微信领红包");
        group.say(leaver, LATER.plusMinutes(1), "加我微信看详情");
        group.say(stranger, LATER.plusMinutes(2), "加我微信有惊喜");
        group.leave(leaver, LATER.plusMinutes(3));
        // The same member id in another group goes by another name there.
        ModeratedGroup other = new ModeratedGroup(port, "别的群");
        other.join(emoji, "另一个昵称");
        other.say(emoji, LATER, "加我微信领红包");

        Reply reply = viewer.get("/api/v1/reviews?groupId=" + group.id);

        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        JsonNode items = reply.body();
        assertThat(items.findValuesAsText("memberId")).containsExactly(stranger, leaver, emoji);
        assertThat(items.findValuesAsText("groupName")).containsOnly("复核测试群");
        assertThat(items.get(2).get("memberNickname").asText()).isEqualTo("🌸小美👩‍👩‍👧 مرحبا");
        assertThat(items.get(1).get("memberNickname").asText())
                .as("a member who left is still known by the name they had")
                .isEqualTo("王阿姨");
        assertThat(items.get(0).has("memberNickname"))
                .as("a member first seen speaking has no nickname: null, for the page to show the id")
                .isTrue();
        assertThat(items.get(0).get("memberNickname").isNull()).isTrue();
        assertThat(jdbc.sql("SELECT status FROM qf_member WHERE group_id = ? AND member_id = ?")
                        .params(group.id, leaver)
                        .query(String.class)
                        .single())
                .isEqualTo("LEFT");
        JsonNode elsewhere = reviews("&memberId=" + emoji).get(0);
        assertThat(elsewhere.get("memberNickname").asText()).isEqualTo("🌸小美👩‍👩‍👧 مرحبا");
        JsonNode there =
                viewer.get("/api/v1/reviews?groupId=" + other.id).body().get(0);
        assertThat(there.get("groupName").asText()).isEqualTo("别的群");
        assertThat(there.get("memberNickname").asText()).isEqualTo("另一个昵称");
    }

    @Test
    void oneItem_andAVerdictsAnswer_nameTheGroupAndTheMember() {
        String member = group.join("named", "李老师");
        group.say(member, LATER, "加我微信领红包");
        String reviewId = onlyReviewOf(member);

        Reply one = viewer.get("/api/v1/reviews/" + reviewId);
        Reply given = verdict(compliance, reviewId, "UPHELD", "");

        assertThat(one.status()).as(one.raw()).isEqualTo(200);
        assertThat(one.body().get("groupName").asText()).isEqualTo("复核测试群");
        assertThat(one.body().get("memberNickname").asText()).isEqualTo("李老师");
        assertThat(given.status()).as(given.raw()).isEqualTo(200);
        assertThat(given.body().get("review").get("memberNickname").asText()).isEqualTo("李老师");
        assertThat(given.body().get("review").get("groupName").asText()).isEqualTo("复核测试群");
        assertThat(status(reviewId)).isEqualTo("UPHELD");
    }

    @Test
    void list_refusesAnUnknownStatusOrPage_withTheField() {
        Reply badStatus = viewer.get("/api/v1/reviews?status=MAYBE");
        Reply badPage = viewer.get("/api/v1/reviews?before=rev_nothing");
        Reply badLimit = viewer.get("/api/v1/reviews?limit=0");

        for (Reply reply : List.of(badStatus, badPage, badLimit)) {
            assertThat(reply.status()).as(reply.raw()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        assertThat(badStatus.body().get("errors").findValuesAsText("field")).containsExactly("status");
        assertThat(badPage.body().get("errors").findValuesAsText("field")).containsExactly("before");
        assertThat(badLimit.body().get("errors").findValuesAsText("field")).containsExactly("limit");
    }

    @Test
    void overturning_aRemoval_takesTheStrikeBack_auditsIt_andAsksTheConnectorToRestoreTheMember() {
        String member = group.join("wronged");
        String eventId = group.say(member, LATER, SEVERE);
        String reviewId = onlyReviewOf(member);
        assertThat(strikes(member)).isEqualTo(1);

        Reply reply = verdict(compliance, reviewId, "OVERTURNED", "提醒大家防骗，不是广告");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        assertThat(reply.body().get("review").get("status").asText()).isEqualTo("OVERTURNED");
        assertThat(reply.body().get("review").get("decidedBy").asText()).isEqualTo("compliance");
        assertThat(reply.body().get("review").get("note").asText()).isEqualTo("提醒大家防骗，不是广告");
        assertThat(reply.body().get("strikeWithdrawn").get("eventId").asText()).isEqualTo(eventId);
        assertThat(reply.body().get("actions").findValuesAsText("type")).containsExactly("RESTORE_MEMBER");

        assertThat(strikes(member)).isZero();
        assertThat(viewer.get("/api/v1/groups/" + group.id + "/members/" + member + "/strikes")
                        .body()
                        .get("strikes"))
                .isEmpty();
        assertThat(status(reviewId)).isEqualTo("OVERTURNED");
        assertThat(actions(member, "RESTORE_MEMBER")).containsExactly(eventId);
        JsonNode audit = viewer.get("/api/v1/audit?subjectType=MODERATION_REVIEW&subject=" + reviewId)
                .body();
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).get("actor").asText()).isEqualTo("compliance");
        assertThat(audit.get(0).get("change").asText()).isEqualTo("OVERTURNED");
        assertThat(audit.get(0).get("comment").asText()).isEqualTo("提醒大家防骗，不是广告");
        assertThat(audit.get(0).get("diff").asText()).contains("- strike", "+ action RESTORE_MEMBER");
    }

    @Test
    void overturning_aWarning_byAnOperator_takesTheStrikeBack_withNothingForTheConnectorToUndo() {
        String member = group.join("warned-wrongly");
        group.say(member, LATER, "加我微信领红包");
        String reviewId = onlyReviewOf(member);

        Reply reply = verdict(operator, reviewId, "OVERTURNED", "");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        assertThat(reply.body().get("actions")).isEmpty();
        assertThat(strikes(member)).isZero();
        assertThat(actions(member, "RESTORE_MEMBER")).isEmpty();
        assertThat(actions(member, "UNMUTE_MEMBER")).isEmpty();
        assertThat(status(reviewId)).isEqualTo("OVERTURNED");
    }

    @Test
    void overturning_aFloodMute_liftsTheMute_andStrikesNobody() {
        String member = group.join("flooder");
        for (int i = 0; i < 9; i++) {
            group.say(member, LATER.plusSeconds(2L * i), "哈哈哈哈" + i);
        }
        JsonNode items = reviews("&memberId=" + member);
        assertThat(items.findValuesAsText("outcome")).containsExactly("MUTE_MEMBER");
        assertThat(items.get(0).get("hits")).isEmpty();

        Reply reply = verdict(compliance, items.get(0).get("id").asText(), "OVERTURNED", "在抢红包，不算刷屏");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        assertThat(reply.body().has("strikeWithdrawn")).isFalse();
        assertThat(actions(member, "UNMUTE_MEMBER")).hasSize(1);
    }

    @Test
    void upholding_keepsTheStrike_andASecondVerdict_isAConflictThatChangesNothing() {
        String member = group.join("spammer");
        group.say(member, LATER, "加我微信领红包");
        String reviewId = onlyReviewOf(member);

        Reply upheld = verdict(operator, reviewId, "UPHELD", "确实是引流");
        Reply again = verdict(compliance, reviewId, "OVERTURNED", "改主意了");

        assertThat(upheld.status()).as(upheld.raw()).isEqualTo(200);
        assertThat(upheld.body().get("review").get("status").asText()).isEqualTo("UPHELD");
        assertThat(again.status()).as(again.raw()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.body().get("detail").asText()).contains(reviewId, "UPHELD", "operator");
        assertThat(status(reviewId)).isEqualTo("UPHELD");
        assertThat(strikes(member)).isEqualTo(1);
        assertThat(viewer.get("/api/v1/audit?subjectType=MODERATION_REVIEW&subject=" + reviewId)
                        .body()
                        .findValuesAsText("change"))
                .containsExactly("UPHELD");
    }

    @Test
    void aViewerOrAConnector_readsTheQueue_butMayNotGiveVerdicts() {
        String member = group.join("read-only");
        group.say(member, LATER, "加我微信领红包");
        String reviewId = onlyReviewOf(member);

        Reply byViewer = verdict(viewer, reviewId, "OVERTURNED", "x");
        Reply byKey = verdict(ApiClient.withKey(port, "qf_dev_key"), reviewId, "OVERTURNED", "x");

        assertThat(byViewer.status()).isEqualTo(403);
        assertThat(byViewer.contentType()).startsWith("application/problem+json");
        assertThat(byKey.status()).isEqualTo(403);
        assertThat(viewer.get("/api/v1/reviews/" + reviewId).status()).isEqualTo(200);
        assertThat(status(reviewId)).isEqualTo("OPEN");
        assertThat(strikes(member)).isEqualTo(1);
    }

    @Test
    void verdict_refusesWhatIsNotAVerdict_andAnUnknownItem() {
        String member = group.join("unjudged");
        group.say(member, LATER, "加我微信领红包");
        String reviewId = onlyReviewOf(member);

        Reply open = verdict(compliance, reviewId, "OPEN", "x");
        Reply missing = compliance.post("/api/v1/reviews/" + reviewId + "/verdict", "{\"note\":\"x\"}");
        Reply unknown = verdict(compliance, "rev_unknown", "UPHELD", "x");
        // 1,001 emoji are 2,002 UTF-16 units: what the embedded database stores of a 2,000 column.
        Reply emoji = verdict(compliance, reviewId, "UPHELD", "😀".repeat(1001));

        assertThat(emoji.status()).as(emoji.raw()).isEqualTo(400);
        assertThat(emoji.body().get("errors").findValuesAsText("field")).containsExactly("note");
        assertThat(open.status()).isEqualTo(400);
        assertThat(open.body().get("errors").findValuesAsText("field")).containsExactly("verdict");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("errors").findValuesAsText("field")).containsExactly("verdict");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(status(reviewId)).isEqualTo("OPEN");

        Reply fits = verdict(compliance, reviewId, "UPHELD", "😀".repeat(1000));
        assertThat(fits.status()).as(fits.raw()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT note FROM qf_review WHERE id = ?")
                        .param(reviewId)
                        .query(String.class)
                        .single())
                .isEqualTo("😀".repeat(1000));
    }

    @Test
    void quality_givesDecisionsUpheldOverturnedAndPrecision_perTermDetectorAndRule() {
        List<String> reviewIds = new ArrayList<>();
        for (String member : List.of("q1", "q2", "q3", "q4")) {
            group.say(group.join(member), LATER, "加我微信领红包");
            reviewIds.add(onlyReviewOf(member));
        }
        verdict(compliance, reviewIds.get(0), "UPHELD", "");
        verdict(compliance, reviewIds.get(1), "UPHELD", "");
        verdict(operator, reviewIds.get(2), "OVERTURNED", "");

        Reply reply = viewer.get("/api/v1/moderation/quality?groupId=" + group.id);

        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        for (String list : List.of("byTerm", "byDetector", "byRule")) {
            JsonNode figures = named(
                    reply.body().get(list),
                    switch (list) {
                        case "byTerm" -> "加我微信";
                        case "byDetector" -> "lexicon";
                        default -> FIRST_OFFENCE;
                    });
            assertThat(figures.get("decisions").asInt()).as(list).isEqualTo(4);
            assertThat(figures.get("upheld").asInt()).as(list).isEqualTo(2);
            assertThat(figures.get("overturned").asInt()).as(list).isEqualTo(1);
            assertThat(figures.get("open").asInt()).as(list).isEqualTo(1);
            assertThat(figures.get("precision").asDouble()).as(list).isCloseTo(2.0 / 3, offset(1e-9));
        }
        assertThat(named(reply.body().get("byTerm"), "加我微信").get("category").asText())
                .isEqualTo("CONTACT");
    }

    private static JsonNode named(JsonNode figures, String name) {
        for (JsonNode f : figures) {
            if (f.get("name").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError(name + " is not in " + figures);
    }

    @Test
    void suggestions_proposeRunsFromUpheldSpam_withHowOftenCleanAndOverturnedMessagesHoldThem() {
        // A name nobody else in the suite writes, and events later than any other test's, so that
        // the newest recorded messages the clean count reads include these.
        String pool = "骐骥骅骝麒麟鸾鹓鹭鸳鸯蘅芷蕙杜衡";
        StringBuilder name = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 4; i++) {
            name.append(pool.charAt(random.nextInt(pool.length())));
        }
        String token = name.toString();
        // Ahead of now by less than the clock skew an event may have, and of every other test's events.
        OffsetDateTime future = OffsetDateTime.now().plusMinutes(2);
        List<String> upheld = new ArrayList<>();
        int n = 0;
        for (String after : List.of("真香", "好用", "便宜")) {
            String member = group.join("s" + n);
            group.say(member, future.plusSeconds(n++), token + after + "，加我微信");
            upheld.add(onlyReviewOf(member));
        }
        String mistaken = group.join("m");
        group.say(mistaken, future.plusSeconds(n++), token + "不错吧，加我微信");
        String clean = group.join("c");
        group.say(clean, future.plusSeconds(n), "我家住在" + token + "路附近");
        upheld.forEach(
                id -> assertThat(verdict(compliance, id, "UPHELD", "").status()).isEqualTo(200));
        assertThat(verdict(compliance, onlyReviewOf(mistaken), "OVERTURNED", "").status())
                .isEqualTo(200);

        Reply reply = viewer.get("/api/v1/word-lists/suggestions?minUpheld=3&limit=100");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        assertThat(reply.body().get("upheldMessages").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(reply.body().get("cleanMessages").asInt()).isPositive();
        JsonNode suggestions = reply.body().get("suggestions");
        assertThat(suggestions.findValuesAsText("term"))
                .as("the longest run with that support stands for its parts; what the list catches is not suggested")
                .contains(token)
                .doesNotContain(token.substring(0, 3), token.substring(1), "加我微信");
        JsonNode suggestion =
                suggestions.get(suggestions.findValuesAsText("term").indexOf(token));
        assertThat(suggestion.get("inUpheldSpam").asInt()).isEqualTo(3);
        assertThat(suggestion.get("inCleanMessages").asInt()).isEqualTo(1);
        assertThat(suggestion.get("inOverturned").asInt()).isEqualTo(1);
    }
}
