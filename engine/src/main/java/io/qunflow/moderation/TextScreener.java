package io.qunflow.moderation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Screens chat messages for sensitive content: the lexicon (phrases, matched on the canonical
 * form so spelling evasions still hit) plus detectors for URLs, phone numbers, WeChat ids, QQ
 * numbers and the non-text message flags.
 *
 * <p>Immutable and thread-safe; build one per lexicon version and share it. Every message of
 * every group goes through {@link #screen}, so it does one table-driven pass to normalise, one
 * trie pass to match, and runs a detector only when a cheap count (digits, letters, dots) says
 * it could find something.
 */
public final class TextScreener {

    private static final Comparator<Hit> ORDER =
            Comparator.comparingInt(Hit::start).thenComparingInt(Hit::end).thenComparing(Hit::detector);

    private static final String NOT_SOLICITING_BEFORE_JIA = "参增附追更外叠施强";

    private static final String WECHAT = "微信";
    private static final Set<String> PLAIN_WECHAT_SPELLINGS = Set.of("微信", "威信");

    private final Lexicon lexicon;

    public TextScreener(Lexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /**
     * Screens one message.
     *
     * @param text  message text; {@code null} is treated as empty
     * @param flags non-text facts about the message; {@code null} means {@link MessageFlags#NONE}
     */
    public Screening screen(String text, MessageFlags flags) {
        String original = text == null ? "" : text;
        Normalized nz = lexicon.variants.normalize(original);
        List<Hit> hits = new ArrayList<>();
        CueHits cues = matchLexicon(nz, hits);
        disguisedWeChat(nz, hits);
        if (nz.digits() >= Detectors.MIN_DIGITS) {
            PhoneAndQqNumbers.find(nz, cues, hits);
        }
        if (nz.latin() >= 2) {
            WeChatIds.find(nz, cues, hits);
            if (nz.dotLike() || nz.latin() >= ObfuscatedUrls.MIN_LATIN_WITHOUT_DOT) {
                LinkText links = LinkText.of(nz);
                List<Hit> found = new ArrayList<>(1);
                if (nz.dotLike()) {
                    Urls.find(links.view(), found);
                }
                ObfuscatedUrls.find(links.view(), found);
                links.addTo(found, hits, original);
            }
        }
        if (nz.digits() > 0 && nz.latin() > 0) {
            ShopCodes.find(nz, hits);
        }
        boolean ratedWithCue = false;
        // A member who warns of a job's pay (一部手机每天300块？骗子吧) tells of the offer rather than makes it, as
        // the impersonation, prize and ransom detectors stand down on their own for a fraud-warning cue.
        boolean warnsOfFraud = cues != null && cues.any(Cue.Kind.FRAUD_WARNING);
        if (cues != null) {
            if (nz.digits() >= EvasionDetectors.MIN_ACCOUNT_DIGITS) {
                EvasionDetectors.contactNumbers(nz, cues, hits);
            }
            if (nz.latin() > 0) {
                WeChatIds.afterContactCues(nz, cues, hits);
            }
            EvasionDetectors.tradeSolicitations(nz, cues, hits);
            EvasionDetectors.tradeSolicitationsBySound(nz, cues, hits);
            EvasionDetectors.paidTasks(nz, cues, hits);
            EvasionDetectors.gamblingInvites(nz, cues, hits);
            DepositBonuses.find(nz, cues, hits);
            EvasionDetectors.gigOffers(nz, cues, hits);
            EvasionDetectors.accountTrades(nz, cues, hits);
            Impersonations.find(nz, cues, hits);
            PromisedReturns.find(nz, cues, hits);
            Ransoms.find(nz, cues, hits);
            PrizeClaims.find(nz, cues, hits);
            AccountAlerts.find(nz, cues, hits);
            InsultsAndSolicitations.readerInsults(nz, cues, hits);
            InsultsAndSolicitations.motherCurses(nz, cues, hits);
            InsultsAndSolicitations.sexualAsks(nz, cues, hits);
            InsultsAndSolicitations.lewdTargets(nz, cues, hits);
            InsultsAndSolicitations.sexObjects(nz, cues, hits);
            if (!warnsOfFraud
                    && (cues.any(Cue.Kind.PER_HOUR) || cues.any(Cue.Kind.PER_DAY) || cues.any(Cue.Kind.PER_MONTH))) {
                ratedWithCue = PayRates.find(nz, cues, hits);
            }
            WarnedTerms.standDown(nz, cues, hits);
        }
        if (!ratedWithCue && !warnsOfFraud && nz.dotLike() && nz.digits() > 0) {
            PayRates.findWrittenWithASlash(nz, hits);
        }
        if (flags != null) {
            if (flags.miniProgramCard()) {
                hits.add(new Hit("mini-program", Category.LINK, Severity.MEDIUM, "mini-program", "", "", 0, 0));
            }
            if (flags.qrImage()) {
                hits.add(new Hit("qr-image", Category.CONTACT, Severity.HIGH, "qr-image", "", "", 0, 0));
            }
            if (flags.link()) {
                hits.add(new Hit("link-card", Category.LINK, Severity.MEDIUM, "url", "", "", 0, 0));
            }
            if (flags.contactCard()) {
                // The card's owner is what was found, as a URL is for the url detector: a reviewer
                // sees whose card it was, which the message's text (a company name at most) does not say.
                String owner = flags.contactCardOwner();
                String term = owner == null || owner.isBlank() ? "contact-card" : owner;
                hits.add(new Hit(term, Category.CONTACT, Severity.HIGH, "contact-card", "", "", 0, 0));
            }
        }
        if (hits.isEmpty()) {
            return new Screening(nz.text(), List.of());
        }
        if (hits.size() > 1) {
            dropShadowed(hits);
            hits.sort(ORDER);
        }
        return new Screening(nz.text(), hits);
    }

    /** Whether the char at {@code at} is the 加 that ends an everyday word (参加, 增加, 更加), no ask. */
    static boolean jiaOfAnEverydayWord(String t, int at) {
        return t.charAt(at) == '加' && at > 0 && NOT_SOLICITING_BEFORE_JIA.indexOf(t.charAt(at - 1)) >= 0;
    }

    /** Matches terms and cue words by sound in one pass; returns the cues found, or null for none. */
    private CueHits matchLexicon(Normalized nz, List<Hit> hits) {
        if (lexicon.trie == null) {
            return null;
        }
        final String t = nz.text();
        int firstTermHit = hits.size();
        CueHits[] cues = new CueHits[1];
        // Per category and detector, the index in hits of the last hit added (see keep()).
        int[] last = new int[Category.values().length * 2];
        Arrays.fill(last, -1);
        lexicon.trie.match(nz.chars(), t.length(), (begin, end, idx) -> {
            // A latin-edged term ("加v", "vx") must not fire inside a latin word ("参加vip"), but a
            // separator in the original ("加我V:zhangsan") is a word boundary even though it is gone here.
            if (lexicon.latinStart[idx]
                    && begin > 0
                    && Lexicon.isAsciiLetter(t.charAt(begin - 1))
                    && nz.originalEnd(begin - 1) == nz.originalStart(begin)) {
                return;
            }
            if (lexicon.latinEnd[idx]
                    && end < t.length()
                    && Lexicon.isAsciiLetter(t.charAt(end))
                    && nz.originalEnd(end - 1) == nz.originalStart(end)) {
                return;
            }
            // 加 is also the second char of everyday words (参加微博, 增加v2); 添加 stays, it is how people ask.
            if (jiaOfAnEverydayWord(t, begin)) {
                return;
            }
            int written = lexicon.writtenSpelling(idx, nz.chars(), begin, end);
            if (written < 0 && end - begin < Lexicon.MIN_SOUND_MATCH) {
                // 连系 for 联系: no cue anywhere, but one before an account number or id (CueHits).
                SoundAlikeCue soundAlike = lexicon.soundAlikeContact[idx];
                if (soundAlike != null) {
                    if (cues[0] == null) {
                        cues[0] = new CueHits();
                    }
                    cues[0].addBySound(begin, end, soundAlike);
                }
                return;
            }
            if (lexicon.isCue(idx) && !lexicon.everydayAcrossAClause(idx, nz, begin, end)) {
                if (cues[0] == null) {
                    cues[0] = new CueHits();
                }
                boolean clearing = written >= 0 && lexicon.clearingSpellings[idx][written];
                cues[0].add(begin, end, lexicon.cueKinds, idx * Cue.Kind.WORDS, clearing);
            }
            LexiconEntry e = written < 0 ? null : lexicon.spelledEntries[idx][written];
            String detector = "lexicon";
            if (e == null && end - begin >= Lexicon.MIN_SOUND_MATCH) {
                // Matched by sound but written otherwise (够买 for 购买): say so in the evidence.
                e = lexicon.matchEntries[idx];
                detector = "homophone";
            }
            if (e != null) {
                keep(nz, hits, last, e, detector, begin, end);
            }
        });
        if (cues[0] != null) {
            cues[0].dropHitsInsideEveryday(nz, hits, firstTermHit);
            cues[0].dropEveryday();
            if (cues[0].size() == 0) {
                return null;
            }
        }
        return cues[0];
    }

    /**
     * Adds a term's hit unless it lies inside the last one of its category and detector, which
     * {@link #dropShadowed} would drop; one that contains that last one takes its place. Matches
     * come in order of where they end, so this is the check that matters: terms that overlap
     * themselves (哈哈, 哈哈哈… up to the longest term) would otherwise make a hit for every term at
     * every character of a message of one repeated character, millions of substrings for 10,000
     * characters. The hits kept are those {@link #dropShadowed} would keep.
     */
    private static void keep(
            Normalized nz, List<Hit> hits, int[] last, LexiconEntry e, String detector, int begin, int end) {
        int group = e.category().ordinal() * 2 + ("lexicon".equals(detector) ? 0 : 1);
        int from = nz.originalStart(begin);
        int to = nz.originalEnd(end - 1);
        int j = last[group];
        if (j >= 0) {
            Hit before = hits.get(j);
            if (from >= before.start() && to <= before.end()) {
                return;
            }
            if (from <= before.start()) {
                hits.set(j, Detectors.hit(nz, e.term(), e.category(), e.severity(), detector, begin, end));
                return;
            }
        }
        last[group] = hits.size();
        hits.add(Detectors.hit(nz, e.term(), e.category(), e.severity(), detector, begin, end));
    }

    /**
     * 微信 on its own is everyday chat ("我在微信上看到了"), so it is not a term; but nobody writes
     * 薇❤信 or 微 信 by accident. A 微信 the normaliser had to piece together (a look-alike character,
     * something between the two) is taken for what it is: someone asking to be contacted. 威信 is
     * also a word (prestige) and is left alone when written plainly.
     */
    private static void disguisedWeChat(Normalized nz, List<Hit> hits) {
        String t = nz.text();
        for (int at = t.indexOf(WECHAT); at >= 0; at = t.indexOf(WECHAT, at + WECHAT.length())) {
            String written = nz.original().substring(nz.originalStart(at), nz.originalEnd(at + WECHAT.length() - 1));
            if (!PLAIN_WECHAT_SPELLINGS.contains(written)) {
                hits.add(Detectors.hit(
                        nz, WECHAT, Category.CONTACT, Severity.MEDIUM, "disguised", at, at + WECHAT.length()));
            }
        }
    }

    /**
     * Drops a hit whose span lies inside another hit of the same category from the same detector
     * ("vx" inside "加vx"): inside a longer one, or on the same span as one listed before it. Hits
     * without a span (message flags) are kept. One sort and one sweep, so a message of thousands of
     * hits costs no more than sorting them.
     */
    private static void dropShadowed(List<Hit> hits) {
        Integer[] order = new Integer[hits.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(
                order,
                Comparator.<Integer, Category>comparing(i -> hits.get(i).category())
                        .thenComparing(i -> hits.get(i).detector())
                        .thenComparingInt(i -> hits.get(i).start())
                        .thenComparing(Comparator.<Integer>comparingInt(
                                        i -> hits.get(i).end())
                                .reversed())
                        .thenComparingInt(i -> i));
        boolean[] dropped = new boolean[order.length];
        Hit group = null;
        int reach = -1;
        for (int i : order) {
            Hit h = hits.get(i);
            if (group == null
                    || group.category() != h.category()
                    || !group.detector().equals(h.detector())) {
                group = h;
                reach = -1;
            }
            if (h.end() == h.start()) {
                continue;
            }
            if (h.end() <= reach) {
                dropped[i] = true;
            } else {
                reach = h.end();
            }
        }
        int kept = 0;
        for (int i = 0; i < dropped.length; i++) {
            if (!dropped[i]) {
                hits.set(kept++, hits.get(i));
            }
        }
        hits.subList(kept, hits.size()).clear();
    }
}
