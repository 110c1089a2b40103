package io.qunflow.moderation;

import java.util.List;

/**
 * Phone numbers (an 11-digit mobile number, with or without 86/0086) and QQ numbers (digits after
 * QQ/扣扣/企鹅/群号) in the canonical digit runs, where spaced and Chinese-numeral digits are
 * plain runs already. The {@code phone} and {@code qq} detectors; the words that introduce a QQ
 * number are cues of kind {@code qq} in the variant data (rules/lexicon/variants/cues.csv).
 *
 * <p>A number read back to its owner (after a {@code read-back} cue: 您的联系电话是 13800138000,
 * 确认短信发送到 13800138000) is the reader's own and no ask to be contacted, and so is one later in
 * a sentence that reads the reader's details back (a {@code reader-details} cue: 您的送餐地址是中山路
 * 123号，联系电话是 13800138000).
 *
 * <p>A customer's own number, given in a message about an order, is no ask to be contacted either
 * ({@link OwnNumbers}).
 *
 * <p>A number written straight before a unit (a {@code not-money} cue such as 人 or 个, or a price
 * unit such as 元) counts people, things or money: 群20000人 is a group's size, not its number.
 */
final class PhoneAndQqNumbers {

    private PhoneAndQqNumbers() {}

    private static final String QQ_FILLER = "号码群是为加我的";

    /** Passed over between a read-back cue and its number: 您的联系电话是, 联系电话为. */
    static final String READ_BACK_FILLER = "是为";

    /**
     * How far before a number (in canonical chars) a reader-details cue may end: the longest
     * read-back on TeleAntiFraud's dev half, 您的预约信息如下 to the phone after the address, is 51.
     */
    private static final int READER_DETAILS_REACH = 60;

    /** Where a sentence ends in the original text: a reader-details cue does not reach past one. */
    private static final String SENTENCE_ENDS = "。！？!?\n";

