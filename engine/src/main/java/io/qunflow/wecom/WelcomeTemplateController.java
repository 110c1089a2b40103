package io.qunflow.wecom;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For admins, beside the dead letters: the groups whose welcome template's add got no answer, and
 * the retry that adds a group's template anew once they have checked WeCom's library.
 */
@RestController
@RequestMapping("/api/v1/wecom/welcome-templates")
@ConditionalOnWeCom
class WelcomeTemplateController {

    /** The template the retry added. */
    record Retried(String groupId, String templateId) {}

    private final WelcomeTemplates templates;
    private final WeComNames names;

    WelcomeTemplateController(WelcomeTemplates templates, WeComNames names) {
        this.templates = templates;
        this.names = names;
    }

    @GetMapping("/lost-adds")
    List<WelcomeTemplates.LostAdd> lostAdds() {
        return names.lostAdds(templates.lostAdds());
    }

    @PostMapping("/{groupId}/retry-lost-add")
    Retried retryLostAdd(@PathVariable String groupId) {
        return new Retried(groupId, templates.retryLostAdd(groupId));
    }
}
