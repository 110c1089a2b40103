package io.qunflow.wecom;

/**
 * A callback that is not from WeCom for this corp (403: wrong signature or receive id), or that
 * cannot be read (400): refused, nothing stored.
 */
final class CallbackRejected extends RuntimeException {

    private final boolean forged;

    CallbackRejected(String reason) {
        this(reason, false);
    }

    private CallbackRejected(String reason, boolean forged) {
        super(reason);
        this.forged = forged;
    }

    /** A callback whose signature or receive id proves it is not WeCom's for this corp. */
    static CallbackRejected forged(String reason) {
        return new CallbackRejected(reason, true);
    }

    int status() {
        return forged ? 403 : 400;
    }
}