    /**
     * One pass over the canonical digit runs for both detectors; only worth it from
     * {@link Detectors#MIN_DIGITS} digits on.
     *
     * <p>Phone: a run of exactly 11 digits 1[3-9]xxxxxxxxx, optionally prefixed by 86/0086.
     * Separators are already gone, so "138 0013 8000" and "一三八…" are plain runs here; longer
     * runs (order numbers, timestamps) are left alone.
     *
     * <p>QQ: a run of 5–11 digits preceded (through at most 4 filler chars like 号/群/是) by
     * a QQ trigger (qq/扣扣/企鹅/群号…). Looking backwards from the digits keeps this to one pass.
     */
    static void find(Normalized nz, CueHits cues, List<Hit> hits) {
        String t = nz.text();
        // The scan reads the canonical chars from the array: String.charAt on UTF-16 text costs more.
        char[] c = nz.chars();
        int n = t.length();
        int i = 0;
        while (i < n) {
            if (!Detectors.isDigit(c[i])) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && Detectors.isDigit(c[i])) {
                i++;
            }
            int len = i - s;
            if (len > 11) {
                phonesAcrossScripts(nz, t, cues, s, i, hits);
            } else {
                phone(nz, t, cues, s, i, hits);
            }
            if (len >= 5 && len <= 11 && !countsSomething(nz, t, cues, i)) {
                int trig = qqTriggerBefore(nz, t, s);
                if (trig >= 0 && !insideContactCue(cues, trig)) {
                    hits.add(Detectors.hit(nz, t.substring(s, i), Category.CONTACT, Severity.HIGH, "qq", trig, i));
                }
            }
        }
    }

    /**
     * The mobile numbers in a run too long to be one: 138-1234-5678，两人份 reads 138123456782, so the
     * run is split where the digits change script across a dropped char, and a part still too long
     * where they change script with nothing between (13800138000两个), so a numeral word after a
     * number does not hide it.
     */
    private static void phonesAcrossScripts(Normalized nz, String t, CueHits cues, int s, int e, List<Hit> hits) {
        for (int from = s; from < e; ) {
            int to = scriptBreak(nz, from, e, true);
            if (to - from > 11) {
                for (int f = from; f < to; ) {
                    int g = scriptBreak(nz, f, to, false);
                    phone(nz, t, cues, f, g, hits);
                    f = g;
                }
            } else {
                phone(nz, t, cues, from, to, hits);
            }
            from = to;
        }
    }

    /** A mobile number, with or without 86/0086, filling the digit run from {@code s} to {@code e}. */
    private static void phone(Normalized nz, String t, CueHits cues, int s, int e, List<Hit> hits) {
        int len = e - s;
        int p = -1;
        if (len == 11) {
            p = s;
        } else if (len == 13 && t.startsWith("86", s)) {
            p = s + 2;
        } else if (len == 15 && t.startsWith("0086", s)) {
            p = s + 4;
        }
        if (p >= 0
                && t.charAt(p) == '1'
                && t.charAt(p + 1) >= '3'
                && !readBack(t, cues, s)
                && !readBackAfter(cues, e)
                && !readerDetailsBefore(nz, cues, s)
                && !OwnNumbers.givenForAnOrder(nz, cues, s, e)
                && !ThousandsAmounts.isAmount(nz, cues, s, e)) {
            hits.add(Detectors.hit(nz, t.substring(p, e), Category.CONTACT, Severity.HIGH, "phone", s, e));
        }
    }

    /** Whether a read-back cue ends right before {@code s}, or one 是 or 为 before it. */
    private static boolean readBack(String t, CueHits cues, int s) {
        if (cues == null || !cues.any(Cue.Kind.READ_BACK)) {
            return false;
        }
        int from = s > 0 && READ_BACK_FILLER.indexOf(t.charAt(s - 1)) >= 0 ? s - 1 : s;
        for (int q = cues.firstEndingFrom(from); q < cues.size() && cues.end(q) <= s; q++) {
            if (cues.is(q, Cue.Kind.READ_BACK)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a read-back cue starts right where the number ends: 通过13812345678联系您, 电话
     * 13812345678与您确认 (the number a service will reach the reader on, said before what it is for).
     */
    private static boolean readBackAfter(CueHits cues, int e) {
        if (cues == null || !cues.any(Cue.Kind.READ_BACK)) {
            return false;
        }
        for (int q = cues.firstEndingFrom(e + 1); q < cues.size() && cues.end(q) <= e + cues.longest(); q++) {
            if (cues.begin(q) == e && cues.is(q, Cue.Kind.READ_BACK)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a reader-details cue ends within {@link #READER_DETAILS_REACH} chars before {@code s}
     * in the same sentence, with no private-chat ask after it: only the cues the trie found there
     * are looked at, and the original text only between such a cue and the number. The
     * {@code contact-number} detector asks too, as 联系电话 holds its cue 联系.
     */
    static boolean readerDetailsBefore(Normalized nz, CueHits cues, int s) {
        if (cues == null || !cues.any(Cue.Kind.READER_DETAILS)) {
            return false;
        }
        boolean found = false;
        for (int q = cues.firstEndingFrom(Math.max(0, s - READER_DETAILS_REACH));
                q < cues.size() && cues.end(q) <= s;
                q++) {
            if (cues.is(q, Cue.Kind.PRIVATE_CHAT) && found) {
                found = false;
            } else if (cues.is(q, Cue.Kind.READER_DETAILS) && sameSentence(nz, cues.end(q), s)) {
                found = true;
            }
        }
        return found;
    }

    /** Whether no sentence ends in the original between canonical positions {@code from} and {@code to}. */
    private static boolean sameSentence(Normalized nz, int from, int to) {
        String o = nz.original();
        for (int k = nz.originalEnd(from - 1); k < nz.originalStart(to); k++) {
            if (SENTENCE_ENDS.indexOf(o.charAt(k)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first position after {@code from} and before {@code end} where the digit run goes from
     * digits written as digits to digits written as words (一, 两, 洞) or back, with a char dropped
     * between them (a comma, a space) when {@code separated}; {@code end} when there is none.
     */
    private static int scriptBreak(Normalized nz, int from, int end, boolean separated) {
        String o = nz.original();
        for (int k = from + 1; k < end; k++) {
            if ((!separated || nz.originalEnd(k - 1) != nz.originalStart(k))
                    && Character.isDigit(o.charAt(nz.originalStart(k - 1)))
                            != Character.isDigit(o.charAt(nz.originalStart(k)))) {
                return k;
            }
        }
        return end;
    }

    /**
     * Whether the trigger at {@code at} sits inside a longer contact cue (the 群 of 进群): the
     * {@code contact-number} detector then names the number with the whole cue.
     */
    private static boolean insideContactCue(CueHits cues, int at) {
        if (cues == null) {
            return false;
        }
        for (int q = cues.firstEndingFrom(at + 1); q < cues.size() && cues.end(q) <= at + cues.longest(); q++) {
            if (cues.begin(q) < at && cues.is(q, Cue.Kind.CONTACT)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a unit starts at {@code end}, right after the number in the original too. */
    static boolean countsSomething(Normalized nz, String t, CueHits cues, int end) {
        if (end >= t.length() || nz.originalEnd(end - 1) != nz.originalStart(end)) {
            return false;
        }
        if (nz.variants().notMoney().at(t, end) != null) {
            return true;
        }
        if (cues != null) {
            for (int q = cues.firstEndingFrom(end + 1); q < cues.size() && cues.end(q) <= end + cues.longest(); q++) {
                if (cues.begin(q) == end && cues.is(q, Cue.Kind.PRICE_UNIT)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Start of a QQ trigger that ends at {@code pos} or a few filler chars before it, else -1. A
     * trigger that is a filler too (群) gives way to one before it (企鹅群 12345678 is named by 企鹅).
     */
    private static int qqTriggerBefore(Normalized nz, String t, int pos) {
        CueWordList triggers = nz.variants().qqTriggerWords();
        int found = -1;
        for (int skipped = 0; skipped <= 4 && pos > 0; skipped++) {
            String trigger = triggers.mayEndAt(t, pos) ? triggerEndingAt(nz, t, pos, triggers.words()) : null;
            if (trigger != null) {
                int at = pos - trigger.length();
                if (trigger.length() > 1 || QQ_FILLER.indexOf(trigger.charAt(0)) < 0) {
                    return at;
                }
                found = at;
            }
            if (QQ_FILLER.indexOf(t.charAt(pos - 1)) < 0) {
                return found;
            }
            pos--;
        }
        return found;
    }

    /** The first trigger, in the file's order, written so that it ends at {@code pos} and is no part of a word. */
    private static String triggerEndingAt(Normalized nz, String t, int pos, List<String> triggers) {
        for (String trigger : triggers) {
            int at = pos - trigger.length();
            if (at >= 0 && t.startsWith(trigger, at) && !Detectors.insideWord(nz, t, at, trigger)) {
                return trigger;
            }
        }
        return null;
    }
}
