package io.qunflow.moderation;

import io.qunflow.audit.AuditEntry;
import io.qunflow.audit.AuditTrail;
import io.qunflow.common.Revisions;
import io.qunflow.common.Words;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Brings the word lists shipped in {@code rules/lexicon/} to this installation: on the first start
 * each file seeds the list whole; on a later start, the terms a new release added to a file are
 * added, with an audit entry naming them. Every term offered is remembered, so a shipped term
 * compliance removed stays removed, and one compliance already lists keeps compliance's category.
 * A term a release withdrew ({@code rules/lexicon/withdrawn/terms.csv}) is taken out where it is
 * still listed as shipped, so a fix for a term that flagged everyday chat reaches every installation.
 */
@Component
class ShippedWordLists {

    private static final Logger log = LoggerFactory.getLogger(ShippedWordLists.class);
    private static final String SYSTEM = "system";

    private final LexiconStore store;
    private final AuditTrail audit;
    private final Revisions revisions;
    private final Clock clock;

    ShippedWordLists(LexiconStore store, AuditTrail audit, Revisions revisions, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.revisions = revisions;
        this.clock = clock;
    }

    /** Seeds or updates every shipped file, in the caller's transaction. */
    void bringUpToDate() {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        ShippedLexicon.byFile().forEach((file, entries) -> {
            if (!store.seeded(file)) {
                seed(file, entries, now);
                return;
            }
            Set<String> offered = store.offered(file);
            if (entries.stream().anyMatch(e -> !offered.contains(e.term()))) {
                // Nodes starting together take turns here: the revision row's lock is the one every
                // word-list change takes, and the offered terms are read again under it.
                revisions.bump(LiveScreener.WORD_LISTS);
                addNewTerms(file, entries, now);
            }
        });
        withdraw(now);
    }

    /**
     * Takes out the shipped terms a release withdrew (they flagged everyday chat) where this
     * installation still lists them as shipped: added by the system with the shipped category and
     * severity. One compliance listed or changed themselves is theirs, and stays.
     */
    private void withdraw(OffsetDateTime now) {
        List<LexiconEntry> withdrawn = ShippedLexicon.withdrawn();
        if (withdrawn.stream().noneMatch(this::listedAsShipped)) {
            return;
        }
        revisions.bump(LiveScreener.WORD_LISTS);
        // Read again under the word lists' lock: another node may have taken them out meanwhile.
        List<LexiconEntry> takenOut =
                withdrawn.stream().filter(this::listedAsShipped).toList();
        takenOut.forEach(entry -> store.delete(entry.term()));
        if (takenOut.isEmpty()) {
            return;
        }
        audit.record(
                SYSTEM,
                "WORD_LIST",
                ShippedLexicon.WITHDRAWN,
                "SHIPPED_TERMS_WITHDRAWN",
                new Words("shipped terms this release withdrew: they flagged everyday chat", "本版本撤回的随产品提供的词：它们会误判日常聊天"),
                String.join(
                        "\n",
                        takenOut.stream()
                                .map(e -> "- " + WordListService.diffLine(e.term(), e.category(), e.severity()))
                                .toList()));
        log.info("Took out {} shipped word-list terms this release withdrew", takenOut.size());
    }

    private boolean listedAsShipped(LexiconEntry shipped) {
        return store.find(shipped.term())
                .filter(listed -> listed.addedBy().equals(SYSTEM)
                        && listed.category() == shipped.category()
                        && listed.severity() == shipped.severity())
                .isPresent();
    }

    private void seed(String file, List<LexiconEntry> entries, OffsetDateTime now) {
        int added = 0;
        for (LexiconEntry entry : entries) {
            if (store.find(entry.term()).isEmpty()) {
                store.insert(entry, SYSTEM, now);
                added++;
            }
        }
        store.markSeeded(file, now);
        store.markOffered(file, terms(entries), now);
        audit.record(
                SYSTEM,
                "WORD_LIST",
                file,
                "SEEDED",
                new Words("shipped default from rules/lexicon/" + file, "随产品提供的默认词库 rules/lexicon/" + file),
                added + " entries");
        log.info("Seeded {} word-list entries from rules/lexicon/{}", added, file);
    }

    private void addNewTerms(String file, List<LexiconEntry> entries, OffsetDateTime now) {
        Set<String> offered = store.offered(file);
        // A file seeded by a release that did not remember what it offered: what compliance removed
        // since is known only from the audit trail.
        Set<String> removed = offered.isEmpty() ? removedByCompliance() : Set.of();
        Set<String> seen = new HashSet<>();
        List<LexiconEntry> fresh = entries.stream()
                .filter(e -> !offered.contains(e.term()) && seen.add(e.term()))
                .toList();
        List<LexiconEntry> toAdd = fresh.stream()
                .filter(e -> !removed.contains(e.term()))
                .filter(e -> store.find(e.term()).isEmpty())
                .toList();
        if (store.count() + toAdd.size() > WordListService.MAX_ENTRIES) {
            log.warn(
                    "rules/lexicon/{} brings {} new terms, but the word lists would then hold more than {};"
                            + " they are offered again at the next start",
                    file,
                    toAdd.size(),
                    WordListService.MAX_ENTRIES);
            return;
        }
        toAdd.forEach(entry -> store.insert(entry, SYSTEM, now));
        store.markOffered(file, terms(fresh), now);
        if (toAdd.isEmpty()) {
            return;
        }
        audit.record(
                SYSTEM,
                "WORD_LIST",
                file,
                "SHIPPED_TERMS_ADDED",
                new Words("terms this release added to rules/lexicon/" + file, "本版本在 rules/lexicon/" + file + " 中新增的词"),
                String.join(
                        "\n",
                        toAdd.stream()
                                .map(e -> "+ " + WordListService.diffLine(e.term(), e.category(), e.severity()))
                                .toList()));
        log.info(
                "Added {} word-list entries this release brings in rules/lexicon/{} ({} kept as compliance left them)",
                toAdd.size(),
                file,
                fresh.size() - toAdd.size());
    }

    /**
     * Terms the latest word-list change naming them took out (removed, or dropped by a replacing
     * import), from the audit trail: one taken out and listed again since is not among them.
     */
    private Set<String> removedByCompliance() {
        Set<String> decided = new HashSet<>();
        Set<String> removed = new HashSet<>();
        for (AuditEntry entry : audit.recent("WORD_LIST", null, Integer.MAX_VALUE)) {
            if (entry.diff() == null) {
                continue;
            }
            Set<String> takenOut = new HashSet<>();
            Set<String> listed = new HashSet<>();
            for (String line : entry.diff().split("\n")) {
                String term = WordListService.diffTerm(line);
                if (term != null) {
                    (line.startsWith("- ") ? takenOut : listed).add(term);
                }
            }
            for (String term : takenOut) {
                if (!listed.contains(term) && !decided.contains(term)) {
                    removed.add(term);
                }
            }
            decided.addAll(takenOut);
            decided.addAll(listed);
        }
        return removed;
    }

    private static List<String> terms(List<LexiconEntry> entries) {
        return entries.stream().map(LexiconEntry::term).distinct().toList();
    }
}
