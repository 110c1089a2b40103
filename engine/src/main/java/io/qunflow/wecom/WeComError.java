package io.qunflow.wecom;

import java.util.Set;

/**
 * WeCom said no ({@code errcode} ≠ 0), or could not be reached. Busy and rate-limit codes, and
 * transport failures, are worth trying again later; any other code is final.
 *
 * @param errcode WeCom's code, or null when WeCom was not reached
 */
final class WeComError extends RuntimeException {

    /** System busy, and the per-minute, per-hour and concurrency limits of the API. */
    static final Set<Integer> TRY_LATER = Set.of(-1, 45009, 45011, 45033, 45035, 45047);

    /** The access token is wrong or has expired: fetch a new one and call once more. */
    static final Set<Integer> TOKEN_EXPIRED = Set.of(40014, 42001);

    private final Integer errcode;
    private final String errmsg;

    WeComError(Integer errcode, String errmsg) {
        super(errcode == null ? "WeCom could not be reached: " + errmsg : "WeCom errcode " + errcode + ": " + errmsg);
        this.errcode = errcode;
        this.errmsg = errmsg;
    }

    Integer errcode() {
        return errcode;
    }

    String errmsg() {
        return errmsg;
    }

    /** True when the same call may succeed later: WeCom busy, a limit reached, or no answer at all. */
    boolean retryable() {
        return errcode == null || TRY_LATER.contains(errcode);
    }
}
