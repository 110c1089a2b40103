package io.qunflow.rules.model;

import java.util.List;

/**
 * What the screener found in a message, summed up by its most serious finding; absent when the
 * message is clean.
 *
 * @param term the word-list term or detector value of the most serious finding
 * @param category its category: CONTACT, LINK, SCAM, GAMBLING, PORN, FRAUD, ABUSE or COMPETITOR
 * @param severity its severity: LOW, MEDIUM, HIGH or SEVERE
 * @param detector {@code lexicon}, {@code homophone} (a term matched by sound), {@code url},
 *     {@code obfuscated-url}, {@code phone}, {@code wechat-id}, {@code wechat-id-by-sound} (an id after a
 *     homophone of a WeChat cue, 危信 for 微信), {@code qq}, {@code contact-number}
 *     (an account number after a contact cue), {@code trade-solicitation} (a private-chat ask
 *     near a price or trade words), {@code contact-number-by-sound}, {@code contact-id-by-sound}
 *     and {@code trade-solicitation-by-sound} (the same after a two-character cue written in
 *     homophones, 连系 for 联系), {@code paid-task} (gig work offered with its pay), {@code pay-rate}
 *     (a high pay rate offered to whoever comes), {@code gambling-invite} (a gambling game offered to
 *     whoever wants to play, or named with a gambling platform's pitch or a promise of winnings), {@code deposit-bonus}
 *     (a gambling platform's bonus on a deposit: 存100送38, 冲I00宋I00; or its bare credit for a sign-up: 注册送28), {@code gig-offer} (gig work offered to whoever takes it), {@code impersonation}
 *     (someone posing as an official who asks for an id, a code or money, or for what no shop asks:
 *     a card's password, a screen share), {@code prize-claim} (a prize announced to the reader with a
 *     fee or their details asked, or by a caller posing as a lottery centre), {@code account-alert} (an alert on the
 *     reader's account, or contraband in their parcel, with a verification or an investigation asked),
 *     {@code promised-return} (an investment promising a return no honest product promises, or pitched
 *     with its return called high), {@code ransom} (a hostage claim with a demand, or a relative said by a caller to be with them, with a
 *     demand that is no plain transfer), {@code reader-insult}
 *     (an insult aimed at the reader: 你这种杂碎, or a curse on the reader's mother: 装你妈呢), {@code sexual-ask} (a sexual role-play role asked for:
 *     找个女dom), {@code lewd-target} (a sexual word on a person or a picture: 瑟瑟的女生), {@code sex-object} (a
 *     person named as a sexual object asked to make contact: 小母狗自己加爸爸; none in a message naming a pet as
 *     owners and sellers do: 柯基, 幼犬, 配种), {@code shop-code} (a
 *     shopping code between two currency signs), {@code account-trade} (an account bought or sold),
 *     {@code disguised}, {@code mini-program}, {@code qr-image} or {@code contact-card} (an outsider's
 *     contact card shared)
 * @param matchedOriginal the text as the member wrote it
 * @param matchedNormalized the same text after normalisation (width, case, separators, variants)
 * @param hitCount how many terms and detectors the message hit in all
 * @param categories every category found, most serious first
 * @param linkHosts the host of each link found (brand.com), lower-case; empty for a link not written as a
 *     plain web address in ASCII (a look-alike letter, a full-width dot, a mini-program, a link dodged
 *     to escape detection), which no list of the shop's own sites can hold
 */
public record Offence(
        String term,
        String category,
        String severity,
        String detector,
        String matchedOriginal,
        String matchedNormalized,
        int hitCount,
        List<String> categories,
        List<String> linkHosts) {

    public Offence {
        categories = List.copyOf(categories);
        linkHosts = List.copyOf(linkHosts);
    }

    public boolean isSevere() {
        return "SEVERE".equals(severity);
    }

    /** True when the message mentions a link of some kind. */
    public boolean isLink() {
        return categories.contains("LINK");
    }

    /**
     * The parameter holding what a member is told about an offence of this category, in plain
     * words ({@code moderation.warning.contact}: 请勿发布联系方式或引流信息).
     */
    public String getWarningParameter() {
        return "moderation.warning." + category.toLowerCase(java.util.Locale.ROOT);
    }

    /** True when links are all the message was found to contain. */
    public boolean isLinkOnly() {
        return categories.size() == 1 && isLink();
    }

    /**
     * True when the message has links and every one is to one of {@code hosts} or to a subdomain of
     * one: {@code hosts} separated by spaces, as a host-list parameter stores them
     * ({@code moderation.own-link-hosts}). shop.brand.com is within brand.com; brand.com.evil.top,
     * evilbrand.com and a link not written in plain ASCII are not.
     */
    public boolean linksWithin(String hosts) {
        if (linkHosts.isEmpty() || hosts == null || hosts.isBlank()) {
            return false;
        }
        List<String> allowed = List.of(hosts.strip().split(" +"));
        for (String host : linkHosts) {
            if (host.isEmpty() || allowed.stream().noneMatch(a -> host.equals(a) || host.endsWith("." + a))) {
                return false;
            }
        }
        return true;
    }
}
