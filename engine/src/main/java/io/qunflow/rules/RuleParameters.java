package io.qunflow.rules;

import io.qunflow.audit.AuditTrail;
import io.qunflow.common.NotFoundException;
import io.qunflow.common.RequestChecks;
import io.qunflow.common.Revisions;
import io.qunflow.common.Words;
import io.qunflow.common.constraints.OneOf;
import io.qunflow.groups.GroupType;
import io.qunflow.groups.Phase;
import io.qunflow.rules.model.GroupContext;
import io.qunflow.rules.model.Parameter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The thresholds rules read (strike window, flood limits, pruning days, budgets…). Shipped
 * defaults come from {@code rules/parameters/<rule set>.json}; compliance changes them through
 * the API, each change a new version with an audit entry, effective for the next evaluation.
 *
 * <p>Why this class is long: values, versions and phase/type scopes are one snapshot swapped
 * atomically; the scope resolution is the part to move out next (issue 15).
 */
@Service
public class RuleParameters {

    private static final String REVISION = "parameters";
    private static final Logger log = LoggerFactory.getLogger(RuleParameters.class);

    private final ParameterStore store;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Revisions revisions;
    private volatile Snapshot current;

    RuleParameters(ParameterStore store, AuditTrail audit, TransactionTemplate tx, Clock clock, Revisions revisions) {
        this.store = store;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.revisions = revisions;
        tx.executeWithoutResult(status -> seedShippedDefaults());
        reload();
    }

    /** The parameters a rule set reads, as facts; empty when it has none. */
    public List<Parameter> facts(String ruleSet) {
        return current.byRuleSet.getOrDefault(ruleSet, List.of());
    }

    /**
     * The parameters a rule set reads for a group: where a scope matches the group's phase and
     * type, its value replaces the parameter's own (the most specific scope wins).
     */
    List<Parameter> facts(String ruleSet, GroupContext group) {
        Snapshot snapshot = current;
        List<Parameter> plain = snapshot.byRuleSet.getOrDefault(ruleSet, List.of());
        if (group == null || !snapshot.scopedRuleSets.contains(ruleSet)) {
            return plain;
        }
        return snapshot.resolved.computeIfAbsent(
                ruleSet + "|" + group.phase() + "|" + group.groupType(),
                key -> plain.stream()
                        .map(p -> scoped(p, snapshot.scopes.getOrDefault(p.name(), List.of()), group))
                        .toList());
    }

    private Parameter scoped(Parameter parameter, List<ParameterScope> scopes, GroupContext group) {
        return scopes.stream()
                .filter(scope -> scope.matches(group.phase(), group.groupType()))
                .max(Comparator.comparingInt(ParameterScope::specificity))
                .map(scope -> new Parameter(
                        parameter.name(),
                        scope.value(),
                        Double.isNaN(parameter.number()) ? Double.NaN : Double.parseDouble(scope.value())))
                .orElse(parameter);
    }

    /** The parameter's scoped values. */
    public List<ParameterScope> scopes(String name) {
        get(name);
        return current.scopes.getOrDefault(name, List.of());
    }

