package io.qunflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.api.Problems;
import io.qunflow.wecom.WeComTest;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may change what, for every state-changing endpoint the API maps, read from Spring MVC's own
 * request mappings: a new endpoint fails this test until its row says who may call it, so none
 * falls to a default nobody chose. The rows are docs/security.md's tables. It runs with the WeCom
 * connector on, so the connector's endpoints are mapped too.
 */
@WeComTest
class AuthorizationMatrixApiTest {

    /** The people of docs/security.md's roles table and the systems of its scopes table. */
    enum Caller {
        VIEWER("ROLE_VIEWER"),
        OPERATOR("ROLE_OPERATOR"),
        COMPLIANCE("ROLE_COMPLIANCE"),
        DESIGNER("ROLE_DESIGNER"),
        ADMIN("ROLE_ADMIN"),
        EVENTS_KEY("SCOPE_events"),
        GROUPS_KEY("SCOPE_groups"),
        ACTIONS_KEY("SCOPE_actions"),
        RULES_READ_KEY("SCOPE_rules:read"),
        WORKFLOWS_READ_KEY("SCOPE_workflows:read"),
        METRICS_KEY("SCOPE_metrics");

        final String authority;

        Caller(String authority) {
            this.authority = authority;
        }

        boolean person() {
            return authority.startsWith("ROLE_");
        }
    }

    private static final Set<Caller> PEOPLE =
            EnumSet.of(Caller.VIEWER, Caller.OPERATOR, Caller.COMPLIANCE, Caller.DESIGNER, Caller.ADMIN);
    private static final Set<Caller> RUNS_GROUPS = EnumSet.of(Caller.OPERATOR, Caller.ADMIN);
    private static final Set<Caller> SCHEDULES_GROUPS = EnumSet.of(Caller.OPERATOR, Caller.ADMIN, Caller.GROUPS_KEY);
    private static final Set<Caller> COMPLIANCE = EnumSet.of(Caller.COMPLIANCE);
    private static final Set<Caller> ADMIN = EnumSet.of(Caller.ADMIN);

