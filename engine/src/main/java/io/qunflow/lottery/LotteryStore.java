package io.qunflow.lottery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LotteryStore {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    LotteryStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(
            String id,
            String groupId,
            String title,
            String by,
            OffsetDateTime at,
            OffsetDateTime closesAt,
            List<Prize> prizes) {
        jdbc.sql("INSERT INTO qf_lottery (id, group_id, title, status, created_by, created_at, closes_at)"
                        + " VALUES (?,?,?,'OPEN',?,?,?)")
                .params(id, groupId, title, by, at, closesAt)
                .update();
        for (int i = 0; i < prizes.size(); i++) {
            Prize p = prizes.get(i);
            jdbc.sql("INSERT INTO qf_lottery_prize (lottery_id, prize_id, position, name, inventory, remaining, points,"
                            + " points_cost) VALUES (?,?,?,?,?,?,?,?)")
                    .params(id, p.id(), i, p.name(), p.inventory(), p.inventory(), p.points(), p.pointsCost())
                    .update();
        }
    }

    /** Reads the lottery; {@code lock} holds its row until the transaction ends (draws, redemptions). */
    Optional<Lottery> find(String groupId, String id, boolean lock) {
        return jdbc.sql("SELECT * FROM qf_lottery WHERE id = ? AND group_id = ?" + (lock ? " FOR UPDATE" : ""))
                .params(id, groupId)
                .query((rs, n) -> new Lottery(
                        rs.getString("id"),
                        rs.getString("group_id"),
                        rs.getString("title"),
                        rs.getString("status"),
                        rs.getString("created_by"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("closes_at", OffsetDateTime.class),
                        rs.getObject("drawn_at", OffsetDateTime.class),
                        rs.getString("seed"),
                        readList(rs.getString("entrants")),
                        (Integer) rs.getObject("rule_set_version"),
                        null,
                        null,
                        null))
                .optional()
                .map(l -> new Lottery(
                        l.id(),
                        l.groupId(),
                        l.title(),
                        l.status(),
                        l.createdBy(),
                        l.createdAt(),
                        l.closesAt(),
                        l.drawnAt(),
                        l.seed(),
                        l.entrants(),
                        l.ruleSetVersion(),
                        prizes(id, false),
                        prizes(id, true),
                        winners(id)));
    }

    /** A lottery by its group and id. */
    record Ref(String groupId, String id) {}

    /** Open lotteries whose closing time has come, oldest first. */
    List<Ref> closedBy(OffsetDateTime now) {
        return jdbc.sql("SELECT group_id, id FROM qf_lottery WHERE status = 'OPEN' AND closes_at <= ?"
                        + " ORDER BY closes_at, id")
                .param(now)
                .query((rs, n) -> new Ref(rs.getString(1), rs.getString(2)))
                .list();
    }

    private List<Prize> prizes(String lotteryId, boolean atDraw) {
        return jdbc.sql("SELECT * FROM qf_lottery_prize WHERE lottery_id = ?"
                        + (atDraw ? " AND drawn_units IS NOT NULL" : "") + " ORDER BY position")
                .param(lotteryId)
                .query((rs, n) -> new Prize(
                        rs.getString("prize_id"),
                        rs.getString("name"),
                        rs.getInt("inventory"),
                        atDraw ? rs.getInt("drawn_units") : rs.getInt("remaining"),
                        (Integer) rs.getObject("points"),
                        (Integer) rs.getObject("points_cost")))
                .list();
    }

    private List<LotteryDraw.Winner> winners(String lotteryId) {
        return jdbc.sql(
                        "SELECT position, member_id, prize_id FROM qf_lottery_winner WHERE lottery_id = ? ORDER BY position")
                .param(lotteryId)
                .query((rs, n) -> new LotteryDraw.Winner(rs.getInt(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    void drawn(
            String id,
            OffsetDateTime at,
            String seed,
            List<String> entrants,
            int version,
            List<Prize> atDraw,
            List<LotteryDraw.Winner> winners) {
        try {
            jdbc.sql(
                            "UPDATE qf_lottery SET status = 'DRAWN', drawn_at = ?, seed = ?, entrants = ?, rule_set_version = ?"
                                    + " WHERE id = ?")
                    .params(at, seed, json.writeValueAsString(entrants), version, id)
                    .update();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        for (Prize p : atDraw) {
            jdbc.sql("UPDATE qf_lottery_prize SET drawn_units = ? WHERE lottery_id = ? AND prize_id = ?")
                    .params(p.remaining(), id, p.id())
                    .update();
        }
        for (LotteryDraw.Winner w : winners) {
            jdbc.sql("INSERT INTO qf_lottery_winner (lottery_id, position, member_id, prize_id) VALUES (?,?,?,?)")
                    .params(id, w.position(), w.memberId(), w.prizeId())
                    .update();
            take(id, w.prizeId());
        }
    }

    void take(String lotteryId, String prizeId) {
        jdbc.sql("UPDATE qf_lottery_prize SET remaining = remaining - 1 WHERE lottery_id = ? AND prize_id = ?")
                .params(lotteryId, prizeId)
                .update();
    }

    private List<String> readList(String stored) {
        if (stored == null) {
            return List.of();
        }
        try {
            return json.readValue(stored, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored entrants are not JSON", e);
        }
    }
}
