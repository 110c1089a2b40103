package io.qunflow.moderation;

import java.util.List;

/**
 * Three shapes of a line that the word lists cannot hold as phrases, because their words are everyday
 * words apart.
 *
 * <p>An insult aimed at the reader ({@code reader-insult}, ABUSE): a phrase that says what the reader
 * is (kind {@code at-reader} of rules/lexicon/variants/cues.csv: 你是, 你就是, 你这种, 你个, 你们这些)
 * with an insulting word right after it or {@link #READER_TO_INSULT} character later (kind {@code insult}:
 * 垃圾, 杂碎, 犯贱, 狗脑子). The same word about oneself or a thing is everyday (我这狗脑子, 垃圾桶),
 * and the everyday phrases that hold one (垃圾分类, 废物利用, 羊杂碎) are {@code everyday} rows, so
 * 你这种垃圾袋在哪买的 and 你是做废物利用的吗 stay clean while 你这种杂碎 and 你是真贱 are caught. 狗 is no
 * insult word: pet owners ask 你这种狗掉毛吗.
 *
 * <p>A curse on the reader's mother is a {@code reader-insult} too: a verb a curse opens with (kind
 * {@code curse-verb}: 装, 吊, 处, 酸) right before the reader's mother as a curse spells her, with the word that
 * ends it (kind {@code reader-mother}: 你妈呢, 你马笔, 你亩去), written side by side: 装你妈呢, 吊你亩去. Apart they
 * are everyday (装箱, 你妈呢？让她来接你), and 装你妈妈的行李 holds no row.
 *
 * <p>A sexual solicitation ({@code sexual-ask}, PORN): a role that only sexual role-play names
 * (kind {@code sex-role}: 女dom, 女sub, sese) within {@link #ROLE_TO_ASK} characters before an ask, or
 * an ask within {@link #ASK_TO_ROLE} characters before the role. An ask is a contact or private-chat
 * cue (加, 找, 加我, 私我) or kind {@code sex-ask} (收, 求, 有没有, 要吗, 当): 找个女dom, sese要嘛. A role
 * that is another word as well is no row: 女M is a clothes size in a group buy's 女M 加1件, 收母畜 a
 * livestock trader's ad.
 *
 * <p>A sexual word on a person or a picture ({@code lewd-target}, PORN): a word that makes what follows
 * sexual (kind {@code lewd}: 涩涩, 瑟瑟) with a person or a picture right after it or after one character
 * (kind {@code lewd-target}: 女生, 漫画, 照片, 女搭子), written side by side: 有没有瑟瑟的女搭子, 涩涩的漫画. The
 * same words are a taste (柿子涩涩的) or a shiver (瑟瑟发抖, an everyday row); punctuation between them
 * (柿子涩涩的，图片看着挺红) parts them.
 *
 * <p>A person named as a sexual object asked to make contact ({@code sex-object}, PORN): a word that
 * names one (kind {@code sex-object}: 母狗, 女狗, 贱狗, 涩涩) with an ask to the reader written right against
 * it, after or before it (kind {@code object-ask}: 加爸爸, 加主人, 自己加, 来找我, 加个好友): 小母狗自己加爸爸,
 * 母狗来聊, 涩涩加我. Nothing may stand between them, not even one character: a dog's seller writes
 * 要小母狗的私我 and a pet owner 母狗加点钙片, so the asks a seller uses with a word between (私我, 找我) and the
 * bare 加 are no rows. A message that names a pet as owners and sellers do (kind {@code pet}: 柯基, 幼犬, 配种,
 * 狗粮) is about a dog: 出售柯基小母狗加我微信 stands the detector down.
 *
 * <p>The reader-insult and lewd-target pairs must be written side by side: a comma between them, which
 * normalising drops, ends one sentence and starts another (知道你是，垃圾就别扔这).
 */
final class InsultsAndSolicitations {

    /**
     * How far (canonical chars) the insult may begin after the phrase naming the reader: 你是真贱, 你们这些小唐货.
     * Further, the insult is often about something else: 你是说垃圾没人收吗, 你这个屋里垃圾太多.
     */
    static final int READER_TO_INSULT = 1;
    /** How far (canonical chars) the person or picture may begin after the lewd word: 瑟瑟的女生. */
    static final int LEWD_TO_TARGET = 1;
    /** How far (canonical chars) the ask may begin after the role: sese要嘛, 女dom，本人男，同城求. */
    static final int ROLE_TO_ASK = 8;
    /** How far (canonical chars) the role may begin after the ask: 想找：女双属性的或者女dom. */
    static final int ASK_TO_ROLE = 8;

