package io.qunflow.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qunflow.ApiTest;
import io.qunflow.common.ApplicationClock;
import io.qunflow.common.ConflictException;
import io.qunflow.common.NotFoundException;
import io.qunflow.groups.GroupService;
import io.qunflow.groups.GroupType;
import io.qunflow.groups.NewGroup;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One recorded, realistic stream of events (six groups over 42 days: joins, chat with spam, a
 * member warned, removed and rejoining, flooding, check-in streaks, reactions, orders, leaves,
 * duplicates, an unknown group; see {@code tools/gen_replay_stream.py}) replayed into two clean
 * sets of groups: one event at a time through {@link EventService#accept}, and in batches through
 * {@link EventService#acceptAll}. Every answer (each decision with its rule, reason and evidence,
 * every action), every refusal and every row both ways stored (events, actions, members with
 * their layers, days, check-ins, strikes, points, red envelopes, member counts, reviews, metrics)
 * must be the same. The clock stands still at the stream's last evening, so "now" is the same
 * both ways.
 */
@ApiTest
class BatchReplayApiTest {

    private static final Instant NOW =
            OffsetDateTime.parse("2026-11-11T22:00:00+08:00").toInstant();
    private static final int BATCH = 250;
    private static final Set<String> GENERATED_COLUMNS = Set.of("ID", "SEQ", "REVIEW_SEQ");

    @Autowired
    EventService events;

    @Autowired
    GroupService groups;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    String oneByOne;
    String inBatches;

    @BeforeEach
    void standTheClockStill() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        oneByOne = "r1" + run + "-";
        inBatches = "rb" + run + "-";
        ApplicationClock.replayAt(NOW);
    }

    @AfterEach
    void restartTheClock() {
        ApplicationClock.endReplay();
    }

    @Test
    void aRecordedStream_isDecidedAndStoredAlike_oneByOneAndInBatches() throws IOException {
        List<JsonNode> stream = stream();
        openGroups(oneByOne);
        openGroups(inBatches);

        List<String> single = new ArrayList<>(stream.size());
        for (JsonNode e : stream) {
            try {
                single.add(outcome(events.accept(event(e, oneByOne)), oneByOne));
            } catch (NotFoundException | ConflictException refused) {
                single.add("refused: " + refused.getClass().getSimpleName());
            }
        }
        List<String> batched = new ArrayList<>(stream.size());
        for (int from = 0; from < stream.size(); from += BATCH) {
            List<GroupEvent> batch = stream.subList(from, Math.min(stream.size(), from + BATCH)).stream()
                    .map(e -> event(e, inBatches))
                    .toList();
            for (EventService.Outcome o : events.acceptAll(batch)) {
                batched.add(
                        o.answer() != null
                                ? outcome(o.answer(), inBatches)
                                : "refused: " + o.refusal().getClass().getSimpleName());
            }
        }

        for (int i = 0; i < stream.size(); i++) {
            assertThat(batched.get(i)).as("event %d: %s", i, stream.get(i)).isEqualTo(single.get(i));
        }
        String byGroupThenRow = "group_id, id";
        assertSameRows("qf_event", "group_id, event_id");
        // The events' actions; the groups' workflows send their own, keyed by process instance.
        assertSameRows("qf_action", "group_id, seq", "event_id IS NOT NULL");
        assertSameRows("qf_member", "group_id, member_id");
        assertSameRows("qf_member_day", "group_id, member_id, activity_day");
        assertSameRows("qf_checkin", "group_id, member_id, checkin_day");
        assertSameRows("qf_strike", byGroupThenRow);
        assertSameRows("qf_points_entry", byGroupThenRow);
        assertSameRows("qf_red_envelope", byGroupThenRow);
        assertSameRows("qf_review", "group_id, seq");
        assertSameRows("qf_moderation_outcome", byGroupThenRow);
        assertThat(sorted(rows("qf_member_change", byGroupThenRow, inBatches)))
                .isEqualTo(sorted(rows("qf_member_change", byGroupThenRow, oneByOne)));
        assertThat(jdbc.sql("SELECT member_count FROM qf_group WHERE id LIKE ? ORDER BY id")
                        .param(inBatches + "%")
                        .query(Integer.class)
                        .list())
                .isEqualTo(jdbc.sql("SELECT member_count FROM qf_group WHERE id LIKE ? ORDER BY id")
                        .param(oneByOne + "%")
                        .query(Integer.class)
                        .list());
        assertTheStreamExercisesWhatBatchesMustKeep(stream, single);
    }

    /**
     * The stream is only a test of order and counting if it makes them matter: a second offence
     * removes, a flood mutes, streaks pay on their days, a rejoining offender is recognised, the
     * member-count milestone runs a day over its budget, members change layer, events repeat.
     */
    private static void assertTheStreamExercisesWhatBatchesMustKeep(List<JsonNode> stream, List<String> single) {
        // Each group's spammer offends twice within twenty minutes (within one batch): warned, then removed.
        Map<String, List<String>> spammer = new TreeMap<>();
        for (int i = 0; i < stream.size(); i++) {
            JsonNode e = stream.get(i);
            if (e.get("memberId").asText().equals("spammer")
                    && e.get("type").asText().equals("MESSAGE_POSTED")
                    && !single.get(i).contains("\"duplicate\":true")) {
                spammer.computeIfAbsent(e.get("groupId").asText(), g -> new ArrayList<>())
                        .add(single.get(i));
            }
        }
        assertThat(spammer).hasSize(6);
        spammer.forEach((group, answers) -> {
            assertThat(answers.get(0)).as("first offence in " + group).contains("WARN_MEMBER");
            assertThat(answers.get(1)).as("second offence in " + group).contains("REMOVE_MEMBER");
        });
        String all = String.join("\n", single);
        assertThat(all)
                .contains(
                        "A first offence is warned and the message deleted",
                        "A repeat offence within the strike window removes the member",
                        "A member posting faster than the flood limit is muted",
                        "A member removed for violations who rejoins is removed again",
                        "Owners, admins and staff are not moderated",
                        "A three-day check-in streak earns bonus points",
                        "A seven-day check-in streak earns bonus points",
                        "A thirty-day check-in streak earns bonus points and a red envelope",
                        "A member-count milestone is celebrated with a red envelope for the group",
                        "RED_ENVELOPE_REFUSED",
                        "A holiday is celebrated with a red envelope for the group",
                        "A member's birthday is celebrated with a red envelope and points",
                        "\"outcome\":\"TAG_MEMBER\"");
        assertThat(single.stream().filter(o -> o.contains("\"duplicate\":true")).count())
                .isGreaterThan(50);
        assertThat(single.stream().filter(o -> o.startsWith("refused: NotFoundException")))
                .hasSize(3);
    }

    private List<JsonNode> stream() throws IOException {
        List<JsonNode> stream = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/events/replay-stream.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                stream.add(json.readTree(line));
            }
        }
        return stream;
    }

    private void openGroups(String prefix) {
        for (int g = 1; g <= 6; g++) {
            groups.create(
                    new NewGroup(prefix + "g" + g, "回放群" + g, "批量回放", GroupType.CONTENT, null, null, null, null, null));
        }
    }

    private static GroupEvent event(JsonNode e, String prefix) {
        return new GroupEvent(
                prefix + e.get("eventId").asText(),
                prefix + e.get("groupId").asText(),
                EventType.valueOf(e.get("type").asText()),
                e.get("memberId").asText(),
                OffsetDateTime.parse(e.get("at").asText()).withOffsetSameInstant(ZoneOffset.UTC),
                e.get("payload"));
    }

    /** The answer as JSON, without the actions' generated ids, with the replay's prefix taken out. */
    private String outcome(EventAnswer answer, String prefix) {
        JsonNode tree = json.valueToTree(answer);
        tree.get("actions").forEach(action -> ((ObjectNode) action).remove("id"));
        return tree.toString().replace(prefix, "");
    }

    private void assertSameRows(String table, String order) {
        assertSameRows(table, order, "TRUE");
    }

    private void assertSameRows(String table, String order, String condition) {
        List<String> batched = rows(table, order, inBatches, condition);
        assertThat(batched).as(table).isEqualTo(rows(table, order, oneByOne, condition));
    }

    private List<String> rows(String table, String order, String prefix) {
        return rows(table, order, prefix, "TRUE");
    }

    /** The replay's rows of a table in order, one string each: every column but generated ids. */
    private List<String> rows(String table, String order, String prefix, String condition) {
        return jdbc.sql("SELECT * FROM " + table + " WHERE group_id LIKE ? AND " + condition + " ORDER BY " + order)
                .param(prefix + "%")
                .query((rs, n) -> row(rs, prefix))
                .list();
    }

    private String row(ResultSet rs, String prefix) throws SQLException {
        ResultSetMetaData columns = rs.getMetaData();
        StringBuilder row = new StringBuilder();
        for (int c = 1; c <= columns.getColumnCount(); c++) {
            String name = columns.getColumnLabel(c).toUpperCase();
            if (GENERATED_COLUMNS.contains(name)) {
                continue;
            }
            Object value = rs.getObject(c);
            if (value instanceof OffsetDateTime time) {
                value = time.toInstant();
            } else if (value instanceof java.sql.Timestamp time) {
                value = time.toInstant();
            } else if (name.equals("ANSWER") && value != null) {
                value = outcome(readAnswer(value.toString()), prefix);
            }
            row.append(name).append('=').append(value).append("; ");
        }
        return row.toString().replace(prefix, "");
    }

    private EventAnswer readAnswer(String stored) {
        try {
            return json.readValue(stored, EventAnswer.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> sorted(List<String> rows) {
        return rows.stream().sorted().toList();
    }
}
