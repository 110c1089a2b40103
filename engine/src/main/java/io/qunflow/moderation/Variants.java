package io.qunflow.moderation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One version of the variant data, compiled for the matchers: the normaliser built from the
 * character table, and the cue words with the sets of top-level domains and link-shortener hosts
 * the link detectors read. Immutable and thread-safe; the live one changes when compliance
 * publishes ({@link VariantService}), and every message is screened with one version throughout.
 */
final class Variants {

    private final Normalizer normalizer;
    private final List<Cue> cues;
    private final Set<String> spamTlds;
    private final Set<String> knownTlds;
    private final Set<String> shortLinkHosts;
    private final CueWordList qqTriggers;
    private final List<String> weChatIdTriggers;
    private final List<String> weakWeChatIdTriggers;
    private final List<WeChatIds.SoundedTrigger> weChatIdTriggersBySound;
    private final String weChatIdTriggersFirstSounds;
    private final List<String> payFillers;
    private final CueWordList payOffers;
    private final CueWordList notMoney;
    private final CueWordList spending;
    private final List<String> dealFillers;
    private final List<String> returnPromises;
    private final CueWordList orderMatters;
    private final CueWordList readerOrders;

    private Variants(Normalizer normalizer, List<Cue> cues) {
        this.normalizer = normalizer;
        this.cues = List.copyOf(cues);
        this.spamTlds = texts(cues, Cue.Kind.TLD);
        this.knownTlds = texts(cues, Cue.Kind.TLD, Cue.Kind.COMMON_TLD);
        this.shortLinkHosts = texts(cues, Cue.Kind.SHORT_LINK);
        this.qqTriggers = new CueWordList(canonicalTexts(normalizer, cues, Cue.Kind.QQ));
        this.weChatIdTriggers = canonicalTexts(normalizer, cues, Cue.Kind.WECHAT_ID);
        this.weakWeChatIdTriggers = canonicalTexts(normalizer, cues, Cue.Kind.WEAK_WECHAT_ID);
        this.weChatIdTriggersBySound = bySound(normalizer, weChatIdTriggers, weakWeChatIdTriggers);
        this.weChatIdTriggersFirstSounds = weChatIdTriggersBySound.stream()
                .map(trigger -> trigger.sound().substring(0, 1))
                .collect(java.util.stream.Collectors.joining());
        this.payFillers = longestFirst(canonicalTexts(normalizer, cues, Cue.Kind.PAY_FILLER));
        this.payOffers = new CueWordList(canonicalTexts(normalizer, cues, Cue.Kind.PAY_OFFER));
        this.notMoney = new CueWordList(longestFirst(canonicalTexts(normalizer, cues, Cue.Kind.NOT_MONEY)));
        this.spending = new CueWordList(canonicalTexts(normalizer, cues, Cue.Kind.SPENDING));
        this.dealFillers = longestFirst(canonicalTexts(normalizer, cues, Cue.Kind.DEAL_FILLER));
        this.returnPromises = canonicalTexts(normalizer, cues, Cue.Kind.RETURN_PROMISE);
        this.orderMatters = new CueWordList(canonicalTexts(normalizer, cues, Cue.Kind.ORDER_MATTER));
        this.readerOrders = new CueWordList(canonicalTexts(normalizer, cues, Cue.Kind.READER_ORDER));
    }

    /**
     * Compiles the two files.
     *
     * @throws IllegalArgumentException naming the file and every problem when either is invalid
     */
    static Variants compile(String charactersCsv, String cuesCsv) {
        VariantData.Parsed<Map<Integer, String>> characters = VariantData.characters(charactersCsv);
        if (!characters.valid()) {
            throw new IllegalArgumentException(VariantData.CHARACTERS + ": " + characters.problems());
        }
        Normalizer normalizer = new Normalizer(characters.value());
        VariantData.Parsed<List<Cue>> cues = CueWords.read(cuesCsv, normalizer);
        if (!cues.valid()) {
            throw new IllegalArgumentException(VariantData.CUES + ": " + cues.problems());
        }
        return new Variants(normalizer, cues.value());
    }

    /** The variant data shipped in rules/lexicon/variants, compiled once: for tests, benchmarks and offline tools. */
    static Variants shipped() {
        return Shipped.VARIANTS;
    }

    private static final class Shipped {
        static final Variants VARIANTS =
                compile(VariantData.shipped(VariantData.CHARACTERS), VariantData.shipped(VariantData.CUES));
    }

    Normalizer normalizer() {
        return normalizer;
    }

    /** The message in canonical form, as this version of the data reads it. */
    Normalized normalize(String text) {
        return normalizer.normalize(text, this);
    }

