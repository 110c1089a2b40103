package io.qunflow.groups;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qunflow.common.SqlArrays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class GroupStore {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    GroupStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    boolean exists(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_group WHERE id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void insert(Group g) {
        jdbc.sql("INSERT INTO qf_group (id, name, intro, type, capacity, tags, welcome_message, group_rules,"
                        + " time_zone, phase, phase_since, member_count, process_instance_id, created_at)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(
                        g.id(),
                        g.name(),
                        g.intro(),
                        g.type().name(),
                        g.capacity(),
                        write(g.tags()),
                        g.welcomeMessage(),
                        g.groupRules(),
                        g.timeZone().getId(),
                        g.phase().name(),
                        g.phaseSince(),
                        g.memberCount(),
                        g.processInstanceId(),
                        g.createdAt())
                .update();
    }

    Optional<Group> find(String id) {
        return jdbc.sql("SELECT * FROM qf_group WHERE id = ?")
                .param(id)
                .query(this::group)
                .optional();
    }

    Map<String, String> names(Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT g.id, g.name FROM UNNEST(?) AS t(x) JOIN qf_group g ON g.id = t.x")
                    .param(SqlArrays.varchars(new TreeSet<>(ids)))
                    .query(rs -> {
                        names.put(rs.getString("id"), rs.getString("name"));
                    });
        }
        return names;
    }

    List<Group> all() {
        return jdbc.sql("SELECT * FROM qf_group ORDER BY created_at, id")
                .query(this::group)
                .list();
    }

    void attachProcess(String id, String processInstanceId) {
        jdbc.sql("UPDATE qf_group SET process_instance_id = ? WHERE id = ?")
                .params(processInstanceId, id)
                .update();
    }

    void rename(String id, String name) {
        jdbc.sql("UPDATE qf_group SET name = ? WHERE id = ?").params(name, id).update();
    }

    void update(Group g) {
        jdbc.sql("UPDATE qf_group SET name = ?, intro = ?, type = ?, capacity = ?, tags = ?, welcome_message = ?,"
                        + " group_rules = ?, time_zone = ? WHERE id = ?")
                .params(
                        g.name(),
                        g.intro(),
                        g.type().name(),
                        g.capacity(),
                        write(g.tags()),
                        g.welcomeMessage(),
                        g.groupRules(),
                        g.timeZone().getId(),
                        g.id())
                .update();
    }

    /** The group, its row locked until the transaction ends (joins count members under the same lock). */
    Optional<Group> lock(String id) {
        return jdbc.sql("SELECT * FROM qf_group WHERE id = ? FOR UPDATE")
                .param(id)
                .query(this::group)
                .optional();
    }

    void changePhase(String id, Phase phase, OffsetDateTime since) {
        jdbc.sql("UPDATE qf_group SET phase = ?, phase_since = ? WHERE id = ?")
                .params(phase.name(), since, id)
                .update();
    }

    /**
     * Adjusts the member count in the database, so concurrent joins never lose an update; the row
     * stays locked until the transaction ends, so the joins of one group count in turn.
     */
    int addMembers(String id, int delta) {
        jdbc.sql("UPDATE qf_group SET member_count = member_count + ? WHERE id = ?")
                .params(delta, id)
                .update();
        return jdbc.sql("SELECT member_count FROM qf_group WHERE id = ?")
                .param(id)
                .query(Integer.class)
                .single();
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
                Phase.of(rs.getString("phase")),
                rs.getObject("phase_since", OffsetDateTime.class),
                rs.getInt("member_count"),
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
        if ("[]".equals(tags)) {
            // Most groups have no tags, and the group is read on every event.
            return List.of();
        }
        try {
            return json.readValue(tags, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored tags are not JSON: " + tags, e);
        }
    }
}
