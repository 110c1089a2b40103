package io.qunflow.wecom;

import io.qunflow.actions.Action;
import io.qunflow.common.ConflictException;
import io.qunflow.common.NotFoundException;
import io.qunflow.common.Words;
import io.qunflow.members.MemberService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A group's welcome (入群欢迎语) is a WeCom group welcome template
 * ({@code externalcontact/group_welcome_template}), which WeCom sends to each joiner itself, with the
 * joiner's name where the text says {@code %NICKNAME%}. The welcome the rules wrote for a joiner
 * becomes the group's template with the joiner's nickname replaced by the placeholder: added the
 * first time (the owner is notified to pick it for the group), edited when the words change, and
 * deleted when the group is dismissed.
 *
 * <p>An add whose answer was lost may have created a template Qunflow has no id for, and WeCom
 * offers no way to list them ({@code group_welcome_template/get} needs the id). The group's claim
 * then stays, marked with the time, and no other template is added for the group until an admin
 * has checked WeCom's library and retried ({@link #retryLostAdd}).
 *
 * <p>Why this class is long: add, edit, delete and the retry of a lost add each pair a WeCom call
 * with the group's claim row, held across the call, and share what happens when WeCom refuses or
 * its answer is lost; apart, each would have to repeat that order.
 */
@Component
class WelcomeTemplates {

    private static final Logger log = LoggerFactory.getLogger(WelcomeTemplates.class);

    static final String NICKNAME = "%NICKNAME%";

    /** The most of a welcome template's text WeCom takes: {@code group_welcome_template}'s {@code text.content}. */
    static final int MAX_TEXT_BYTES = 3000;

    private final WeComClient wecom;
    private final MemberService members;
    private final WeComSettings settings;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ChatStore chats;

    WelcomeTemplates(
            WeComClient wecom,
            MemberService members,
            WeComSettings settings,
            JdbcClient jdbc,
            Clock clock,
            TransactionTemplate transactions,
            ChatStore chats) {
        this.wecom = wecom;
        this.members = members;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
        this.transactions = transactions;
        this.chats = chats;
    }

    /**
     * Makes the group's template say what the welcome action says; answers the template id, or
     * nothing when the group was dismissed before the welcome went out. A text WeCom would refuse is
     * not sent ({@link WeComText}).
     *
     * <p>Welcomes of one group take turns on the group's row, on every node: the row is claimed
     * before WeCom adds a template, so two joiners' welcomes at once (or a retry racing the first
     * attempt) add one template, and the second edits it if its words differ. WeCom's library holds
     * 100; a template Qunflow lost track of would hold a slot forever. A dismissal of the group waits
     * for the welcome under way, so it finds the template to delete ({@link #remove}).
     */
    Optional<String> apply(Action welcome) {
        String body =
                WeComText.sendable(template(welcome), MAX_TEXT_BYTES, "a WeCom group welcome template", "企业微信入群欢迎语");
        try {
            return applyInTurn(welcome.groupId(), body, false);
        } catch (DuplicateKeyException addedMeanwhile) {
            // Another welcome of the group claimed the row first and waited us out while WeCom added
            // its template: that template is now the group's, and ours becomes an edit of it.
            return applyInTurn(welcome.groupId(), body, false);
        }
    }

    /**
     * Adds anew the template of a group whose last add got no answer, with the words that add
     * carried, once an admin has checked WeCom's library (客户联系 → 入群欢迎语) and deleted any
     * template of those words there. Takes its turn on the group's row like a welcome.
     *
     * @return the new template id
     * @throws ConflictException when no add of the group awaits a retry (or the group was dismissed)
     * @throws WeComError when WeCom refused the add, or its answer was lost again (then recorded again)
     */
    String retryLostAdd(String groupId) {
        return applyInTurn(groupId, null, true)
                .orElseThrow(() -> new ConflictException(
                        "The customer group " + groupId + " was dismissed: it needs no welcome template",
                        "客户群 " + groupId + " 已解散，无需入群欢迎语"));
    }

