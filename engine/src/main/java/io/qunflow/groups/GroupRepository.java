package io.qunflow.groups;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class GroupRepository {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    GroupRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    boolean exists(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_group WHERE id = ?").param(id).query(Integer.class).single() > 0;
    }

    /**
     * A group with its member count, counted from the member rows (the members feature owns them)
     * rather than kept in a counter on the group row: a counter updated by every event that adds a
     * member (a member's first message, reaction or check-in adds them too) made all of a group's
     * concurrent events wait for each other's transactions on that one row.
     */
    private static final String SELECT = "SELECT g.*, (SELECT COUNT(*) FROM qf_member m WHERE m.group_id = g.id"
            + " AND m.status = 'IN_GROUP') AS members FROM qf_group g";

    void insert(Group g) {
        jdbc.sql("INSERT INTO qf_group (id, name, intro, type, capacity, tags, welcome_message, group_rules,"
                        + " time_zone, phase, phase_since, process_instance_id, created_at)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(g.id(), g.name(), g.intro(), g.type().name(), g.capacity(), write(g.tags()),
                        g.welcomeMessage(), g.groupRules(), g.timeZone().getId(), g.phase().name(), g.phaseSince(),
                        g.processInstanceId(), g.createdAt())
                .update();
    }

    Optional<Group> find(String id) {
        return jdbc.sql(SELECT + " WHERE g.id = ?").param(id).query(this::group).optional();
    }

    List<Group> all() {
        return jdbc.sql(SELECT + " ORDER BY g.created_at, g.id").query(this::group).list();
    }

    void attachProcess(String id, String processInstanceId) {
        jdbc.sql("UPDATE qf_group SET process_instance_id = ? WHERE id = ?").params(processInstanceId, id).update();
    }

    void changePhase(String id, Phase phase, OffsetDateTime since) {
        jdbc.sql("UPDATE qf_group SET phase = ?, phase_since = ? WHERE id = ?")
                .params(phase.name(), since, id)
                .update();
    }

    void lock(String id) {
        jdbc.sql("SELECT id FROM qf_group WHERE id = ? FOR UPDATE").param(id).query(String.class).list();
    }

    private Group group(ResultSet rs, int row) throws SQLException {
        return new Group(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("intro"),
                GroupType.valueOf(rs.getString("type")),
                rs.getInt("capacity"),
                read(rs.getString("tags")),
                rs.getString("welcome_message"),
                rs.getString("group_rules"),
                ZoneId.of(rs.getString("time_zone")),
                Phase.valueOf(rs.getString("phase")),
                rs.getObject("phase_since", OffsetDateTime.class),
                rs.getInt("members"),
                rs.getString("process_instance_id"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    private String write(List<String> tags) {
        try {
            return json.writeValueAsString(tags);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> read(String tags) {
        try {
            return json.readValue(tags, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored tags are not JSON: " + tags, e);
        }
    }
}
