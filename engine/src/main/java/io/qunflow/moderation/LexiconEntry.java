package io.qunflow.moderation;

/** One word-list entry: the term and what hitting it means. */
public record LexiconEntry(String term, Category category, Severity severity) {}
