package io.qunflow.moderation;

import io.qunflow.audit.AuditTrail;
import io.qunflow.common.ConflictException;
import io.qunflow.common.FieldProblem;
import io.qunflow.common.InvalidRequestException;
import io.qunflow.common.NotFoundException;
import io.qunflow.common.Revisions;
import io.qunflow.common.Words;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The variant data compliance edits at run time, like the word lists: the character table (which
 * characters stand for which) and the detectors' cue words, each a versioned file. A new version
 * is checked row by row before it is stored, audited with what changed, and compiled once it
 * commits, so the next message is screened with it on this node and, within the reload interval,
 * on every other.
 */
@Service
public class VariantService {

    private static final Logger log = LoggerFactory.getLogger(VariantService.class);

    private final VariantStore store;
    private final LexiconStore lexicon;
    private final LiveScreener live;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Revisions revisions;

    VariantService(
            VariantStore store,
            LexiconStore lexicon,
            LiveScreener live,
            AuditTrail audit,
            TransactionTemplate tx,
            Clock clock,
            Revisions revisions) {
        this.store = store;
        this.lexicon = lexicon;
        this.live = live;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.revisions = revisions;
        tx.executeWithoutResult(status -> seedShippedFiles());
    }

    /** A version of a variant file: its text as published, and how many data rows it holds (the header not counted). */
    public record VariantFile(
            String name,
            int version,
            String csv,
            int rows,
            String author,
            String comment,
            OffsetDateTime publishedAt) {}

    /** One entry of a file's history. */
    public record Version(int version, String author, String comment, OffsetDateTime publishedAt) {}

    /** What is wrong with a proposed version, by line (0 for the file as a whole), in English and Chinese. */
    public record Problem(int line, String message, String messageZh) {}

    /** The live version of every variant file. */
    public List<VariantFile> files() {
        return VariantData.FILES.stream().map(this::file).toList();
    }

    /** @throws NotFoundException when there is no variant file of that name */
    public VariantFile file(String name) {
        return view(store.live(known(name)).orElseThrow());
    }

    /** @throws NotFoundException when the file or that version of it does not exist */
    public VariantFile file(String name, int version) {
        return view(store.find(known(name), version)
                .orElseThrow(() -> new NotFoundException("variant file version", "变体字文件版本", name + " v" + version)));
    }

    /** Every version of the file, newest first. */
    public List<Version> history(String name) {
        return store.history(known(name)).stream()
                .map(v -> new Version(v.version(), v.author(), v.comment(), v.at()))
                .toList();
    }

    /** Checks a proposed version without storing it; no problems means it would publish. */
    public List<Problem> validate(String name, String csv) {
        return problems(known(name), csv).stream()
                .map(p -> new Problem(p.line(), p.words().en(), p.words().zh()))
                .toList();
    }

    /**
     * Publishes a new version of the file: checked row by row, stored, audited, and live for the
     * next message once it commits.
     *
     * @param comment why, for the audit trail: required of the request that asks for the version
     * @throws InvalidRequestException naming each bad row by its line
     * @throws ConflictException when the data is the live version's
     */
    public VariantFile publish(String name, String csv, String actor, String comment) {
        String file = known(name);
        VariantFile published = tx.execute(status -> {
            // First: the revision row's lock makes publishes take turns on every node, so the
            // version numbered next and the diff's "before" are those of the publish before this one.
            revisions.bump(LiveScreener.VARIANTS);
            if (file.equals(VariantData.CHARACTERS)) {
                // A table is checked against the live terms: no term may be added on any node until
                // it commits, or one checked against the old table would slip past both checks.
                revisions.bump(LiveScreener.WORD_LISTS);
            }
            List<VariantData.Problem> problems = problems(file, csv);
            if (!problems.isEmpty()) {
                throw refused(file, problems);
            }
            VariantStore.Version before = store.live(file).orElseThrow();
            if (before.content().equals(csv)) {
                // A version that changes nothing would only lengthen the history and the audit.
                throw new ConflictException(
                        "The variant data '" + file + "' is the same as the live version " + before.version()
                                + "; nothing was published",
                        "与变体字数据 " + file + " 的生效版本 " + before.version() + " 相同，未发布新版本");
            }
            int version = store.insertNext(file, csv, actor, comment, now());
            audit.record(actor, "VARIANT_DATA", file, "PUBLISHED", comment, diff(before, csv, version));
            return view(store.find(file, version).orElseThrow());
        });
        live.rebuild();
        log.info("Published version {} of the variant data '{}'", published.version(), file);
        return published;
    }

