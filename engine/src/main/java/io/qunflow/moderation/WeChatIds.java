package io.qunflow.moderation;

import java.util.List;

/**
 * WeChat ids after a trigger such as vx/wx/微信 (the {@code wechat-id} detector). The triggers are
 * cues in the variant data (rules/lexicon/variants/cues.csv): kind {@code wechat-id} for words that
 * only ever introduce an id, {@code weak-wechat-id} for everyday words that also do (微信, v).
 *
 * <p>Why this class is long: the triggers as written, the weak ones, those heard by sound and the
 * contact cues before an id all end in the same reading of the id after them ({@code idAfter}),
 * whose rules (what may stand between, where the id ends in the original text, which id another
 * trigger already found) must stay one.
 */
final class WeChatIds {

    /** The one-character contact cues an account id may follow (找 is too everyday: 找iphone15的壳). */
    private static final String ONE_CHAR_CUES_FOR_IDS = "加微扣";
    /** What may stand between a longer contact cue and its id: 联系方式 abc123, 进群号 abc123. */
    private static final String ID_FILLER = "号码是为加我的搜索方式";

    private WeChatIds() {}

    /**
     * "vx/微信/wx: abc_123" — a trigger, optional filler (号/是/:), then an id of 6–20 chars
     * starting with a letter. The id is read from the ORIGINAL text because separators like
     * '_' and '-' belong to it and a space must end it. A trigger inside a read-back phrase
     * (您的微信号 ZY123456, a service telling customers where it sent them something) introduces
     * the reader's own id, no ask.
     *
     * @param cues the cues found in the text, null for none
     */
    static void find(Normalized nz, CueHits cues, List<Hit> hits) {
        String t = nz.text();
        for (String trigger : nz.variants().weChatIdTriggers()) {
            findIds(nz, t, cues, trigger, true, hits);
        }
        // A weak trigger is also an innocent word ("微信支付", "v领毛衣"): the id after it counts only
        // when it holds a digit or '_', or is introduced (微信号 abc, v：abcdef).
        for (String trigger : nz.variants().weakWeChatIdTriggers()) {
            findIds(nz, t, cues, trigger, false, hits);
        }
        findIdsBySound(nz, t, hits);
    }

    /**
     * A trigger written in Chinese characters, as a homophone of it is read by sound (危信 as 微信).
     *
     * @param text the trigger, canonical, which the evidence shows
     * @param sound the trigger folded by sound ({@link Normalizer#sound})
     */
    record SoundedTrigger(String text, String sound) {}

    /**
     * "危信 abc12345": a homophone of a trigger written in Chinese characters (微信, 维信, 绿泡泡), the
     * {@code wechat-id-by-sound} detector, whose evidence reads the trigger it sounds like. Read by
     * sound, a trigger folds too much together to take a plain word after it, so every one is weak
     * here: the id needs a digit or '_', or an introduction (危信号 abcdef).
     */
    private static void findIdsBySound(Normalized nz, String t, List<Hit> hits) {
        Normalizer normalizer = nz.variants().normalizer();
        String firstSounds = nz.variants().weChatIdTriggersFirstSounds();
        // One pass over the text, each char's sound read once and looked up among the triggers'
        // first sounds: this runs on every message with two latin letters, where a scan per
        // trigger cost a tenth of screening a four-line message.
        for (int at = 0; at < t.length(); at++) {
            if (firstSounds.indexOf(normalizer.soundOf(t.charAt(at))) < 0) {
                continue;
            }
            for (SoundedTrigger trigger : nz.variants().weChatIdTriggersBySound()) {
                String sound = trigger.sound();
                if (at + sound.length() <= t.length()
                        && soundsAt(normalizer, t, at, sound)
                        && !writtenTriggerAt(nz, t, at)) {
                    idAfter(nz, t, null, at, at + sound.length(), false, trigger.text(), hits);
                }
            }
        }
    }

