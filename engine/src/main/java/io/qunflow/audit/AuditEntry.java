package io.qunflow.audit;

import java.time.OffsetDateTime;

/** One change: who made it, when, to what, and the reason they gave. */
public record AuditEntry(
        long id,
        OffsetDateTime at,
        String actor,
        String subjectType,
        String subject,
        String change,
        String comment,
        String diff) {}