    /**
     * The groups whose welcome template's add got no answer, oldest first: what an admin checks in
     * WeCom's library before retrying each ({@link #retryLostAdd}).
     */
    List<LostAdd> lostAdds() {
        return jdbc.sql("SELECT group_id, body, add_answer_lost_at FROM qf_wecom_welcome_template"
                        + " WHERE add_answer_lost_at IS NOT NULL ORDER BY add_answer_lost_at, group_id")
                .query((rs, row) -> new LostAdd(
                        rs.getString("group_id"),
                        null,
                        rs.getString("body"),
                        rs.getObject("add_answer_lost_at", OffsetDateTime.class)))
                .list();
    }

    /**
     * A group's welcome template add whose answer was lost.
     *
     * @param groupName the group's name for people, or null when Qunflow has none (the page shows the id)
     * @param words the words the lost add carried, which the retry adds again
     * @param lostAt when the answer was lost
     */
    record LostAdd(String groupId, String groupName, String words, OffsetDateTime lostAt) {

        LostAdd named(String name) {
            return new LostAdd(groupId, name, words, lostAt);
        }
    }

    private Optional<String> applyInTurn(String groupId, String body, boolean retryingLostAdd) {
        AtomicReference<String> added = new AtomicReference<>();
        AtomicReference<WeComError> answerLost = new AtomicReference<>();
        Optional<String> applied;
        try {
            applied = transactions.execute(
                    status -> applyHoldingTheRow(groupId, body, retryingLostAdd, added, answerLost));
        } catch (RuntimeException notStored) {
            if (added.get() != null) {
                // WeCom added the template but the database did not keep it: nobody would ever
                // delete it from WeCom's library otherwise.
                deleteUnstored(added.get(), groupId);
            }
            throw notStored;
        }
        if (answerLost.get() != null) {
            // Thrown once the claim that records it has been committed.
            throw answerLost.get();
        }
        return applied;
    }