    /** Every state-changing endpoint under /api and who may call it. */
    private static final Map<String, Set<Caller>> MAY = new TreeMap<>(Map.ofEntries(
            // Groups and their SOP calendars: operators, admins and the groups scope.
            Map.entry("POST /api/v1/groups", SCHEDULES_GROUPS),
            Map.entry("PUT /api/v1/groups/{id}", SCHEDULES_GROUPS),
            Map.entry("POST /api/v1/groups/{id}/dissolve", SCHEDULES_GROUPS),
            Map.entry("POST /api/v1/groups/{groupId}/sop/entries", SCHEDULES_GROUPS),
            Map.entry("PUT /api/v1/groups/{groupId}/sop/entries/{entryId}", SCHEDULES_GROUPS),
            Map.entry("DELETE /api/v1/groups/{groupId}/sop/entries/{entryId}", SCHEDULES_GROUPS),
            Map.entry("POST /api/v1/groups/{groupId}/sop/templates/{template}", SCHEDULES_GROUPS),
            Map.entry("POST /api/v1/groups/{groupId}/sop/topics", SCHEDULES_GROUPS),
            Map.entry("POST /api/v1/groups/{groupId}/sop/essence", SCHEDULES_GROUPS),
            Map.entry("DELETE /api/v1/groups/{groupId}/sop/essence/{essenceId}", SCHEDULES_GROUPS),
            Map.entry("POST /api/v1/sop/alliance-posts", SCHEDULES_GROUPS),
            // An operator's judgement: pruning, lotteries, a member's layer lock, keep or role.
            Map.entry("POST /api/v1/groups/{groupId}/pruning-runs", RUNS_GROUPS),
            Map.entry("POST /api/v1/groups/{groupId}/lotteries", RUNS_GROUPS),
            Map.entry("POST /api/v1/groups/{groupId}/lotteries/{id}/draw", RUNS_GROUPS),
            Map.entry("POST /api/v1/groups/{groupId}/lotteries/{id}/redemptions", RUNS_GROUPS),
            Map.entry("POST /api/v1/groups/{groupId}/members/{memberId}/layer-lock", RUNS_GROUPS),
            Map.entry("POST /api/v1/groups/{groupId}/members/{memberId}/layer-unlock", RUNS_GROUPS),
            Map.entry("POST /api/v1/groups/{groupId}/members/{memberId}/keep", RUNS_GROUPS),
            Map.entry("DELETE /api/v1/groups/{groupId}/members/{memberId}/keep", RUNS_GROUPS),
            Map.entry("PUT /api/v1/groups/{groupId}/members/{memberId}/role", RUNS_GROUPS),
            Map.entry("POST /api/v1/wecom/live-codes", RUNS_GROUPS),
            Map.entry("PUT /api/v1/wecom/live-codes/{configId}", RUNS_GROUPS),
            Map.entry("DELETE /api/v1/wecom/live-codes/{configId}", RUNS_GROUPS),
            Map.entry("POST /api/v1/wecom/owner-tasks/{id}/complete", RUNS_GROUPS),
            // Events: the events scope, and operators posting by hand.
            Map.entry(
                    "POST /api/v1/groups/{groupId}/events",
                    EnumSet.of(Caller.EVENTS_KEY, Caller.OPERATOR, Caller.ADMIN)),
            Map.entry("POST /api/v1/events:batch", EnumSet.of(Caller.EVENTS_KEY, Caller.OPERATOR, Caller.ADMIN)),
            Map.entry("POST /api/v1/wecom/archive-records", EnumSet.of(Caller.EVENTS_KEY, Caller.ADMIN)),
            // Actions: connectors pull and acknowledge them, and keep their own webhooks.
            Map.entry("POST /api/v1/actions/{id}/ack", EnumSet.of(Caller.ACTIONS_KEY, Caller.OPERATOR, Caller.ADMIN)),
            Map.entry("POST /api/v1/webhooks", EnumSet.of(Caller.ACTIONS_KEY)),
            Map.entry("DELETE /api/v1/webhooks/{id}", EnumSet.of(Caller.ACTIONS_KEY)),
            Map.entry("POST /api/v1/webhooks/{id}/dead-letters/replay", EnumSet.of(Caller.ACTIONS_KEY)),
            // Moderation verdicts: people who judge them, never a key.
            Map.entry(
                    "POST /api/v1/reviews/{id}/verdict", EnumSet.of(Caller.COMPLIANCE, Caller.OPERATOR, Caller.ADMIN)),
            // Rules, word lists and parameters: compliance only.
            Map.entry("POST /api/v1/rulesets/{name}/validate", COMPLIANCE),
            Map.entry("POST /api/v1/rulesets/{name}/dry-run", COMPLIANCE),
            Map.entry("POST /api/v1/rulesets/{name}/backtests", COMPLIANCE),
            Map.entry("POST /api/v1/rulesets/{name}/versions", COMPLIANCE),
            Map.entry("POST /api/v1/rulesets/{name}/rollback", COMPLIANCE),
            Map.entry("POST /api/v1/rulesets/{name}/shadow", COMPLIANCE),
            Map.entry("DELETE /api/v1/rulesets/{name}/shadow", COMPLIANCE),
            Map.entry("POST /api/v1/word-lists/entries", COMPLIANCE),
            Map.entry("DELETE /api/v1/word-lists/entries", COMPLIANCE),
            Map.entry("POST /api/v1/word-lists/import", COMPLIANCE),
            Map.entry("POST /api/v1/word-lists/screen", COMPLIANCE),
            Map.entry("POST /api/v1/word-lists/variants/{name}/validate", COMPLIANCE),
            Map.entry("POST /api/v1/word-lists/variants/{name}/versions", COMPLIANCE),
            Map.entry("POST /api/v1/word-lists/variants/{name}/rollback", COMPLIANCE),
            Map.entry("PUT /api/v1/parameters/{name}", COMPLIANCE),
            Map.entry("PUT /api/v1/parameters/{name}/scopes", COMPLIANCE),
            Map.entry("DELETE /api/v1/parameters/{name}/scopes", COMPLIANCE),
            // Workflows: designers.
            Map.entry("POST /api/v1/workflows", EnumSet.of(Caller.DESIGNER)),
            Map.entry("POST /api/v1/workflows/{key}/migrations", EnumSet.of(Caller.DESIGNER)),
            // Every person's own staff tasks; whose task it is, the task list decides.
            Map.entry("POST /api/v1/tasks/{id}/complete", PEOPLE),
            // Administration.
            Map.entry("POST /api/v1/users", ADMIN),
            Map.entry("PATCH /api/v1/users/{username}", ADMIN),
            Map.entry("POST /api/v1/keys", ADMIN),
            Map.entry("POST /api/v1/keys/{id}/rotate", ADMIN),
            Map.entry("DELETE /api/v1/keys/{id}", ADMIN),
            Map.entry("POST /api/v1/wecom/settings/test", ADMIN),
            // Beside the dead letters: an admin who checked WeCom's library adds a lost template anew.
            Map.entry("POST /api/v1/wecom/welcome-templates/{groupId}/retry-lost-add", ADMIN),
            // Loading the demo community writes groups and members into the install (API contract).
            Map.entry("POST /api/v1/demo", ADMIN)));

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Autowired
    FilterChainProxy security;

    @Autowired
    JdbcClient jdbc;

