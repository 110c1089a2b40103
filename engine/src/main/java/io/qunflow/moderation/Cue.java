package io.qunflow.moderation;

/** A cue word from rules/lexicon/variants/cues.csv: not an offence itself, evidence a detector weighs. */
record Cue(String text, Kind kind) {

    enum Kind {
        CONTACT,
        PRIVATE_CHAT,
        TRADE,
        PRICE,
        PRICE_UNIT,
        PER,
        TLD,
        COMMON_TLD,
        SHORT_LINK;

        /** Top-level domains and hosts are read by the link detectors, not matched in the text. */
        boolean matchedInText() {
            return this != TLD && this != COMMON_TLD && this != SHORT_LINK;
        }

        int bit() {
            return 1 << ordinal();
        }
    }
}
