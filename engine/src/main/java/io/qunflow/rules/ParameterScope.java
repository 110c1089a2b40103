package io.qunflow.rules;

import java.time.OffsetDateTime;

/**
 * A parameter's value for the groups in one phase, of one type, or both ({@code null} = any).
 * Where several scopes match a group, the one naming both wins, then the phase, then the type.
 */
public record ParameterScope(
        String name, String phase, String groupType, String value, String changedBy, OffsetDateTime changedAt) {

    boolean matches(String groupPhase, String type) {
        return (phase == null || phase.equals(groupPhase)) && (groupType == null || groupType.equals(type));
    }

    /** Higher is more specific: both (3), phase only (2), type only (1). */
    int specificity() {
        return (phase != null ? 2 : 0) + (groupType != null ? 1 : 0);
    }
}