    List<Cue> cues() {
        return cues;
    }

    /** A top-level domain spam uses (kind {@code tld}). */
    boolean isSpamTld(String tld) {
        return spamTlds.contains(tld);
    }

    /** Any top-level domain the link detectors accept (kinds {@code tld} and {@code common-tld}). */
    boolean isKnownTld(String tld) {
        return knownTlds.contains(tld);
    }

    boolean isShortLinkHost(String host) {
        return shortLinkHosts.contains(host);
    }

    /** The words that introduce a QQ number (kind {@code qq}), canonical, in the file's order. */
    List<String> qqTriggers() {
        return qqTriggers.words();
    }

    /** {@link #qqTriggers()}, looked up by position. */
    CueWordList qqTriggerWords() {
        return qqTriggers;
    }

    /** The words that always introduce a WeChat id (kind {@code wechat-id}), canonical, in the file's order. */
    List<String> weChatIdTriggers() {
        return weChatIdTriggers;
    }

    /**
     * The words that introduce a WeChat id but are everyday words too (kind {@code weak-wechat-id}:
     * 微信, v), canonical, in the file's order.
     */
    List<String> weakWeChatIdTriggers() {
        return weakWeChatIdTriggers;
    }

    /**
     * The WeChat-id triggers of both kinds written in two Chinese characters or more (微信, 维信, 绿泡泡),
     * with their sound, for {@link WeChatIds} to read a homophone of one (危信) by.
     */
    List<WeChatIds.SoundedTrigger> weChatIdTriggersBySound() {
        return weChatIdTriggersBySound;
    }

    /** The first sound of each {@link #weChatIdTriggersBySound()}, so a char none starts with is passed at once. */
    String weChatIdTriggersFirstSounds() {
        return weChatIdTriggersFirstSounds;
    }

    private static List<WeChatIds.SoundedTrigger> bySound(
            Normalizer normalizer, List<String> strong, List<String> weak) {
        List<WeChatIds.SoundedTrigger> sounded = new ArrayList<>();
        Set<String> sounds = new HashSet<>();
        for (List<String> triggers : List.of(strong, weak)) {
            for (String trigger : triggers) {
                String sound = normalizer.sound(trigger);
                if (trigger.length() >= 2 && trigger.chars().allMatch(Character::isIdeographic) && sounds.add(sound)) {
                    sounded.add(new WeChatIds.SoundedTrigger(trigger, sound));
                }
            }
        }
        return List.copyOf(sounded);
    }

    /** Words passed over between a pay rate's period and its amount (kind {@code pay-filler}), canonical, longest first. */
    List<String> payFillers() {
        return payFillers;
    }

    /** Words that make a pay rate near them an offer (kind {@code pay-offer}), canonical. */
    CueWordList payOffers() {
        return payOffers;
    }

    /** Units after an amount that is not money (kind {@code not-money}), canonical, longest first. */
    CueWordList notMoney() {
        return notMoney;
    }

    /** Words that make an amount near a period something paid out (kind {@code spending}), canonical. */
    CueWordList spending() {
        return spending;
    }

    /** Quantities passed over between a deal word and its account (kind {@code deal-filler}), canonical, longest first. */
    List<String> dealFillers() {
        return dealFillers;
    }

    /** Words that make a rate of return a promise (kind {@code return-promise}), canonical. */
    List<String> returnPromises() {
        return returnPromises;
    }

    /** What a customer asks a shop about an order (kind {@code order-matter}), canonical. */
    CueWordList orderMatters() {
        return orderMatters;
    }

    /** The reader's order, as a service speaks of it (kind {@code reader-order}), canonical. */
    CueWordList readerOrders() {
        return readerOrders;
    }

    private static List<String> longestFirst(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(sorted);
    }

    /**
     * The cues of that kind as the scanners meet them in a message's canonical text: normalised
     * like the text, duplicates (two spellings of one cue) once, in the file's order.
     */
    private static List<String> canonicalTexts(Normalizer normalizer, List<Cue> cues, Cue.Kind kind) {
        Set<String> texts = new LinkedHashSet<>();
        for (Cue cue : cues) {
            if (cue.kind() == kind) {
                texts.add(normalizer.normalizeTerm(cue.text()));
            }
        }
        return List.copyOf(texts);
    }

    private static Set<String> texts(List<Cue> cues, Cue.Kind... kinds) {
        Set<Cue.Kind> wanted = Set.of(kinds);
        Set<String> texts = new HashSet<>();
        for (Cue cue : cues) {
            if (wanted.contains(cue.kind())) {
                texts.add(cue.text());
            }
        }
        return Set.copyOf(texts);
    }
}