    private InsultsAndSolicitations() {}

    /** Adds one hit for the first insult aimed at the reader in the message, if any. */
    static void readerInsults(Normalized nz, CueHits cues, List<Hit> hits) {
        if (!cues.any(Cue.Kind.AT_READER) || !cues.any(Cue.Kind.INSULT)) {
            return;
        }
        for (int reader = 0; reader < cues.size(); reader++) {
            if (!cues.is(reader, Cue.Kind.AT_READER)) {
                continue;
            }
            int from = cues.end(reader);
            int insult = rightAfter(cues, from, Cue.Kind.INSULT, READER_TO_INSULT);
            if (insult >= 0 && writtenTogether(nz, from, cues.begin(insult))) {
                String t = nz.text();
                String term =
                        t.substring(cues.begin(reader), from) + "+" + t.substring(cues.begin(insult), cues.end(insult));
                hits.add(Detectors.hit(
                        nz,
                        term,
                        Category.ABUSE,
                        Severity.HIGH,
                        "reader-insult",
                        cues.begin(reader),
                        cues.end(insult)));
                return;
            }
        }
    }

    /** Adds one hit for the first curse on the reader's mother in the message, unless an insult at the reader is found. */
    static void motherCurses(Normalized nz, CueHits cues, List<Hit> hits) {
        if (!cues.any(Cue.Kind.CURSE_VERB) || !cues.any(Cue.Kind.READER_MOTHER)) {
            return;
        }
        for (Hit h : hits) {
            if ("reader-insult".equals(h.detector())) {
                return;
            }
        }
        for (int verb = 0; verb < cues.size(); verb++) {
            if (!cues.is(verb, Cue.Kind.CURSE_VERB)) {
                continue;
            }
            int from = cues.end(verb);
            int mother = rightAfter(cues, from, Cue.Kind.READER_MOTHER, 0);
            if (mother >= 0 && writtenTogether(nz, from, cues.begin(mother))) {
                String t = nz.text();
                String term =
                        t.substring(cues.begin(verb), from) + "+" + t.substring(cues.begin(mother), cues.end(mother));
                hits.add(Detectors.hit(
                        nz, term, Category.ABUSE, Severity.HIGH, "reader-insult", cues.begin(verb), cues.end(mother)));
                return;
            }
        }
    }

    /**
     * The cue of {@code kind} that begins at {@code from} or at most {@code gap} characters after it,
     * or -1. Cues come in the order they end, so only those ending within reach (the gap and the
     * longest cue) are looked at, and one that begins too far is passed over for any later that does
     * not.
     */
    private static int rightAfter(CueHits cues, int from, Cue.Kind kind, int gap) {
        int until = from + gap + cues.longest();
        for (int q = cues.firstEndingFrom(from + 1); q < cues.size() && cues.end(q) <= until; q++) {
            if (cues.is(q, kind) && cues.begin(q) >= from && cues.begin(q) - from <= gap) {
                return q;
            }
        }
        return -1;
    }

    /**
     * Whether canonical chars {@code from - 1} to {@code to} were written side by side: nothing the
     * normaliser dropped (a comma, a space) lies between them in the original.
     */
    private static boolean writtenTogether(Normalized nz, int from, int to) {
        for (int k = Math.max(from - 1, 0); k < to; k++) {
            if (nz.originalStart(k + 1) > nz.originalEnd(k)) {
                return false;
            }
        }
        return true;
    }

    /** Adds one hit for the first sexual word on a person or a picture in the message, if any. */
    static void lewdTargets(Normalized nz, CueHits cues, List<Hit> hits) {
        if (!cues.any(Cue.Kind.LEWD) || !cues.any(Cue.Kind.LEWD_TARGET)) {
            return;
        }
        for (int lewd = 0; lewd < cues.size(); lewd++) {
            if (!cues.is(lewd, Cue.Kind.LEWD)) {
                continue;
            }
            int from = cues.end(lewd);
            int target = rightAfter(cues, from, Cue.Kind.LEWD_TARGET, LEWD_TO_TARGET);
            if (target >= 0 && writtenTogether(nz, from, cues.begin(target))) {
                String t = nz.text();
                String term =
                        t.substring(cues.begin(lewd), from) + "+" + t.substring(cues.begin(target), cues.end(target));
                Hit hit = Detectors.hit(
                        nz, term, Category.PORN, Severity.SEVERE, "lewd-target", cues.begin(lewd), cues.end(target));
                if (!coveredByTerm(hits, hit)) {
                    hits.add(hit);
                }
                return;
            }
        }
    }

