package io.qunflow.rules;

import io.qunflow.common.NotFoundException;
import io.qunflow.rules.RuleSetStore.StoredVersion;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Rule sets as compliance staff see them: what is active, every version ever published, and what
 * changed between two versions.
 */
@Service
public class RuleSets {

    private final RuleSetStore store;

    RuleSets(RuleSetStore store) {
        this.store = store;
    }

    /** A rule set and who published its active version, when. */
    public record Summary(String name, int version, String author, OffsetDateTime publishedAt) {}

    /** One published version, without its source. */
    public record HistoryEntry(int version, String author, String comment, OffsetDateTime publishedAt) {}

    /** The active version's source and the whole history, newest first. */
    public record Detail(String name, int version, String source, String author, OffsetDateTime publishedAt,
            List<HistoryEntry> history) {}

    /** One version with its source. */
    public record Version(String name, int version, String source, String author, String comment,
            OffsetDateTime publishedAt) {}

    /** What changed from one version to another, as a unified diff. */
    public record Diff(String name, int from, int to, String diff) {}

    /** Every rule set with its active version. */
    public List<Summary> list() {
        return store.allActive().stream()
                .map(v -> new Summary(v.name(), v.version(), v.author(), v.publishedAt()))
                .toList();
    }

    /** @throws NotFoundException when there is no such rule set */
    public Detail get(String name) {
        StoredVersion active = store.active(name).orElseThrow(() -> new NotFoundException("Rule set", name));
        List<HistoryEntry> history = store.history(name).stream()
                .map(v -> new HistoryEntry(v.version(), v.author(), v.comment(), v.publishedAt()))
                .toList();
        return new Detail(name, active.version(), active.source(), active.author(), active.publishedAt(), history);
    }

    /** @throws NotFoundException when the rule set or the version does not exist */
    public Version version(String name, int version) {
        StoredVersion v = stored(name, version);
        return new Version(v.name(), v.version(), v.source(), v.author(), v.comment(), v.publishedAt());
    }

    /** @throws NotFoundException when the rule set or either version does not exist */
    public Diff diff(String name, int from, int to) {
        StoredVersion before = stored(name, from);
        StoredVersion after = stored(name, to);
        return new Diff(name, from, to, SourceDiff.unified(label(before), before.source(), label(after),
                after.source()));
    }

    private StoredVersion stored(String name, int version) {
        if (store.active(name).isEmpty()) {
            throw new NotFoundException("Rule set", name);
        }
        return store.version(name, version)
                .orElseThrow(() -> new NotFoundException("Version of rule set '" + name + "'", String.valueOf(version)));
    }

    private static String label(StoredVersion v) {
        return v.name() + ".drl v" + v.version();
    }
}
