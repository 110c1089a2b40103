package io.qunflow.audit;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.OffsetDateTime;

/**
 * One change: who made it, when, to what, and the reason they gave.
 *
 * @param id the entry's number, written as a string as every id of the API is
 * @param commentZh the comment in Chinese where the engine wrote it; null where a person wrote it
 *     (their own words) or the entry is older than the engine's Chinese
 */
public record AuditEntry(
        @JsonFormat(shape = JsonFormat.Shape.STRING) long id,
        OffsetDateTime at,
        String actor,
        String subjectType,
        String subject,
        String change,
        String comment,
        String commentZh,
        String diff) {}
