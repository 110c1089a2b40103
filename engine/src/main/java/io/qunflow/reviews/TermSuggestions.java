package io.qunflow.reviews;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import io.qunflow.events.EventService;
import io.qunflow.moderation.MessageFlags;
import io.qunflow.moderation.Screening;
import io.qunflow.moderation.WordListService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * New terms for the word list, mined from the spam people upheld: runs of 2 to 6 letters (Han,
 * Latin…) found in the normalised text of at least {@code minUpheld} upheld messages that the
 * word list and detectors do not catch yet. Each comes with what adding it would cost: how many of
 * the newest recorded messages that nothing was found in contain it, and how many overturned
 * messages (moderation's known mistakes) do. A run contained in a longer one found in just as many
 * upheld messages is left out: the longer says the same and catches less everyday chat.
 */
@Component
class TermSuggestions {

    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 6;
    /** Upheld and overturned messages read, newest first: enough to see a trend, bounded in memory. */
    static final int REVIEWED_SAMPLE = 2_000;
    /** Recorded messages read for the everyday-chat count, newest first. */
    static final int CLEAN_SAMPLE = 5_000;
    /** Distinct runs counted at most (a few tens of megabytes). */
    static final int MAX_RUNS = 200_000;
    /** Candidates weighed for the longer-run rule; the rest are too rare to be suggested first. */
    private static final int CANDIDATES = 500;

    private final ReviewStore store;
    private final EventService events;
    private final WordListService wordLists;

    TermSuggestions(ReviewStore store, EventService events, WordListService wordLists) {
        this.store = store;
        this.events = events;
        this.wordLists = wordLists;
    }

    /**
     * One suggested term.
     *
     * @param inUpheldSpam upheld messages that contain it
     * @param inCleanMessages recorded messages with no finding that contain it (the false-positive cost)
     * @param inOverturned overturned messages that contain it
     */
    record Suggestion(String term, int inUpheldSpam, int inCleanMessages, int inOverturned) {}

    /** The suggestions with the sizes of the samples they were counted in. */
    record Suggestions(int upheldMessages, int cleanMessages, int overturnedMessages, List<Suggestion> suggestions) {}

    /** Most upheld spam first, then least everyday chat. */
    Suggestions suggest(int minUpheld, int limit) {
        List<String> upheld = store.normalizedTexts(ReviewStatus.UPHELD, REVIEWED_SAMPLE);
        List<String> overturned = store.normalizedTexts(ReviewStatus.OVERTURNED, REVIEWED_SAMPLE);
        List<String> clean = cleanMessages();

        Map<String, Integer> support = support(upheld, MAX_RUNS);
        List<String> candidates = support.entrySet().stream()
                .filter(e -> e.getValue() >= minUpheld)
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .filter(this::notCaughtYet)
                .limit(CANDIDATES)
                .toList();
        List<String> kept = longestOfEqualSupport(candidates, support);
        if (kept.isEmpty()) {
            return new Suggestions(upheld.size(), clean.size(), overturned.size(), List.of());
        }
        Map<String, Integer> inClean = occurrences(kept, clean);
        Map<String, Integer> inOverturned = occurrences(kept, overturned);
        List<Suggestion> suggestions = kept.stream()
                .map(term -> new Suggestion(
                        term, support.get(term), inClean.getOrDefault(term, 0), inOverturned.getOrDefault(term, 0)))
                .sorted(Comparator.comparingInt(Suggestion::inUpheldSpam)
                        .reversed()
                        .thenComparingInt(Suggestion::inCleanMessages)
                        .thenComparing(s -> -s.term().length())
                        .thenComparing(Suggestion::term))
                .limit(limit)
                .toList();
        return new Suggestions(upheld.size(), clean.size(), overturned.size(), suggestions);
    }

    /** The normalised texts of the newest recorded messages in which the live list finds nothing. */
    private List<String> cleanMessages() {
        List<String> clean = new ArrayList<>();
        for (String text : events.newestMessageTexts(CLEAN_SAMPLE)) {
            Screening screening = wordLists.screen(text, MessageFlags.NONE);
            if (screening.clean() && !screening.normalized().isEmpty()) {
                clean.add(screening.normalized());
            }
        }
        return clean;
    }

    private boolean notCaughtYet(String run) {
        return wordLists.screen(run, MessageFlags.NONE).clean();
    }

    /**
     * In how many of the texts each run of letters occurs. Past {@code maxRuns} distinct runs only
     * the runs already seen are counted: long texts of ever-new letters cannot fill the heap, and a
     * term worth suggesting recurs early.
     */
    static Map<String, Integer> support(List<String> texts, int maxRuns) {
        Map<String, Integer> support = new HashMap<>();
        for (String text : texts) {
            for (String run : runsOfLetters(text)) {
                if (support.size() < maxRuns || support.containsKey(run)) {
                    support.merge(run, 1, Integer::sum);
                }
            }
        }
        return support;
    }

    /** Every distinct run of {@link #MIN_LENGTH} to {@link #MAX_LENGTH} letters in the text. */
    static Set<String> runsOfLetters(String text) {
        int[] points = text.codePoints().toArray();
        Set<String> runs = new HashSet<>();
        for (int start = 0; start < points.length; start++) {
            for (int end = start; end < points.length && end - start < MAX_LENGTH; end++) {
                if (!Character.isLetter(points[end])) {
                    break;
                }
                if (end - start + 1 >= MIN_LENGTH) {
                    runs.add(new String(points, start, end - start + 1));
                }
            }
        }
        return runs;
    }

    /** Leaves out every candidate a longer candidate contains and is found in as many messages. */
    static List<String> longestOfEqualSupport(List<String> candidates, Map<String, Integer> support) {
        List<String> longestFirst = new ArrayList<>(candidates);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        List<String> kept = new ArrayList<>();
        for (String candidate : longestFirst) {
            boolean subsumed = kept.stream()
                    .anyMatch(longer -> longer.length() > candidate.length()
                            && longer.contains(candidate)
                            && support.get(longer).equals(support.get(candidate)));
            if (!subsumed) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    /** In how many of the texts each term occurs (once per text however often it is repeated). */
    private static Map<String, Integer> occurrences(List<String> terms, List<String> texts) {
        TreeMap<String, String> keys = new TreeMap<>();
        terms.forEach(term -> keys.put(term, term));
        AhoCorasickDoubleArrayTrie<String> trie = new AhoCorasickDoubleArrayTrie<>();
        trie.build(keys);
        Map<String, Integer> counts = new HashMap<>();
        for (String text : texts) {
            Set<String> found = new HashSet<>();
            trie.parseText(text, (AhoCorasickDoubleArrayTrie.IHit<String>) (begin, end, term) -> found.add(term));
            found.forEach(term -> counts.merge(term, 1, Integer::sum));
        }
        return counts;
    }
}
