package io.qunflow.common;

/**
 * One thing wrong with one field of a request: where it is and what is wrong, in words, in
 * English and in Chinese ({@code messageZh} null where only the English exists yet).
 */
public record FieldProblem(String field, String message, String messageZh) {

    public FieldProblem(String field, Words words) {
        this(field, words.en(), words.zh());
    }

    /** A problem said only in English so far: readers of Chinese see the English. */
    public FieldProblem(String field, String message) {
        this(field, message, null);
    }
}
