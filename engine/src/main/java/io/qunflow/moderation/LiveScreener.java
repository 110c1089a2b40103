package io.qunflow.moderation;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.qunflow.common.Revisions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The screener every message and nickname goes through, compiled from the live word lists and the
 * live variant data. A change on this node rebuilds it once the change commits; a change committed
 * on another node bumps its revision, and every node rebuilds within the reload interval.
 *
 * <p>Built once every singleton exists, so the shipped word lists and variant data have been seeded
 * into an empty database first.
 */
@Component
class LiveScreener implements SmartInitializingSingleton {

    static final String WORD_LISTS = "word-lists";
    static final String VARIANTS = "variants";
    /** The timer of the screener's builds: how long each took, and how many there were. */
    static final String BUILDS = "qunflow.screener.build";

    private static final Logger log = LoggerFactory.getLogger(LiveScreener.class);

    private final LexiconStore lexicon;
    private final VariantStore variantStore;
    private final Revisions revisions;
    /**
     * Held while a build runs. Package-private so a test can hold a build back and show that the
     * changes which arrive meanwhile share one build.
     */
    final ReentrantLock building = new ReentrantLock();

    private final AtomicLong asked = new AtomicLong();
    private final Timer builds;
    /** The last call to {@link #rebuild()} whose change the current screener holds. */
    private volatile long served;

    private volatile TextScreener screener;
    private volatile Variants variants;
    private volatile long wordListRevision = -1;
    private volatile long variantRevision = -1;

    LiveScreener(LexiconStore lexicon, VariantStore variantStore, Revisions revisions, MeterRegistry meters) {
        this.lexicon = lexicon;
        this.variantStore = variantStore;
        this.revisions = revisions;
        this.builds = Timer.builder(BUILDS)
                .description("Builds of the screener from the word lists and variant data")
                .register(meters);
    }

    @Override
    public void afterSingletonsInstantiated() {
        rebuild();
    }

    /** The screener for the word lists and variant data as they stand now. */
    TextScreener screener() {
        TextScreener current = screener;
        if (current == null) {
            rebuild();
            current = screener;
        }
        return current;
    }

    /** The live variant data. */
    Variants variants() {
        Variants current = variants;
        if (current == null) {
            rebuild();
            current = variants;
        }
        return current;
    }

    /** Picks up changes committed on other nodes. */
    @Scheduled(fixedDelayString = "${qunflow.reload-interval:PT2S}")
    void reloadIfChangedElsewhere() {
        if (revisions.current(WORD_LISTS) != wordListRevision || revisions.current(VARIANTS) != variantRevision) {
            rebuild();
        }
    }

    /**
     * Compiles what changed since the last build (the variant data only when its revision moved),
     * and answers once a build that read the lists after this call began has finished: a caller's
     * committed change is screened when it returns. Callers that arrive while a build runs share
     * the next one: a build of 20,000 terms takes seconds, and ten term adds at once would
     * otherwise each wait for the nine builds queued before their own.
     */
    void rebuild() {
        long mine = asked.incrementAndGet();
        building.lock();
        try {
            if (served >= mine) {
                return;
            }
            // Every call counted so far began after its change committed, so the build below,
            // reading the lists after this line, sees all of their changes.
            long covered = asked.get();
            builds.record(this::build);
            served = covered;
        } finally {
            building.unlock();
        }
    }

    private void build() {
        long started = System.nanoTime();
        long words = revisions.current(WORD_LISTS);
        long variantsNow = revisions.current(VARIANTS);
        Variants compiled = variants;
        if (compiled == null || variantsNow != variantRevision) {
            compiled = Variants.compile(liveContent(VariantData.CHARACTERS), liveContent(VariantData.CUES));
        }
        List<LexiconEntry> entries = matchable(lexicon.all(), compiled.normalizer());
        TextScreener built = new TextScreener(Lexicon.of(entries, compiled));
        wordListRevision = words;
        variantRevision = variantsNow;
        variants = compiled;
        screener = built;
        log.info(
                "Screener of {} word-list entries and {} cue words compiled in {} ms",
                entries.size(),
                compiled.cues().size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The entries that keep something to match with this variant data. Publishing checks that every
     * term does ({@link LiveTerms}), and a term is checked against the committed table, but data
     * written outside the API must cost that one term, not every node its matcher and its start.
     */
    private static List<LexiconEntry> matchable(List<WordListEntry> all, Normalizer normalizer) {
        List<LexiconEntry> entries = new ArrayList<>(all.size());
        for (WordListEntry e : all) {
            if (normalizer.normalizeTerm(e.term()).isEmpty()) {
                log.warn("The word-list term '{}' has nothing to match with the live variant data: skipped", e.term());
            } else {
                entries.add(e.entry());
            }
        }
        return entries;
    }

    private String liveContent(String file) {
        return variantStore
                .live(file)
                .orElseThrow(() -> new IllegalStateException("The variant file '" + file + "' has not been seeded"))
                .content();
    }
}
