package io.qunflow.rules;

import io.qunflow.audit.AuditTrail;
import io.qunflow.common.NotFoundException;
import io.qunflow.common.RequestChecks;
import io.qunflow.common.Revisions;
import io.qunflow.rules.model.Parameter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The thresholds rules read (strike window, flood limits, pruning days, budgets…). Shipped
 * defaults come from {@code rules/parameters/<rule set>.json}; compliance changes them through
 * the API, each change a new version with an audit entry, effective for the next evaluation.
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
        return store.find(name).orElseThrow(() -> new NotFoundException("parameter", name));
    }

    /** Every value a parameter has had, newest first. */
    public List<ParameterChange> history(String name) {
        get(name);
        return store.history(name);
    }

    /**
     * Sets a new value as the next version. The value is checked against the parameter's kind and
     * bounds; the comment (why) is required and goes to the audit trail with the old and new value.
     */
    public ParameterView change(String name, String value, String actor, String comment) {
        ParameterView changed = tx.execute(status -> {
            ParameterView before = store.lock(name).orElseThrow(() -> new NotFoundException("parameter", name));
            RequestChecks checks = new RequestChecks();
            checks.text("value", value, 2000, true);
            checks.text("comment", comment, 2000, true);
            if (value != null && !value.isBlank()) {
                checkValue(before, value.strip(), checks);
            }
            checks.throwIfAny("The parameter change");
            String newValue = value.strip();
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            store.update(name, before.version() + 1, newValue, actor, comment, now);
            audit.record(
                    actor,
                    "PARAMETER",
                    name,
                    "CHANGED",
                    comment,
                    "- " + name + " = " + before.value() + "\n+ " + name + " = " + newValue);
            revisions.bump(REVISION);
            return store.find(name).orElseThrow();
        });
        reload();
        return changed;
    }

    private static void checkValue(ParameterView parameter, String value, RequestChecks checks) {
        if (parameter.kind() == ParameterKind.TEXT) {
            return;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            checks.add("value", "must be a number");
            return;
        }
        if (parameter.kind() == ParameterKind.INTEGER
                && number.stripTrailingZeros().scale() > 0) {
            checks.add("value", "must be a whole number");
        }
        if (parameter.min() != null && number.doubleValue() < parameter.min()
                || parameter.max() != null && number.doubleValue() > parameter.max()) {
            checks.add("value", "must be between " + plain(parameter.min()) + " and " + plain(parameter.max()));
        }
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
        current = new Snapshot(Map.copyOf(byRuleSet), Map.copyOf(byName), revision);
    }

    private static double asNumber(ParameterView view) {
        return view.kind() == ParameterKind.TEXT ? Double.NaN : Double.parseDouble(view.value());
    }

    private record Snapshot(Map<String, List<Parameter>> byRuleSet, Map<String, Parameter> byName, long revision) {}

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
                checkValue(view, p.value(), checks);
                checks.throwIfAny("Shipped parameter " + p.name());
                store.insertFirst(view, "shipped default");
                audit.record(
                        "system",
                        "PARAMETER",
                        p.name(),
                        "SEEDED",
                        "shipped default from rules/parameters/" + ruleSet + ".json",
                        p.name() + " = " + p.value());
                log.info("Seeded parameter {} = {}", p.name(), p.value());
            }
        });
    }
}
