package io.qunflow.rules.model;

/**
 * The most serious thing the screener found in a message; absent when the message is clean.
 *
 * @param category CONTACT, LINK, SCAM, GAMBLING, PORN, FRAUD, ABUSE, COMPETITOR
 * @param severity LOW, MEDIUM, HIGH or SEVERE
 * @param matchedOriginal the text as the member wrote it
 * @param matchedNormalized the same text after normalisation (width, case, separators, variants)
 * @param hitCount how many terms and detectors the message hit in all
 */
public record Offence(
        String term,
        String category,
        String severity,
        String detector,
        String matchedOriginal,
        String matchedNormalized,
        int hitCount) {

    public boolean isSevere() {
        return "SEVERE".equals(severity);
    }
}