    /**
     * Whether a word-list hit of the same category already covers {@code hit}: the listed phrase
     * (涩涩的小姐姐) is the better evidence, and a reviewer sees it rather than the shape.
     */
    private static boolean coveredByTerm(List<Hit> hits, Hit hit) {
        for (Hit h : hits) {
            if (h.category() == hit.category()
                    && ("lexicon".equals(h.detector()) || "homophone".equals(h.detector()))
                    && h.start() <= hit.start()
                    && h.end() >= hit.end()) {
                return true;
            }
        }
        return false;
    }

    /** Adds one hit for the first sexual object asked to make contact in the message, if any. */
    static void sexObjects(Normalized nz, CueHits cues, List<Hit> hits) {
        if (!cues.any(Cue.Kind.SEX_OBJECT) || !cues.any(Cue.Kind.OBJECT_ASK) || cues.any(Cue.Kind.PET)) {
            return;
        }
        for (int object = 0; object < cues.size(); object++) {
            if (!cues.is(object, Cue.Kind.SEX_OBJECT)) {
                continue;
            }
            int begin = cues.begin(object);
            int end = cues.end(object);
            int ask = rightAfter(cues, end, Cue.Kind.OBJECT_ASK, 0);
            int from = begin;
            int to = end;
            String t = nz.text();
            String term = null;
            if (ask >= 0 && writtenTogether(nz, end, cues.begin(ask))) {
                to = cues.end(ask);
                term = t.substring(begin, end) + "+" + t.substring(cues.begin(ask), to);
            } else {
                ask = rightBefore(cues, begin, Cue.Kind.OBJECT_ASK);
                if (ask >= 0 && writtenTogether(nz, begin, begin)) {
                    from = cues.begin(ask);
                    term = t.substring(from, begin) + "+" + t.substring(begin, end);
                }
            }
            if (term != null) {
                Hit hit = Detectors.hit(nz, term, Category.PORN, Severity.SEVERE, "sex-object", from, to);
                if (!coveredByTerm(hits, hit)) {
                    hits.add(hit);
                }
                return;
            }
        }
    }

    /** The cue of {@code kind} that ends right where {@code at} begins, or -1. */
    private static int rightBefore(CueHits cues, int at, Cue.Kind kind) {
        for (int q = cues.firstEndingFrom(at); q < cues.size() && cues.end(q) == at; q++) {
            if (cues.is(q, kind)) {
                return q;
            }
        }
        return -1;
    }

    /** Adds one hit for the first sexual solicitation in the message, if any. */
    static void sexualAsks(Normalized nz, CueHits cues, List<Hit> hits) {
        if (!cues.any(Cue.Kind.SEX_ROLE)) {
            return;
        }
        for (int role = 0; role < cues.size(); role++) {
            if (!cues.is(role, Cue.Kind.SEX_ROLE)) {
                continue;
            }
            int begin = cues.begin(role);
            int end = cues.end(role);
            // Cues come in the order they end: an ask before the role ends at or after begin - ASK_TO_ROLE,
            // one after it by end + ROLE_TO_ASK and the longest cue.
            int until = end + ROLE_TO_ASK + cues.longest();
            for (int ask = cues.firstEndingFrom(begin - ASK_TO_ROLE);
                    ask < cues.size() && cues.end(ask) <= until;
                    ask++) {
                if (ask == role || !isAsk(cues, ask)) {
                    continue;
                }
                boolean after = cues.begin(ask) >= end && cues.begin(ask) - end <= ROLE_TO_ASK;
                boolean before = cues.end(ask) <= begin && begin - cues.end(ask) <= ASK_TO_ROLE;
                if (after || before) {
                    String t = nz.text();
                    String term = after
                            ? t.substring(begin, end) + "+" + t.substring(cues.begin(ask), cues.end(ask))
                            : t.substring(cues.begin(ask), cues.end(ask)) + "+" + t.substring(begin, end);
                    int from = Math.min(begin, cues.begin(ask));
                    int to = Math.max(end, cues.end(ask));
                    hits.add(Detectors.hit(nz, term, Category.PORN, Severity.SEVERE, "sexual-ask", from, to));
                    return;
                }
            }
        }
    }

    private static boolean isAsk(CueHits cues, int i) {
        return cues.is(i, Cue.Kind.SEX_ASK) || cues.is(i, Cue.Kind.PRIVATE_CHAT) || cues.is(i, Cue.Kind.CONTACT);
    }
}