    private Optional<String> applyHoldingTheRow(
            String groupId,
            String body,
            boolean retryingLostAdd,
            AtomicReference<String> added,
            AtomicReference<WeComError> answerLost) {
        if (chats.dismissedHoldingTheRow(groupId)) {
            return Optional.empty();
        }
        Optional<Claim> current = jdbc.sql("SELECT template_id, body, add_answer_lost_at FROM qf_wecom_welcome_template"
                        + " WHERE group_id = ? FOR UPDATE")
                .param(groupId)
                .query((rs, row) -> new Claim(
                        rs.getString("template_id"),
                        rs.getString("body"),
                        rs.getObject("add_answer_lost_at", OffsetDateTime.class)))
                .optional();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        boolean lost = current.isPresent() && current.get().addAnswerLostAt() != null;
        if (retryingLostAdd != lost) {
            throw retryingLostAdd
                    ? nothingToRetry(groupId)
                    : addAnswerLost(groupId, current.get().addAnswerLostAt());
        }
        String words = retryingLostAdd ? current.get().body() : body;
        if (!retryingLostAdd && current.isPresent() && current.get().body().equals(words)) {
            return Optional.of(current.get().templateId());
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("text", Map.of("content", words));
        if (settings.agentId() != null) {
            request.put("agentid", settings.agentId());
        }
        if (!retryingLostAdd && current.isPresent()) {
            request.put("template_id", current.get().templateId());
            wecom.post("externalcontact/group_welcome_template/edit", request);
            jdbc.sql("UPDATE qf_wecom_welcome_template SET body = ?, updated_at = ? WHERE group_id = ?")
                    .params(words, now, groupId)
                    .update();
            return Optional.of(current.get().templateId());
        }
        if (current.isEmpty()) {
            // The claim: a second welcome of the group waits on this key until we commit, then finds
            // the template. The empty id is committed only with the time an add's answer was lost.
            jdbc.sql("INSERT INTO qf_wecom_welcome_template (group_id, template_id, body, updated_at)"
                            + " VALUES (?,?,?,?)")
                    .params(groupId, "", words, now)
                    .update();
        }
        request.put("notify", 1);
        String templateId;
        try {
            templateId = wecom.create("externalcontact/group_welcome_template/add", request)
                    .path("template_id")
                    .asText();
        } catch (WeComError e) {
            if (!e.outcomeUnknown()) {
                throw e;
            }
            jdbc.sql("UPDATE qf_wecom_welcome_template SET add_answer_lost_at = ?, updated_at = ? WHERE group_id = ?")
                    .params(now, now, groupId)
                    .update();
            answerLost.set(addAnswerLost(groupId, now));
            return Optional.empty();
        }
        added.set(templateId);
        jdbc.sql("UPDATE qf_wecom_welcome_template SET template_id = ?, add_answer_lost_at = NULL, updated_at = ?"
                        + " WHERE group_id = ?")
                .params(templateId, now, groupId)
                .update();
        return Optional.of(templateId);
    }

    /** The group's row: its template, the words it holds, and when an add's answer was lost (or null). */
    private record Claim(String templateId, String body, OffsetDateTime addAnswerLostAt) {}

    private static WeComError addAnswerLost(String groupId, OffsetDateTime at) {
        return WeComError.awaitsAnOperator(new Words(
                "WeCom's answer to adding this group's welcome template was lost (" + at
                        + "), so WeCom may hold it: no other template is added for the group until an admin has"
                        + " checked WeCom's library (客户联系 → 入群欢迎语), deleted any template of these words there,"
                        + " and retried (POST /api/v1/wecom/welcome-templates/" + groupId + "/retry-lost-add)",
                "添加本群入群欢迎语时企业微信的应答丢失（" + at + "），企业微信可能已添加：请管理员核对企业微信素材库"
                        + "（客户联系 → 入群欢迎语），删除其中同样内容的素材后重试；在此之前不再为本群添加欢迎语"));
    }

    private static ConflictException nothingToRetry(String groupId) {
        return new ConflictException(
                "No welcome template of the group " + groupId
                        + " awaits a retry: only an add whose answer was lost does",
                "客户群 " + groupId + " 没有待重试的入群欢迎语：只有应答丢失的添加需要重试");
    }

    private void deleteUnstored(String templateId, String groupId) {
        try {
            wecom.post("externalcontact/group_welcome_template/del", Map.of("template_id", templateId));
        } catch (RuntimeException e) {
            log.warn(
                    "The welcome template {} WeCom added for group {} was not stored, nor deleted from WeCom: {}",
                    templateId,
                    groupId,
                    e.getMessage());
        }
    }

    /**
     * Deletes a dismissed group's template from WeCom's library ({@code group_welcome_template/del}),
     * which holds at most 100 (入群欢迎语素材库最多容纳100个素材): one is added per group, so the
     * groups dismissed over time would fill it and new groups' welcomes would be refused. Nobody joins
     * a dismissed group. WeCom refusing the deletion does not hold up the dismissal: it is logged with
     * the template id, for an administrator to delete it in the admin console, and the record kept.
     */
    void remove(String groupId) {
        Optional<String> templateId = jdbc.sql("SELECT template_id FROM qf_wecom_welcome_template WHERE group_id = ?")
                .param(groupId)
                .query(String.class)
                .optional();
        if (templateId.isEmpty()) {
            return;
        }
        if (templateId.get().isEmpty()) {
            // An add whose answer was lost: Qunflow has no id to delete by.
            log.warn(
                    "Group {} was dismissed with its welcome template's add unanswered: WeCom's library may hold"
                            + " a template of it, for an administrator to delete in the admin console",
                    groupId);
            jdbc.sql("DELETE FROM qf_wecom_welcome_template WHERE group_id = ?")
                    .param(groupId)
                    .update();
            return;
        }
        try {
            wecom.post("externalcontact/group_welcome_template/del", Map.of("template_id", templateId.get()));
        } catch (WeComError e) {
            log.warn(
                    "The welcome template {} of dismissed group {} was not deleted from WeCom: {}",
                    templateId.get(),
                    groupId,
                    e.getMessage());
            return;
        }
        jdbc.sql("DELETE FROM qf_wecom_welcome_template WHERE group_id = ?")
                .param(groupId)
                .update();
    }

    /** The welcome's words with the joiner's nickname (as the rules wrote it) turned into the placeholder. */
    String template(Action welcome) {
        String text = welcome.text() == null ? "" : welcome.text();
        String nickname = null;
        try {
            nickname = members.get(welcome.groupId(), welcome.memberId()).nickname();
        } catch (NotFoundException gone) {
            // The joiner left before the welcome went out: their name is not in the words then.
        }
        return nickname == null || nickname.isBlank() ? text : text.replace(nickname, NICKNAME);
    }
}
