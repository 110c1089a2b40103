package io.qunflow.common;

/** The thing the caller named does not exist; answered as 404. */
public class NotFoundException extends RuntimeException {

    private final String detailZh;

    /**
     * @param what the kind of thing in English ("Group")
     * @param whatZh the same in Chinese ("社群")
     */
    public NotFoundException(String what, String whatZh, String id) {
        super(what + " '" + id + "' does not exist");
        this.detailZh = whatZh + " " + id + " 不存在";
    }

    /** For a thing whose absence needs its own words ("there is no earlier version"). */
    public NotFoundException(Words detail) {
        super(detail.en());
        this.detailZh = detail.zh();
    }

    public String detailZh() {
        return detailZh;
    }
}
