package io.qunflow.wecom;

import io.qunflow.actions.Action;
import io.qunflow.common.NotFoundException;
import io.qunflow.members.MemberService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
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
            return applyInTurn(welcome.groupId(), body);
        } catch (DuplicateKeyException addedMeanwhile) {
            // Another welcome of the group claimed the row first and waited us out while WeCom added
            // its template: that template is now the group's, and ours becomes an edit of it.
            return applyInTurn(welcome.groupId(), body);
        }
    }

    private Optional<String> applyInTurn(String groupId, String body) {
        AtomicReference<String> added = new AtomicReference<>();
        try {
            return transactions.execute(status -> applyHoldingTheRow(groupId, body, added));
        } catch (RuntimeException notStored) {
            if (added.get() != null) {
                // WeCom added the template but the database did not keep it: nobody would ever
                // delete it from WeCom's library otherwise.
                deleteUnstored(added.get(), groupId);
            }
            throw notStored;
        }
    }

    private Optional<String> applyHoldingTheRow(String groupId, String body, AtomicReference<String> added) {
        if (chats.dismissedHoldingTheRow(groupId)) {
            return Optional.empty();
        }
        Optional<String[]> current = jdbc.sql(
                        "SELECT template_id, body FROM qf_wecom_welcome_template WHERE group_id = ? FOR UPDATE")
                .param(groupId)
                .query((rs, row) -> new String[] {rs.getString("template_id"), rs.getString("body")})
                .optional();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        if (current.isPresent() && current.get()[1].equals(body)) {
            return Optional.of(current.get()[0]);
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("text", Map.of("content", body));
        if (settings.agentId() != null) {
            request.put("agentid", settings.agentId());
        }
        if (current.isPresent()) {
            request.put("template_id", current.get()[0]);
            wecom.post("externalcontact/group_welcome_template/edit", request);
            jdbc.sql("UPDATE qf_wecom_welcome_template SET body = ?, updated_at = ? WHERE group_id = ?")
                    .params(body, now, groupId)
                    .update();
            return Optional.of(current.get()[0]);
        }
        // The claim: a second welcome of the group waits on this key until we commit, then finds the
        // template. The empty id is never committed: it becomes WeCom's id, or the claim rolls back.
        jdbc.sql("INSERT INTO qf_wecom_welcome_template (group_id, template_id, body, updated_at) VALUES (?,?,?,?)")
                .params(groupId, "", body, now)
                .update();
        request.put("notify", 1);
        String templateId = wecom.create("externalcontact/group_welcome_template/add", request)
                .path("template_id")
                .asText();
        added.set(templateId);
        jdbc.sql("UPDATE qf_wecom_welcome_template SET template_id = ? WHERE group_id = ?")
                .params(templateId, groupId)
                .update();
        return Optional.of(templateId);
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
