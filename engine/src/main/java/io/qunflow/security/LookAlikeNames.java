package io.qunflow.security;

import com.ibm.icu.text.SpoofChecker;
import io.qunflow.common.Words;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Whether a name could pass for another, for people's names and API keys' names alike: both stand
 * for who acted in the audit trail and the lists, so both are held to the same reading. It follows
 * Unicode's own security mechanisms (UTS #39) as ICU keeps them:
 *
 * <ul>
 *   <li>{@link #readAs}: what a reader sees, the confusable skeleton of the name after NFKC and
 *       lower case, so {@code аdmin} with a Cyrillic а reads as {@code admin}, and so do
 *       {@code ａｄｍｉｎ}, {@code Admin} and {@code adrnin};
 *   <li>{@link #mixesScripts}: letters of scripts that are not written together (Latin with
 *       Cyrillic or Greek, say), the way one letter is swapped for its twin. Latin beside Chinese,
 *       Japanese or Korean is how names are written and stays allowed.
 * </ul>
 *
 * <p>ICU and its confusable data are loaded the first time a name is checked, when an account or a
 * key is created, never at start: they are megabytes no other path needs.
 */
final class LookAlikeNames {

    static final Words MIXED_SCRIPTS = new Words(
            "mixes letters of scripts that are not written together (such as a Cyrillic а among Latin letters),"
                    + " so it could pass for another name: write it in one script (Latin may go with Chinese,"
                    + " Japanese or Korean)",
            "混用了不会一起书写的文字（例如拉丁字母中夹着西里尔字母 а），可能冒充别的名称：请只用一种文字书写（拉丁字母可与中文、日文或韩文同用）");

    private LookAlikeNames() {}

    /**
     * The name as it reads: compatibility forms made plain, lower case, spaces at the ends dropped
     * and runs of them read as one, characters that draw nothing dropped, and each letter replaced
     * by the one it is confusable with. Two names that read alike pass for each other.
     */
    static String readAs(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
        return Icu.skeleton(plain);
    }

    /** Whether the name mixes scripts that are not written together (UTS #39 "highly restrictive"). */
    static boolean mixesScripts(String name) {
        return Icu.CHECKER.failsChecks(name);
    }

    /** Loaded by the JVM when first used, and ICU with it. */
    private static final class Icu {

        static final SpoofChecker CHECKER = new SpoofChecker.Builder()
                .setChecks(SpoofChecker.RESTRICTION_LEVEL)
                .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE)
                .build();

        static String skeleton(String plain) {
            // A skeleton drops what draws nothing (the Hangul fillers, zero-width characters) and
            // maps each look-alike set to one member, sometimes a capital (0 → O): hence lower case.
            return CHECKER.getSkeleton(plain).toLowerCase(Locale.ROOT);
        }
    }
}
