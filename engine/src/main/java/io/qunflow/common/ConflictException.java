package io.qunflow.common;

/** The request clashes with the current state (already exists, already acknowledged); answered as 409. */
public class ConflictException extends RuntimeException {

    private final String detailZh;

    public ConflictException(String detail, String detailZh) {
        super(detail);
        this.detailZh = detailZh;
    }

    /** The detail in Chinese, or null where only the English exists yet. */
    public String detailZh() {
        return detailZh;
    }
}
