package io.qunflow.audit;

import io.qunflow.common.RequestChecks;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who changed what, when and why: the audit trail, newest first. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    static final int MAX_LIMIT = 500;

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping
    List<AuditEntry> recent(
            @RequestParam(required = false) String subjectType,
            @RequestParam(required = false) String subject,
            @RequestParam(defaultValue = "50") int limit) {
        RequestChecks checks = new RequestChecks();
        checks.text("subjectType", subjectType, 40, false);
        checks.text("subject", subject, 200, false);
        if (limit < 1 || limit > MAX_LIMIT) {
            checks.add("limit", "must be between 1 and " + MAX_LIMIT);
        }
        checks.throwIfAny("The audit query");
        return audit.recent(subjectType, subject, limit);
    }
}
