package io.qunflow.wecom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LiveCodeStore {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    LiveCodeStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<LiveCode> all() {
        return jdbc.sql("SELECT * FROM qf_wecom_live_code ORDER BY created_at, config_id")
                .query(this::code)
                .list();
    }

    Optional<LiveCode> find(String configId) {
        return jdbc.sql("SELECT * FROM qf_wecom_live_code WHERE config_id = ?")
                .param(configId)
                .query(this::code)
                .optional();
    }

    /**
     * The code, its row held to the end of the caller's transaction: a rotation, an update or a
     * delete of the same code on another node waits for the caller's work and then sees it.
     */
    Optional<LiveCode> holding(String configId) {
        return jdbc.sql("SELECT * FROM qf_wecom_live_code WHERE config_id = ? FOR UPDATE")
                .param(configId)
                .query(this::code)
                .optional();
    }

    Optional<LiveCode> byState(String state) {
        return jdbc.sql("SELECT * FROM qf_wecom_live_code WHERE state = ?")
                .param(state)
                .query(this::code)
                .optional();
    }

    void insert(LiveCode c) {
        jdbc.sql(
                        "INSERT INTO qf_wecom_live_code (config_id, remark, state, chat_ids, active_chat_ids, auto_create_room,"
                                + " room_base_name, room_base_id, qr_code, created_at, updated_at, rotated_at)"
                                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(
                        c.configId(),
                        c.remark(),
                        c.state(),
                        write(c.chatIds()),
                        write(c.activeChatIds()),
                        c.autoCreateRoom(),
                        c.roomBaseName(),
                        c.roomBaseId(),
                        c.qrCode(),
                        c.createdAt(),
                        c.updatedAt(),
                        c.rotatedAt())
                .update();
    }

    void update(LiveCode c) {
        jdbc.sql("UPDATE qf_wecom_live_code SET remark = ?, state = ?, chat_ids = ?, active_chat_ids = ?,"
                        + " auto_create_room = ?, room_base_name = ?, room_base_id = ?, qr_code = ?, updated_at = ?,"
                        + " rotated_at = ? WHERE config_id = ?")
                .params(
                        c.remark(),
                        c.state(),
                        write(c.chatIds()),
                        write(c.activeChatIds()),
                        c.autoCreateRoom(),
                        c.roomBaseName(),
                        c.roomBaseId(),
                        c.qrCode(),
                        c.updatedAt(),
                        c.rotatedAt(),
                        c.configId())
                .update();
    }

    void delete(String configId) {
        jdbc.sql("DELETE FROM qf_wecom_live_code WHERE config_id = ?")
                .param(configId)
                .update();
    }

    private LiveCode code(ResultSet rs, int row) throws SQLException {
        int baseId = rs.getInt("room_base_id");
        Integer roomBaseId = rs.wasNull() ? null : baseId;
        return new LiveCode(
                rs.getString("config_id"),
                rs.getString("remark"),
                rs.getString("state"),
                read(rs.getString("chat_ids")),
                read(rs.getString("active_chat_ids")),
                rs.getBoolean("auto_create_room"),
                rs.getString("room_base_name"),
                roomBaseId,
                rs.getString("qr_code"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getObject("rotated_at", OffsetDateTime.class));
    }

    private String write(List<String> ids) {
        try {
            return json.writeValueAsString(ids);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> read(String text) {
        try {
            return json.readValue(text, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored chat ids are not JSON", e);
        }
    }
}
