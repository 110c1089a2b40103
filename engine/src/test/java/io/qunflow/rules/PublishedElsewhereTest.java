package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A version published by another node (the same database, another engine) is swapped in here. */
@RulePublishingTest
class PublishedElsewhereTest {

    @Autowired
    RuleEngine engine;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aVersionPublishedOnAnotherNode_isSwappedInByThePoll() {
        int before = engine.activeVersion("welcome");
        String source = jdbc.sql("SELECT source FROM qf_rule_set_version WHERE name = 'welcome' AND version = ?")
                .param(before)
                .query(String.class)
                .single()
                .replace(
                        "rule \"A new member is welcomed with the group rules\"",
                        "rule \"A new member is welcomed by the other node\"");
        int next = before + 1;
        jdbc.sql("INSERT INTO qf_rule_set_version (name, version, source, author, comment, published_at)"
                        + " VALUES ('welcome', ?, ?, 'node-2', 'published on node 2', ?)")
                .params(next, source, OffsetDateTime.now())
                .update();
        jdbc.sql("UPDATE qf_rule_set SET active_version = ? WHERE name = 'welcome'")
                .param(next)
                .update();

        jdbc.sql("UPDATE qf_revision SET revision = revision + 1 WHERE subject = 'rule-sets'")
                .update();
        engine.reloadIfChangedElsewhere();

        assertThat(engine.activeVersion("welcome")).isEqualTo(next);
        assertThat(engine.ruleNames("welcome")).contains("A new member is welcomed by the other node");
        assertThat(engine.evaluate("welcome", List.of()).version()).isEqualTo(next);
    }
}
