package io.qunflow.moderation;

/**
 * What kind of abuse a {@link Hit} points at. Rules in the app map categories to actions,
 * so adding a constant here is an API change.
 */
public enum Category {
    /** Off-platform contact solicitation: WeChat ids, phone numbers, QQ, "加我/私聊". */
    CONTACT,
    /** Links, short links, mini-program cards. */
    LINK,
    /** Part-time job / click-farming / "easy money" scams. */
    SCAM,
    /** Gambling and lottery promotion. */
    GAMBLING,
    /** Pornographic content. Always {@link Severity#SEVERE}. */
    PORN,
    /** Financial fraud, fake credentials, illegal loans. Always {@link Severity#SEVERE}. */
    FRAUD,
    /** Insults and harassment. */
    ABUSE,
    /** Poaching customers to a competing shop or platform. */
    COMPETITOR,
    /** Message flooding; produced by the app's rate rules, never by the lexicon. */
    FLOOD
}
