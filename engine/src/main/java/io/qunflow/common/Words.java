package io.qunflow.common;

/**
 * What to tell a person, in both languages the product speaks: made together where the message
 * is made, so the Chinese says exactly what the English says. {@code zh} is null where only the
 * English exists yet; readers of Chinese then see the English.
 */
public record Words(String en, String zh) {

    /** The most common field problem of all. */
    public static final Words REQUIRED = new Words("is required", "必填");
}
