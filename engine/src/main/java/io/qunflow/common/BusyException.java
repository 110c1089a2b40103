package io.qunflow.common;

/**
 * The server could not answer in time for reasons that say nothing about the request (a machine
 * too busy to run its rules within their limit); nothing was applied and the same request may
 * succeed shortly. Answered as 503 with Retry-After.
 */
public class BusyException extends RuntimeException {

    private final String detailZh;

    public BusyException(String detail, String detailZh) {
        super(detail);
        this.detailZh = detailZh;
    }

    public String detailZh() {
        return detailZh;
    }
}
