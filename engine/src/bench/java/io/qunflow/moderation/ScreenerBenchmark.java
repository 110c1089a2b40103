package io.qunflow.moderation;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.github.houbb.sensitive.word.bs.SensitiveWordBs;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Screenings per second on chat-length messages with a 10,000-entry word list: our screener
 * against (a) a naive String.contains loop and (b) houbb sensitive-word with every normalisation
 * on, plus the cost of calling opencc4j per message (why the char table exists).
 * See BENCH.md for the command and results.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScreenerBenchmark {

    private static final int CORPUS = 4096; // power of two for the index mask

    /** Chat lines per message: 1 ≈ 12 chars (typical group chat), 4 ≈ 50 chars. */
    @Param({"1", "4"})
    public int linesPerMessage;

    private String[] corpus;
    private TextScreener screener;
    private String[] terms;
    private SensitiveWordBs sensitiveWord;
    private int i;

    @Setup(Level.Trial)
    public void setUp() {
        List<LexiconEntry> entries = BenchData.lexicon(10_000);
        screener = new TextScreener(Lexicon.of(entries));
        terms = entries.stream().map(LexiconEntry::term).toArray(String[]::new);
        sensitiveWord = SensitiveWordBaseline.build(List.of(terms));
        corpus = BenchData.corpus(CORPUS, linesPerMessage);
        long chars = 0;
        for (String s : corpus) {
            chars += s.length();
        }
        int spamHits = 0;
        for (String s : corpus) {
            spamHits += screener.screen(s, MessageFlags.NONE).clean() ? 0 : 1;
        }
        System.out.printf(
                "%n[setup] lexicon entries=%d, corpus messages=%d, mean length=%.1f chars, flagged=%.1f%%%n",
                entries.size(), corpus.length, (double) chars / corpus.length, 100.0 * spamHits / corpus.length);
    }

    private String next() {
        return corpus[i++ & (CORPUS - 1)];
    }

    /** Ours: normalise + trie match + detectors, full hit list. */
    @Benchmark
    public Screening screener() {
        return screener.screen(next(), MessageFlags.NONE);
    }

    /** Ours, normalisation pass only. */
    @Benchmark
    public Normalized normalizeOnly() {
        return Variants.shipped().normalize(next());
    }

    /** (a) naive: String.contains over all terms, stop at the first hit. */
    @Benchmark
    public boolean naiveContains() {
        String text = next();
        for (String t : terms) {
            if (text.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** (b) sensitive-word, all normalisations on; contains() is its cheapest decision call. */
    @Benchmark
    public boolean sensitiveWord() {
        return sensitiveWord.contains(next());
    }

    /** opencc4j traditional→simplified called per message (not used on the hot path). */
    @Benchmark
    public String opencc4jToSimplePerMessage() {
        return ZhConverterUtil.toSimple(next());
    }
}
