package io.qunflow.moderation;

/** A cue word from rules/lexicon/variants/cues.csv: not an offence itself, evidence a detector weighs. */
record Cue(String text, Kind kind) {

    enum Kind {
        CONTACT,
        PRIVATE_CHAT,
        TRADE,
        TASK,
        PRICE,
        PRICE_UNIT,
        PER,
        TLD,
        COMMON_TLD,
        SHORT_LINK,
        QQ,
        WECHAT_ID,
        WEAK_WECHAT_ID,
        /** An everyday phrase holding a cue that is not one there (联系我们: a business's "contact us"). */
        EVERYDAY;

        /**
         * Top-level domains and hosts are read by the link detectors, and the words that introduce a
         * QQ number or WeChat id by their scanners; none of them is matched in the text by the trie.
         */
        boolean matchedInText() {
            return this != TLD
                    && this != COMMON_TLD
                    && this != SHORT_LINK
                    && this != QQ
                    && this != WECHAT_ID
                    && this != WEAK_WECHAT_ID;
        }

        int bit() {
            return 1 << ordinal();
        }
    }
}
