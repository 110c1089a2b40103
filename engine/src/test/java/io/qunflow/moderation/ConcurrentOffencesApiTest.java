package io.qunflow.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.TestGroup;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two offending messages of one member arriving at the same moment, as on two nodes: the second is
 * decided knowing the first's strike, as if they had come one after the other.
 */
@ApiTest
class ConcurrentOffencesApiTest {

    private static final int MEMBERS = 6;

    @LocalServerPort
    int port;

    @Test
    void twoOffencesOfOneMemberAtOnce_theSecondCountsTheFirstsStrike_andRemoves() throws Exception {
        TestGroup group = TestGroup.of(port).open();
        OffsetDateTime joined = TestGroup.daysAgo(3);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            for (int m = 0; m < MEMBERS; m++) {
                String member = "twice-" + m;
                group.newMember(member).nickname("两条").joins(joined);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Reply>> replies = new ArrayList<>();
                for (String text : List.of("加 我 威 信 领红包", "兼职刷单日结")) {
                    replies.add(nodes.submit(() -> {
                        together.await();
                        return group.say(member, joined.plusHours(1), text);
                    }));
                }
                List<String> rules = new ArrayList<>();
                for (Future<Reply> reply : replies) {
                    assertThat(reply.get().status()).isEqualTo(200);
                    for (JsonNode decision : reply.get().body().get("decisions")) {
                        if (decision.get("ruleSet").asText().equals("moderation")) {
                            rules.add(decision.get("outcome").asText());
                        }
                    }
                }

                assertThat(rules)
                        .as("%s: one warning, then the removal the second strike brings", member)
                        .contains("WARN_MEMBER", "REMOVE_MEMBER");
                assertThat(group.api()
                                .get("/api/v1/groups/" + group.id + "/members/" + member + "/strikes")
                                .body()
                                .get("strikes"))
                        .hasSize(2);
            }
        } finally {
            nodes.shutdown();
        }
    }
}
