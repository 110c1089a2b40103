package io.qunflow.moderation;

import io.qunflow.common.Revisions;
import java.util.ArrayList;
import java.util.List;
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

    private static final Logger log = LoggerFactory.getLogger(LiveScreener.class);

    private final LexiconStore lexicon;
    private final VariantStore variantStore;
    private final Revisions revisions;
    private volatile TextScreener screener;
    private volatile Variants variants;
    private long wordListRevision = -1;
    private long variantRevision = -1;

    LiveScreener(LexiconStore lexicon, VariantStore variantStore, Revisions revisions) {
        this.lexicon = lexicon;
        this.variantStore = variantStore;
        this.revisions = revisions;
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

    /** Compiles what changed since the last build: the variant data only when its revision moved. */
    synchronized void rebuild() {
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
