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

    public String detailZh() {
        return detailZh;
    }
}
