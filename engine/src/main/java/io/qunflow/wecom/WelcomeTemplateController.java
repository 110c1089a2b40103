package io.qunflow.wecom;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For admins, beside the dead letters: adds anew a group's welcome template whose add got no answer,
 * once they have checked WeCom's library.
 */
@RestController
@RequestMapping("/api/v1/wecom/welcome-templates")
@ConditionalOnWeCom
class WelcomeTemplateController {

    /** The template the retry added. */
    record Retried(String groupId, String templateId) {}

    private final WelcomeTemplates templates;

    WelcomeTemplateController(WelcomeTemplates templates) {
        this.templates = templates;
    }

    @PostMapping("/{groupId}/retry-lost-add")
    Retried retryLostAdd(@PathVariable String groupId) {
        return new Retried(groupId, templates.retryLostAdd(groupId));
    }
}
