package io.qunflow.moderation;

import com.github.houbb.sensitive.word.bs.SensitiveWordBs;
import com.github.houbb.sensitive.word.support.ignore.SensitiveWordCharIgnores;
import java.util.Collection;
import java.util.List;

/** Baseline (b): com.github.houbb:sensitive-word with every normalisation it offers switched on. */
public final class SensitiveWordBaseline {

    private SensitiveWordBaseline() {}

    /** Built from the given terms only (its bundled dictionary is replaced), so both sides match the same words. */
    public static SensitiveWordBs build(Collection<String> terms) {
        List<String> deny = List.copyOf(terms);
        return SensitiveWordBs.newInstance()
                .wordDeny(() -> deny)
                .wordAllow(List::of)
                .ignoreCase(true)
                .ignoreWidth(true)
                .ignoreNumStyle(true)
                .ignoreChineseStyle(true)
                .ignoreEnglishStyle(true)
                .ignoreRepeat(true)
                .charIgnore(SensitiveWordCharIgnores.specialChars())
                .enableWordCheck(true)
                .enableNumCheck(true)
                .enableUrlCheck(true)
                .enableEmailCheck(true)
                .init();
    }
}
