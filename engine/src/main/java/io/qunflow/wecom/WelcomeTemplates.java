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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

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

    WelcomeTemplates(WeComClient wecom, MemberService members, WeComSettings settings, JdbcClient jdbc, Clock clock) {
        this.wecom = wecom;
        this.members = members;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Makes the group's template say what the welcome action says; answers the template id. A text
     * WeCom would refuse is not sent ({@link WeComText}).
     */
    String apply(Action welcome) {
        String body =
                WeComText.sendable(template(welcome), MAX_TEXT_BYTES, "a WeCom group welcome template", "企业微信入群欢迎语");
        Optional<String[]> current = jdbc.sql(
                        "SELECT template_id, body FROM qf_wecom_welcome_template WHERE group_id = ?")
                .param(welcome.groupId())
                .query((rs, row) -> new String[] {rs.getString("template_id"), rs.getString("body")})
                .optional();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        if (current.isPresent() && current.get()[1].equals(body)) {
            return current.get()[0];
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
                    .params(body, now, welcome.groupId())
                    .update();
            return current.get()[0];
        }
        request.put("notify", 1);
        String templateId = wecom.create("externalcontact/group_welcome_template/add", request)
                .path("template_id")
                .asText();
        jdbc.sql("INSERT INTO qf_wecom_welcome_template (group_id, template_id, body, updated_at) VALUES (?,?,?,?)")
                .params(welcome.groupId(), templateId, body, now)
                .update();
        return templateId;
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