    /**
     * Publishes an earlier version again, as a new version, so the history keeps what happened.
     *
     * @throws NotFoundException when there is no such version
     * @throws ConflictException when that version is the live one, or holds the live one's data
     */
    public VariantFile rollback(String name, int version, String actor, String comment) {
        VariantFile earlier = file(name, version);
        if (file(name).version() == version) {
            throw new ConflictException(
                    "Version " + version + " of the variant data '" + name + "' is already the live one;"
                            + " nothing was changed",
                    "版本 " + version + " 已是变体字数据 " + name + " 的生效版本，未做任何更改");
        }
        return publish(name, earlier.csv(), actor, comment);
    }

    private static InvalidRequestException refused(String file, List<VariantData.Problem> problems) {
        int more = problems.size() - 1;
        return new InvalidRequestException(
                "The variant data '" + file + "' is invalid: " + problems.get(0)
                        + (more > 0 ? " (and " + more + " more)" : ""),
                "变体字数据 " + file + " 有误：" + problems.get(0).zh() + (more > 0 ? "（另有 " + more + " 处）" : ""),
                problems.stream()
                        .map(p -> new FieldProblem("csv", p.toString(), p.zh()))
                        .toList());
    }

    private static String known(String name) {
        if (!VariantData.FILES.contains(name)) {
            throw new NotFoundException("variant file", "变体字文件", name);
        }
        return name;
    }

    private List<VariantData.Problem> problems(String file, String csv) {
        if (file.equals(VariantData.CHARACTERS)) {
            VariantData.Parsed<Map<Integer, String>> characters = VariantData.characters(csv);
            if (!characters.valid()) {
                return characters.problems();
            }
            // The live cue words and word-list terms must still mean something with the new table.
            Normalizer normalizer = new Normalizer(characters.value());
            VariantData.Parsed<List<Cue>> cues =
                    CueWords.read(store.live(VariantData.CUES).orElseThrow().content(), normalizer);
            List<VariantData.Problem> problems = new ArrayList<>();
            cues.problems().stream()
                    .map(p -> new VariantData.Problem(
                            0,
                            new Words(
                                    "the live cue words would not hold with this table: cues " + p,
                                    "按这张表，在用的提示词将不再成立：提示词文件" + p.zh())))
                    .forEach(problems::add);
            problems.addAll(LiveTerms.problems(lexicon.all(), normalizer));
            return problems;
        }
        return CueWords.read(csv, committedNormalizer(store)).problems();
    }

    /**
     * The normalizer of the character table as committed, which may be newer than the one this
     * node screens with until its next reload: what a change is checked against inside the
     * transaction that holds its revision row.
     */
    static Normalizer committedNormalizer(VariantStore store) {
        return new Normalizer(VariantData.characters(
                        store.live(VariantData.CHARACTERS).orElseThrow().content())
                .value());
    }

    private VariantFile view(VariantStore.Version v) {
        return new VariantFile(
                v.file(),
                v.version(),
                v.content(),
                Math.max(0, dataRows(v.content()).size() - 1),
                v.author(),
                v.comment(),
                v.at());
    }

    /** The rows that changed, as {@code - row} and {@code + row}, after a summary line. */
    private static String diff(VariantStore.Version before, String after, int version) {
        Set<String> old = dataRows(before.content());
        Set<String> neu = dataRows(after);
        List<String> lines = new ArrayList<>();
        lines.add("version " + before.version() + " -> " + version);
        old.stream().filter(row -> !neu.contains(row)).forEach(row -> lines.add("- " + row));
        neu.stream().filter(row -> !old.contains(row)).forEach(row -> lines.add("+ " + row));
        return String.join("\n", lines);
    }

    /** The header and data rows, stripped; comments and blank lines are not data. */
    private static Set<String> dataRows(String csv) {
        Set<String> rows = new LinkedHashSet<>();
        for (String line : csv.split("\r?\n|\r")) {
            String row = line.strip();
            if (!row.isEmpty() && !row.startsWith("#")) {
                rows.add(row);
            }
        }
        return rows;
    }

    private void seedShippedFiles() {
        for (String file : VariantData.FILES) {
            if (store.live(file).isPresent()) {
                continue;
            }
            String content = VariantData.shipped(file);
            store.insertNext(file, content, "system", "shipped default", now());
            audit.record(
                    "system",
                    "VARIANT_DATA",
                    file,
                    "SEEDED",
                    new Words(
                            "shipped default from rules/lexicon/variants/" + file + ".csv",
                            "随产品提供的默认变体数据 rules/lexicon/variants/" + file + ".csv"),
                    Math.max(0, dataRows(content).size() - 1) + " rows");
            log.info("Seeded version 1 of the variant data '{}' from rules/lexicon/variants/{}.csv", file, file);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
