package io.qunflow.wecom;

/** How a secret shows wherever it could be read: whether it is set, never what it is. */
final class Masked {

    static final String SET = "********";

    private Masked() {}

    /** {@value #SET} for a secret that is set, null for one that is not. */
    static String of(String secret) {
        return secret == null || secret.isBlank() ? null : SET;
    }
}
