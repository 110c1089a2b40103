package io.qunflow.moderation;

import io.qunflow.audit.AuditTrail;
import io.qunflow.common.ConflictException;
import io.qunflow.common.FieldProblem;
import io.qunflow.common.InvalidRequestException;
import io.qunflow.common.NotFoundException;
import io.qunflow.common.Revisions;
import io.qunflow.common.Words;
import io.qunflow.common.constraints.Text;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The word lists compliance edits at run time. Every change is audited and rebuilds the matcher
 * ({@link LiveScreener}) once it commits, so the next message is screened against the new list
 * without a restart.
 *
 * <p>Why this class is long: adding, removing and importing share one transaction shape, one set
 * of checks on a term (what it may hold, the lists' bounds) and one audit and rebuild; the CSV
 * format itself lives in {@link LexiconCsv}.
 */
@Service
public class WordListService {

    /**
     * Bounds on what the matcher is compiled from, on every node after every change: a term is a
     * phrase (the shipped ones are at most 21 characters), and a list 40 times the shipped one still
     * compiles in seconds. Unbounded, one 5 MB import of long terms kept every node compiling for
     * minutes, and terms that overlap themselves multiplied the work per message.
     */
    static final int MAX_TERM_LENGTH = 50;

    static final int MAX_ENTRIES = 20_000;
    private static final String REVISION = LiveScreener.WORD_LISTS;

    private final LexiconStore store;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Revisions revisions;
    private final LiveScreener live;
    private final VariantStore variants;

    WordListService(
            LexiconStore store,
            AuditTrail audit,
            TransactionTemplate tx,
            Clock clock,
            Revisions revisions,
            LiveScreener live,
            VariantStore variants,
            ShippedWordLists shipped) {
        this.store = store;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.revisions = revisions;
        this.live = live;
        this.variants = variants;
        tx.executeWithoutResult(status -> shipped.bringUpToDate());
    }

    /** The matcher for the word lists and variant data as they stand now. */
    public TextScreener screener() {
        return live.screener();
    }

    /** Screens a text against the live lists without deciding anything: for trying out a change. */
    public Screening screen(String text, MessageFlags flags) {
        return live.screener().screen(text, flags);
    }

    /** Entries, optionally of one category and containing a text (case-insensitive). */
    public List<WordListEntry> entries(Category category, String containing) {
        String needle = containing == null ? null : containing.toLowerCase(Locale.ROOT);
        return store.all().stream()
                .filter(e -> category == null || e.category() == category)
                .filter(e -> needle == null || e.term().toLowerCase(Locale.ROOT).contains(needle))
                .toList();
    }

    /**
     * Adds a term; the request that asks for it has had its fields checked, here the term must
     * still mean something once normalised.
     *
     * @throws InvalidRequestException when nothing of the term would match
     * @throws ConflictException when the term, or a spelling that normalises the same, is listed
     */
    public WordListEntry add(String term, Category category, Severity severity, String actor, String comment) {
        String clean = term == null ? null : term.strip();
        WordListEntry added = tx.execute(status -> {
            // First: the revision row's lock makes word-list changes take turns on every node, and
            // a character-table publish holds it too, so the checks below see the change committed
            // before this one and the table as committed, not as this node last reloaded it.
            revisions.bump(REVISION);
            Normalizer normalizer = VariantService.committedNormalizer(variants);
            List<FieldProblem> problems = termProblems("term", term, normalizer);
            if (!problems.isEmpty()) {
                throw new InvalidRequestException("The word-list entry is invalid", "词库条目有误", problems);
            }
            String canonical = normalizer.normalizeTerm(clean);
            for (WordListEntry existing : store.all()) {
                if (existing.term().equals(clean)) {
                    throw new ConflictException(
                            "'" + clean + "' is already listed as " + existing.category(),
                            "“" + clean + "”已在词库中，类别为 " + existing.category());
                }
                if (normalizer.normalizeTerm(existing.term()).equals(canonical)) {
                    throw new ConflictException(
                            "'" + clean + "' is already covered by '" + existing.term() + "' (both normalise to '"
                                    + canonical + "')",
                            "“" + clean + "”已被“" + existing.term() + "”涵盖（两者归一后都是“" + canonical + "”）");
                }
            }
            if (store.all().size() >= MAX_ENTRIES) {
                throw tooMany("term");
            }
            OffsetDateTime now = now();
            store.insert(new LexiconEntry(clean, category, severity), actor, now);
            audit.record(actor, "WORD_LIST", clean, "ADDED", comment, "+ " + diffLine(clean, category, severity));
            return store.find(clean).orElseThrow();
        });
        live.rebuild();
        return added;
    }

    /** Removes a term; 404 when it is not listed. */
    public void remove(String term, String actor, String comment) {
        tx.executeWithoutResult(status -> {
            revisions.bump(REVISION);
            WordListEntry existing =
                    store.find(term).orElseThrow(() -> new NotFoundException("word-list entry", "词库条目", term));
            store.delete(term);
            audit.record(
                    actor,
                    "WORD_LIST",
                    term,
                    "REMOVED",
                    comment,
                    "- " + diffLine(term, existing.category(), existing.severity()));
        });
        live.rebuild();
    }

    /** What an import changed. */
    public record ImportResult(int added, int updated, int unchanged, int removed) {}

    /**
     * Imports a CSV ({@code term,category,severity}). New terms are added and changed ones updated;
     * with {@code replace}, listed terms missing from the file are removed. All or nothing: a bad
     * line refuses the whole file, naming the line.
     */
    public ImportResult importCsv(String csv, boolean replace, String actor, String comment) {
        List<LexiconEntry> parsed;
        try {
            parsed = LexiconCsv.read(new StringReader(csv == null ? "" : csv));
        } catch (LexiconCsv.Unreadable e) {
            throw new InvalidRequestException(
                    "The word-list import is invalid",
                    "词库导入有误",
                    List.of(new FieldProblem("csv", e.getMessage(), e.messageZh)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, LexiconEntry> incoming = new LinkedHashMap<>();
        for (LexiconEntry entry : parsed) {
            incoming.put(
                    entry.term().strip(), new LexiconEntry(entry.term().strip(), entry.category(), entry.severity()));
        }
        ImportResult result = tx.execute(status -> {
            revisions.bump(REVISION);
            Normalizer normalizer = VariantService.committedNormalizer(variants);
            List<FieldProblem> problems = new ArrayList<>();
            for (LexiconEntry entry : parsed) {
                problems.addAll(termProblems("csv: '" + entry.term() + "'", entry.term(), normalizer));
            }
            if (!problems.isEmpty()) {
                throw new InvalidRequestException("The word-list import is invalid", "词库导入有误", problems);
            }
            Map<String, WordListEntry> existing = new HashMap<>();
            store.all().forEach(e -> existing.put(e.term(), e));
            long after = replace
                    ? incoming.size()
                    : existing.size()
                            + incoming.keySet().stream()
                                    .filter(t -> !existing.containsKey(t))
                                    .count();
            if (after > MAX_ENTRIES) {
                throw tooMany("csv");
            }
            OffsetDateTime now = now();
            List<String> diff = new ArrayList<>();
            int added = 0;
            int updated = 0;
            int unchanged = 0;
            int removed = 0;
            for (LexiconEntry entry : incoming.values()) {
                WordListEntry old = existing.get(entry.term());
                if (old == null) {
                    store.insert(entry, actor, now);
                    diff.add("+ " + diffLine(entry.term(), entry.category(), entry.severity()));
                    added++;
                } else if (!old.entry().equals(entry)) {
                    store.update(entry, actor, now);
                    diff.add("- " + diffLine(old.term(), old.category(), old.severity()));
                    diff.add("+ " + diffLine(entry.term(), entry.category(), entry.severity()));
                    updated++;
                } else {
                    unchanged++;
                }
            }
            if (replace) {
                for (WordListEntry old : existing.values()) {
                    if (!incoming.containsKey(old.term())) {
                        store.delete(old.term());
                        diff.add("- " + diffLine(old.term(), old.category(), old.severity()));
                        removed++;
                    }
                }
            }
            ImportResult counts = new ImportResult(added, updated, unchanged, removed);
            audit.record(
                    actor,
                    "WORD_LIST",
                    replace ? "import (replace)" : "import (merge)",
                    "IMPORTED",
                    comment,
                    counts + "\n" + String.join("\n", diff));
            return counts;
        });
        live.rebuild();
        return result;
    }

    private static InvalidRequestException tooMany(String field) {
        return new InvalidRequestException(
                "The word lists are full",
                "词库已满",
                List.of(new FieldProblem(
                        field,
                        "the word lists hold at most " + MAX_ENTRIES + " terms",
                        "词库最多收 " + MAX_ENTRIES + " 个词")));
    }

    /** The whole list as CSV, in the format {@link #importCsv} reads. */
    public String exportCsv() {
        return LexiconCsv.write(store.all().stream().map(WordListEntry::entry).toList());
    }

    /** A term as the lists take it: a text of its own length, and something left to match once normalised. */
    private static List<FieldProblem> termProblems(String field, String term, Normalizer normalizer) {
        List<FieldProblem> problems = new ArrayList<>();
        Text.Check.problems(term, MAX_TERM_LENGTH, true).forEach(p -> problems.add(new FieldProblem(field, p)));
        Words unwritable = term == null ? null : unwritable(term);
        if (unwritable != null) {
            problems.add(new FieldProblem(field, unwritable));
        }
        if (term != null && !term.isBlank()) {
            String canonical = normalizer.normalizeTerm(term.strip());
            if (canonical.isEmpty()) {
                problems.add(new FieldProblem(
                        field,
                        "has no matchable characters once separators and symbols are removed",
                        "去掉分隔符和符号后没有可匹配的字"));
            } else if (canonical.codePointCount(0, canonical.length()) == 1) {
                // Matched by sound inside any text, one character (的, v) would flag nearly every message.
                problems.add(new FieldProblem(
                        field,
                        "is one character once normalised ('" + canonical + "'): list a phrase of two or more",
                        "归一后只剩一个字（“" + canonical + "”）：请收两个字以上的词"));
            }
        }
        return problems;
    }

    /**
     * A character no term is written with: a control (a line break would make the export a file
     * that cannot be imported back), a direction override or isolate (the term would show in
     * the lists and the audit trail as something else than it matches), or half a surrogate pair
     * (not text; PostgreSQL would store it as '?').
     */
    private static Words unwritable(String term) {
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            boolean pair = Character.isHighSurrogate(c)
                    && i + 1 < term.length()
                    && Character.isLowSurrogate(term.charAt(i + 1));
            if (pair) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return new Words("must not contain half of a surrogate pair", "不能含半个代理对（残缺的字符）");
            } else if (Character.isISOControl(c)
                    || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069')) {
                String code = "U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT);
                return new Words(
                        "must not contain control or text-direction characters (" + code + ")",
                        "不能含控制字符或文字方向字符（" + code + "）");
            }
        }
        return null;
    }

    /** A term as the audit's diffs show it: {@code term,CATEGORY,SEVERITY}. */
    static String diffLine(String term, Category category, Severity severity) {
        return term + "," + category + "," + severity;
    }

    /** The term of a diff line that adds or takes out one ({@code + term,CATEGORY,SEVERITY}), or null. */
    static String diffTerm(String diffLine) {
        if (!diffLine.startsWith("- ") && !diffLine.startsWith("+ ")) {
            return null;
        }
        int severity = diffLine.lastIndexOf(',');
        int category = severity < 0 ? -1 : diffLine.lastIndexOf(',', severity - 1);
        return category < 2 ? null : diffLine.substring(2, category);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