    /**
     * Gives the parameter a value for the groups in a phase, of a type, or both (at least one); the
     * value is checked against the parameter's kind and bounds like any change, and the comment
     * goes to the audit trail. The value and comment are present and of bounded length: the API
     * checks that on the request (ParameterController).
     */
    public ParameterScope scope(
            String name, String phase, String groupType, String value, String actor, String comment) {
        ParameterScope stored = tx.execute(status -> {
            // First: the revision row's lock makes parameter changes take turns on every node, so
            // two nodes scoping the same value at once replace one another instead of colliding.
            revisions.bump(REVISION);
            ParameterView parameter =
                    store.find(name).orElseThrow(() -> new NotFoundException("parameter", "参数", name));
            RequestChecks checks = scopeChecks(phase, groupType);
            String checkedValue = checked(parameter, value.strip(), checks);
            checks.throwIfAny("The scoped parameter", "按范围设置的参数");
            ParameterScope scope = new ParameterScope(
                    name,
                    blankAsAny(phase),
                    blankAsAny(groupType),
                    checkedValue,
                    actor,
                    OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
            String before = store.putScope(scope);
            audit.record(
                    actor,
                    "PARAMETER",
                    name,
                    "SCOPED",
                    comment,
                    (before == null ? "" : "- " + describe(scope) + " = " + before + "\n") + "+ " + describe(scope)
                            + " = " + scope.value());
            return scope;
        });
        reload();
        return stored;
    }

    /** Removes a scoped value, so those groups read the parameter's own value again. */
    public void unscope(String name, String phase, String groupType, String actor, String comment) {
        tx.executeWithoutResult(status -> {
            revisions.bump(REVISION);
            get(name);
            scopeChecks(phase, groupType).throwIfAny("The scoped parameter", "按范围设置的参数");
            ParameterScope scope =
                    new ParameterScope(name, blankAsAny(phase), blankAsAny(groupType), null, actor, null);
            String before = store.deleteScope(name, scope.phase(), scope.groupType());
            if (before == null) {
                throw new NotFoundException("parameter scope", "参数的适用范围", describe(scope));
            }
            audit.record(actor, "PARAMETER", name, "UNSCOPED", comment, "- " + describe(scope) + " = " + before);
        });
        reload();
    }

    /**
     * Which groups a scope is for. Checked here rather than on the request because the phase and
     * type name the scope to find as much as they are input: the PUT body and the DELETE query
     * name it alike.
     */
    private static RequestChecks scopeChecks(String phase, String groupType) {
        RequestChecks checks = new RequestChecks();
        if (blankAsAny(phase) == null && blankAsAny(groupType) == null) {
            checks.add("phase", new Words("name a phase, a group type, or both", "请指定阶段、社群类型，或两者都指定"));
        }
        if (blankAsAny(phase) != null && !Phase.isName(phase)) {
            checks.add(
                    "phase",
                    new Words(
                            "must be a phase name: 1 to 20 upper-case letters, digits or underscores",
                            "须为阶段名：1 到 20 个大写字母、数字或下划线"));
        }
        // A type no group can have would be stored and never read.
        OneOf.Check.problems(blankAsAny(groupType), GroupType.class, false)
                .forEach(problem -> checks.add("groupType", problem));
        return checks;
    }

    private static String describe(ParameterScope scope) {
        return scope.name() + " [phase " + (scope.phase() == null ? "any" : scope.phase()) + ", type "
                + (scope.groupType() == null ? "any" : scope.groupType()) + "]";
    }

    private static String blankAsAny(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * The current value of a numeric parameter.
     *
     * @throws IllegalStateException when there is no such parameter or it is not a number
     */
    public double number(String name) {
        Parameter parameter = current.byName.get(name);
        if (parameter == null || Double.isNaN(parameter.number())) {
            throw new IllegalStateException("No numeric parameter named '" + name + "'");
        }
        return parameter.number();
    }

    /** Every parameter with its current value. */
    public List<ParameterView> all() {
        return store.all();
    }

    /** One parameter; 404 when unknown. */
    public ParameterView get(String name) {
        return store.find(name).orElseThrow(() -> new NotFoundException("parameter", "参数", name));
    }

    /** Every value a parameter has had, newest first. */
    public List<ParameterChange> history(String name) {
        get(name);
        return store.history(name);
    }

    /**
     * Sets a new value as the next version. The value is checked against the parameter's kind and
     * bounds; the comment (why) goes to the audit trail with the old and new value. The value and
     * comment are present and of bounded length: the API checks that on the request.
     */
    public ParameterView change(String name, String value, String actor, String comment) {
        ParameterView changed = tx.execute(status -> {
            revisions.bump(REVISION);
            ParameterView before = store.lock(name).orElseThrow(() -> new NotFoundException("parameter", "参数", name));
            RequestChecks checks = new RequestChecks();
            String newValue = checked(before, value.strip(), checks);
            checks.throwIfAny("The parameter change", "参数修改");
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            store.update(name, before.version() + 1, newValue, actor, comment, now);
            audit.record(
                    actor,
                    "PARAMETER",
                    name,
                    "CHANGED",
                    comment,
                    "- " + name + " = " + before.value() + "\n+ " + name + " = " + newValue);
            return store.find(name).orElseThrow();
        });
        reload();
        return changed;
    }

    /**
     * The value as it is stored, with its problems added to {@code checks}: a number is stored as
     * {@link BigDecimal} writes it, since rules and {@link #reload} read it with
     * {@link Double#parseDouble}, which knows only ASCII digits, while {@link BigDecimal} also
     * takes the full-width ４５ a Chinese input method types.
     */
    private static String checked(ParameterView parameter, String value, RequestChecks checks) {
        if (parameter.kind() == ParameterKind.HOSTS) {
            return HostList.normalized(value, checks);
        }
        if (value.isEmpty()) {
            checks.add("value", Words.REQUIRED);
            return value;
        }
        if (parameter.kind() == ParameterKind.TEXT) {
            return value;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            checks.add("value", new Words("must be a number", "须为数字"));
            return value;
        }
        if (parameter.kind() == ParameterKind.INTEGER
                && number.stripTrailingZeros().scale() > 0) {
            checks.add("value", new Words("must be a whole number", "须为整数"));
        }
        if (parameter.min() != null && number.doubleValue() < parameter.min()
                || parameter.max() != null && number.doubleValue() > parameter.max()) {
            checks.add(
                    "value",
                    new Words(
                            "must be between " + plain(parameter.min()) + " and " + plain(parameter.max()),
                            "须在 " + plain(parameter.min()) + " 到 " + plain(parameter.max()) + " 之间"));
        }
        return number.toString();
    }

    private static String plain(Double bound) {
        return bound == null
                ? "…"
                : BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
    }

    /** Picks up changes committed on other nodes. */
    @Scheduled(fixedDelayString = "${qunflow.reload-interval:PT2S}")
    void reloadIfChangedElsewhere() {
        if (revisions.current(REVISION) != current.revision()) {
            reload();
        }
    }

    private synchronized void reload() {
        long revision = revisions.current(REVISION);
        Map<String, List<Parameter>> byRuleSet = new HashMap<>();
        Map<String, Parameter> byName = new HashMap<>();
        for (ParameterView view : store.all()) {
            Parameter fact = new Parameter(view.name(), view.value(), asNumber(view));
            byRuleSet.computeIfAbsent(view.ruleSet(), k -> new ArrayList<>()).add(fact);
            byName.put(view.name(), fact);
        }
        byRuleSet.replaceAll((k, v) -> List.copyOf(v));
        Map<String, List<ParameterScope>> scopes = new HashMap<>();
        Map<String, String> ruleSetOf = new HashMap<>();
        store.all().forEach(view -> ruleSetOf.put(view.name(), view.ruleSet()));
        Set<String> scopedRuleSets = new HashSet<>();
        for (ParameterScope scope : store.scopes()) {
            scopes.computeIfAbsent(scope.name(), k -> new ArrayList<>()).add(scope);
            scopedRuleSets.add(ruleSetOf.get(scope.name()));
        }
        scopes.replaceAll((k, v) -> List.copyOf(v));
        current = new Snapshot(
                Map.copyOf(byRuleSet),
                Map.copyOf(byName),
                Map.copyOf(scopes),
                Set.copyOf(scopedRuleSets),
                new ConcurrentHashMap<>(),
                revision);
    }

    private static double asNumber(ParameterView view) {
        return view.kind().numeric() ? Double.parseDouble(view.value()) : Double.NaN;
    }

    /** The parameters as of one revision; {@code resolved} caches the scoped lists per rule set, phase and type. */
    private record Snapshot(
            Map<String, List<Parameter>> byRuleSet,
            Map<String, Parameter> byName,
            Map<String, List<ParameterScope>> scopes,
            Set<String> scopedRuleSets,
            Map<String, List<Parameter>> resolved,
            long revision) {}

    private void seedShippedDefaults() {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        ShippedParameters.all().forEach((ruleSet, shipped) -> {
            for (ShippedParameters.Shipped p : shipped) {
                if (store.find(p.name()).isPresent()) {
                    continue;
                }
                ParameterView view = new ParameterView(
                        p.name(), ruleSet, p.kind(), p.value(), p.min(), p.max(), p.description(), 1, "system", now);
                RequestChecks checks = new RequestChecks();
                checked(view, p.value(), checks);
                checks.throwIfAny("Shipped parameter " + p.name(), "内置参数 " + p.name() + " ");
                store.insertFirst(view, "shipped default");
                audit.record(
                        "system",
                        "PARAMETER",
                        p.name(),
                        "SEEDED",
                        new Words(
                                "shipped default from rules/parameters/" + ruleSet + ".json",
                                "随产品提供的默认参数 rules/parameters/" + ruleSet + ".json"),
                        p.name() + " = " + p.value());
                log.info("Seeded parameter {} = {}", p.name(), p.value());
            }
        });
    }
}
