package io.qunflow.audit;

import io.qunflow.common.constraints.Between;
import io.qunflow.common.constraints.RequestSubject;
import io.qunflow.common.constraints.Text;
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
    @RequestSubject(value = "The audit query", zh = "审计日志查询")
    List<AuditEntry> recent(
            @RequestParam(required = false) @Text(max = 40) String subjectType,
            @RequestParam(required = false) @Text(max = 200) String subject,
            @RequestParam(defaultValue = "50") @Between(min = 1, max = MAX_LIMIT) int limit) {
        return audit.recent(subjectType, subject, limit);
    }
}
