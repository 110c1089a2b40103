package io.qunflow.rules.model;

/**
 * The group an evaluation is for and where it stands: inserted into every evaluation made on a
 * group's behalf, so a rule can apply in one phase or to one type of group only, e.g. {@code
 * GroupContext( phase == "LAUNCH" )} or {@code GroupContext( groupType == "FLASH" )}. The
 * phases are those the group's lifecycle declares ({@code GET /api/v1/phases}).
 *
 * @param phase the group's phase, as its lifecycle named it
 * @param groupType the group's type (TRAFFIC, CONTENT, FLASH, CHECKIN)
 */
public record GroupContext(String groupId, String phase, String groupType) {

    public boolean inPhase(String name) {
        return phase.equals(name);
    }
}