    /** "METHOD /pattern" of every state-changing handler under /api. */
    private Set<String> mappedChanges() {
        Set<String> changes = new TreeSet<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(pattern -> pattern.startsWith("/api/"))
                        .forEach(pattern -> info.getMethodsCondition().getMethods().stream()
                                .filter(method -> method != RequestMethod.GET
                                        && method != RequestMethod.HEAD
                                        && method != RequestMethod.OPTIONS)
                                .forEach(method -> changes.add(method + " " + pattern))));
        return changes;
    }

    @Test
    void everyStateChangingEndpoint_hasARowSayingWhoMayCallIt() {
        assertThat(mappedChanges()).isEqualTo(MAY.keySet());
    }

    /**
     * The decision the API's own filter chain makes for each caller's authorities: exactly the
     * callers of the row are let through to the endpoint, every other one is refused.
     */
    @Test
    void eachEndpoint_letsThroughExactlyTheCallersOfItsRow() {
        List<String> wrong = new ArrayList<>();
        MAY.forEach((endpoint, allowed) -> {
            for (Caller caller : Caller.values()) {
                MockHttpServletRequest request = request(endpoint);
                boolean granted = authorizationOf(request)
                        .authorize(() -> new TestingAuthenticationToken(caller, null, caller.authority), request)
                        .isGranted();
                if (granted != allowed.contains(caller)) {
                    wrong.add(endpoint + ": " + caller + (granted ? " let through" : " refused"));
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    /**
     * Through the real server: each refused person (signed in with HTTP Basic) and an events-only
     * key gets 403 with the words in both languages, and nothing they sent is stored.
     */
    @Test
    void refusedCallers_get403_andNothingTheySentIsStored() {
        String keyName = "权限矩阵-" + UUID.randomUUID().toString().substring(0, 8);
        String eventsKey = ApiClient.asUser(port, "admin", "qunflow")
                .post("/api/v1/keys", "{\"name\":\"" + keyName + "\",\"scopes\":[\"events\"]}")
                .body()
                .get("key")
                .asText();
        Map<Caller, String> authorization = Map.of(
                Caller.VIEWER, basic("viewer"),
                Caller.OPERATOR, basic("operator"),
                Caller.COMPLIANCE, basic("compliance"),
                Caller.DESIGNER, basic("designer"),
                Caller.ADMIN, basic("admin"),
                Caller.EVENTS_KEY, "Bearer " + eventsKey);
        long auditedBefore = audited(keyName);

        List<String> wrong = new ArrayList<>();
        MAY.forEach((endpoint, allowed) -> authorization.forEach((caller, credentials) -> {
            if (allowed.contains(caller)) {
                return;
            }
            Reply reply = send(endpoint, credentials);
            if (reply.status() != 403
                    || !reply.body().get("type").asText().equals(Problems.FORBIDDEN.toString())
                    || reply.body().get("detailZh").asText().isBlank()) {
                wrong.add(endpoint + ": " + caller + " got " + reply.status() + " " + reply.raw());
            }
        }));

        assertThat(wrong).isEmpty();
        assertThat(audited(keyName)).isEqualTo(auditedBefore);
    }

    private long audited(String keyName) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_audit WHERE actor IN"
                        + " ('viewer','operator','compliance','designer','admin', ?)")
                .param("key:" + keyName)
                .query(Long.class)
                .single();
    }

    private static String basic(String demoUser) {
        return "Basic " + Base64.getEncoder().encodeToString((demoUser + ":qunflow").getBytes(StandardCharsets.UTF_8));
    }

    /** The endpoint's path with every variable filled by an id nothing has. */
    private static String path(String endpoint) {
        return endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "matrix-no-such-id");
    }

    private static MockHttpServletRequest request(String endpoint) {
        MockHttpServletRequest request =
                new MockHttpServletRequest(endpoint.substring(0, endpoint.indexOf(' ')), path(endpoint));
        request.setServletPath(request.getRequestURI());
        return request;
    }

    @SuppressWarnings("unchecked")
    private AuthorizationManager<HttpServletRequest> authorizationOf(MockHttpServletRequest request) {
        SecurityFilterChain chain = security.getFilterChains().stream()
                .filter(candidate -> candidate.matches(request))
                .findFirst()
                .orElseThrow();
        return (AuthorizationManager<HttpServletRequest>) chain.getFilters().stream()
                .filter(AuthorizationFilter.class::isInstance)
                .map(filter -> ((AuthorizationFilter) filter).getAuthorizationManager())
                .findFirst()
                .orElseThrow();
    }

    private Reply send(String endpoint, String authorization) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path(endpoint)))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .method(endpoint.substring(0, endpoint.indexOf(' ')), HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    JSON.readTree(response.body()),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