    private static boolean soundsAt(Normalizer normalizer, String t, int at, String sound) {
        for (int k = 0; k < sound.length(); k++) {
            if (normalizer.soundOf(t.charAt(at + k)) != sound.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a trigger as written starts there: then {@link #findIds} has read what follows it. */
    private static boolean writtenTriggerAt(Normalized nz, String t, int at) {
        for (String trigger : nz.variants().weChatIdTriggers()) {
            if (t.startsWith(trigger, at)) {
                return true;
            }
        }
        for (String trigger : nz.variants().weakWeChatIdTriggers()) {
            if (t.startsWith(trigger, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a weak trigger ending in a letter runs on into more letters or digits, as the v of
     * vivoX100 or vans2023 does: then it is the start of a word, not a trigger.
     */
    private static boolean runsOn(Normalized nz, String t, int afterTrigger) {
        return afterTrigger < t.length()
                && Detectors.isLetter(t.charAt(afterTrigger - 1))
                && (Detectors.isLetter(t.charAt(afterTrigger)) || Detectors.isDigit(t.charAt(afterTrigger)))
                && nz.originalEnd(afterTrigger - 1) == nz.originalStart(afterTrigger);
    }

    /** An id another trigger already found (加我V:abc has the triggers 加我v and v). */
    private static boolean found(List<Hit> hits, int end) {
        for (Hit hit : hits) {
            if (hit.end() == end && hit.detector().startsWith("wechat-id")) {
                return true;
            }
        }
        return false;
    }

    private static void findIds(Normalized nz, String t, CueHits cues, String trigger, boolean strong, List<Hit> hits) {
        int from = 0;
        int at;
        while ((at = t.indexOf(trigger, from)) >= 0) {
            from = at + 1;
            if (Detectors.insideWord(nz, t, at, trigger)
                    || cues != null && cues.covers(at, at + trigger.length(), Cue.Kind.READ_BACK)) {
                continue;
            }
            int afterTrigger = at + trigger.length();
            if (!strong && runsOn(nz, t, afterTrigger)) {
                continue;
            }
            int k = idAfter(nz, t, cues, at, afterTrigger, strong, null, hits);
            if (k >= 0) {
                from = k + 1;
            }
        }
    }

    /**
     * Adds the hit for the id after the trigger at canonical {@code at}, when there is one; answers
     * where the id starts, or -1. {@code soundsLike} is the trigger a homophone at {@code at} was
     * read as, null for one as written. An id the writer gives as their own for an order is none
     * ({@link OwnNumbers#idGivenForAnOrder}; {@code cues} null: no cues, or a trigger read by sound).
     */
    private static int idAfter(
            Normalized nz,
            String t,
            CueHits cues,
            int at,
            int afterTrigger,
            boolean strong,
            String soundsLike,
            List<Hit> hits) {
        int k = Detectors.skipFiller(t, afterTrigger, "号码是为加我的搜索", 4);
        if (k >= t.length() || !Detectors.isLetter(t.charAt(k)) || OwnNumbers.idGivenForAnOrder(nz, cues, k)) {
            return -1;
        }
        String o = nz.original();
        int os = nz.originalStart(k);
        // "微信：zhangsan" / "微信号 zhangsan" introduce an id; "微信update" does not.
        boolean introduced = false;
        for (int f = afterTrigger; f < k && !introduced; f++) {
            introduced = t.charAt(f) == '号' || t.charAt(f) == '是';
        }
        for (int p = nz.originalEnd(afterTrigger - 1); p < os && !introduced; p++) {
            introduced = o.charAt(p) == ':' || o.charAt(p) == '：';
        }
        Id id = Id.at(nz, os);
        if (id == null || (!strong && !id.strong() && !introduced) || found(hits, id.end())) {
            return -1;
        }
        if (soundsLike == null) {
            hits.add(id.hit(nz, at, k, "wechat-id"));
        } else {
            Hit hit = id.hit(nz, at, k, "wechat-id-by-sound");
            hits.add(new Hit(
                    hit.term(),
                    hit.category(),
                    hit.severity(),
                    hit.detector(),
                    hit.matchedOriginal(),
                    soundsLike + hit.matchedNormalized().substring(afterTrigger - at),
                    hit.start(),
                    hit.end()));
        }
        return k;
    }

    /**
     * "➕kgkg139", "加我 JB36809", "联系 HK-Acct": an account id right after a contact cue of the
     * variant data that is not itself a WeChat trigger (those are {@link #find}'s). The id must hold
     * a digit, '_' or '-' — a plain word after 加 or 联系 is chat ("加油", "联系 boss") — and no run
     * of more than {@link EvasionDetectors#MAX_ACCOUNT_DIGITS} digits (SF1234567890123 is a tracking
     * number). A one-character cue takes the id right after it or after 我. A {@code handle} cue
     * (tg, 飞机) takes only an id written right after an @.
     */
    static void afterContactCues(Normalized nz, CueHits cues, List<Hit> hits) {
        String t = nz.text();
        for (int i = 0; i < cues.size(); i++) {
            int begin = cues.begin(i);
            int end = cues.end(i);
            int k;
            if (cues.is(i, Cue.Kind.HANDLE)) {
                k = end;
                if (k >= t.length() || !Detectors.isLetter(t.charAt(k)) || !atHandle(nz, end, k)) {
                    continue;
                }
            } else if (cues.bySound(i)) {
                // 连系 as 联系 takes its filler; 家我 as 加我 (加 and 我) the id right after it; 思聊 none.
                SoundAlikeCue bySound = cues.soundsLikeContact(i);
                if (!bySound.contact() && ONE_CHAR_CUES_FOR_IDS.indexOf(bySound.opener()) < 0) {
                    continue;
                }
                k = bySound.contact() ? Detectors.skipFiller(t, end, ID_FILLER, 4) : end;
                if (k >= t.length() || !Detectors.isLetter(t.charAt(k))) {
                    continue;
                }
            } else if (cues.is(i, Cue.Kind.CONTACT)) {
                if (Detectors.isLetter(t.charAt(end - 1))) {
                    continue; // v, vx, q: a trigger of find's, or a latin word's first letters
                }
                boolean oneChar = end - begin == 1;
                if (oneChar && ONE_CHAR_CUES_FOR_IDS.indexOf(t.charAt(begin)) < 0) {
                    continue;
                }
                k = oneChar ? Detectors.skipFiller(t, end, "我", 1) : Detectors.skipFiller(t, end, ID_FILLER, 4);
                if (k >= t.length() || !Detectors.isLetter(t.charAt(k))) {
                    continue;
                }
            } else {
                continue;
            }
            Id id = Id.at(nz, nz.originalStart(k));
            if (id == null || !id.strong() || id.longestDigitRun() > EvasionDetectors.MAX_ACCOUNT_DIGITS) {
                continue;
            }
            if (!covered(hits, nz.originalStart(k), id.end())) {
                Hit hit = id.hit(nz, begin, k, "contact-id");
                hits.add(cues.bySound(i) ? EvasionDetectors.readBySound(hit, cues, i) : hit);
            }
        }
    }

    /**
     * Whether the original text between a handle cue (ending at canonical {@code end}) and the id
     * (at canonical {@code k}) is an @, maybe after a colon: tg@abc123, 飞机：@abc_123, tg: @abc123.
     * A space with no colon is how a member is mentioned (飞机 @Tom2024), so it is no handle.
     */
    private static boolean atHandle(Normalized nz, int end, int k) {
        String o = nz.original();
        int from = nz.originalEnd(end - 1);
        int to = nz.originalStart(k);
        boolean colon = false;
        boolean space = false;
        for (int p = from; p < to; p++) {
            char c = o.charAt(p);
            if (c == ':' || c == '：') {
                colon = true;
            } else if (c == ' ' || c == '\u3000') {
                space = true;
            } else if (c != '@' && c != '＠') {
                return false;
            }
        }
        return to > from && (o.charAt(to - 1) == '@' || o.charAt(to - 1) == '＠') && (!space || colon);
    }

    /** Whether another contact hit already holds part of the id (found's, or a listed term). */
    private static boolean covered(List<Hit> hits, int from, int to) {
        for (Hit h : hits) {
            if (h.start() < to && h.end() > from && h.category() == Category.CONTACT) {
                return true;
            }
        }
        return false;
    }

    /**
     * An id read from the ORIGINAL text, because separators like '_' and '-' belong to it and a
     * space must end it: 6–20 letters, digits, '_' or '-'.
     *
     * @param strong whether it holds a digit, '_' or '-'
     */
    private record Id(String value, int end, boolean strong, int longestDigitRun) {

        static Id at(Normalized nz, int os) {
            String o = nz.original();
            int oe = os;
            boolean strong = false;
            int run = 0;
            int longest = 0;
            StringBuilder id = new StringBuilder(20);
            while (oe < o.length() && id.length() <= 20) {
                char c = o.charAt(oe);
                char m = nz.map(c);
                if ((m >= 'a' && m <= 'z') || Detectors.isDigit(m)) {
                    id.append(m);
                    boolean digit = Detectors.isDigit(m);
                    strong |= digit;
                    run = digit ? run + 1 : 0;
                    longest = Math.max(longest, run);
                } else if (c == '_' || c == '-' || c == '＿' || c == '－') {
                    id.append(c == '＿' ? '_' : c == '－' ? '-' : c);
                    strong = true;
                    run = 0;
                } else {
                    break;
                }
                oe++;
            }
            int len = id.length();
            return len < 6 || len > 20 ? null : new Id(id.toString(), oe, strong, longest);
        }

        /** The hit from the trigger at canonical {@code at} (its text up to {@code k}) through the id. */
        Hit hit(Normalized nz, int at, int k, String detector) {
            int startOrig = nz.originalStart(at);
            return new Hit(
                    value,
                    Category.CONTACT,
                    Severity.HIGH,
                    detector,
                    nz.original().substring(startOrig, end),
                    nz.text().substring(at, k) + value,
                    startOrig,
                    end);
        }
    }
}
