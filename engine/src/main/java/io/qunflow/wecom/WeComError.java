package io.qunflow.wecom;

import io.qunflow.common.Words;
import java.util.Set;

/**
 * WeCom said no ({@code errcode} ≠ 0), or its answer did not come. Busy and rate-limit codes mean
 * WeCom did not act, and a call that never left Qunflow did nothing, so both are worth trying again
 * later; any other code is final. A call whose answer was lost after it was sent may have been
 * carried out: tried again only when doing it twice does no harm (reads, updates), otherwise
 * {@link #outcomeUnknown} leaves it to an operator.
 *
 * @param errcode WeCom's code, or null when WeCom's answer did not come
 */
final class WeComError extends RuntimeException {

    /**
     * What WeCom's global error codes say passes with time: system busy (-1), a data version
     * conflict (6000: another caller changed the same data), the call limits per minute, hour and
     * day (45009, lifted when the limit's period is over) and the concurrency limit (45033); and
     * 45011, the minute limit of WeChat's APIs, should a WeCom gateway answer it. Not 45035 nor
     * 45047: WeCom does not list them, and on WeChat's APIs they mean a server address missing from
     * the IP allow-list and a customer-service reply quota used up, which waiting does not fix.
     */
    static final Set<Integer> TRY_LATER = Set.of(-1, 6000, 45009, 45011, 45033);

    /**
     * The call limits among them (45009, 45011, 45033): lifted when the limit's period is over or
     * other calls end, not a moment later, so they are tried again on the caller's retry schedule
     * and never by a thread that waits for them.
     */
    static final Set<Integer> RATE_LIMITED = Set.of(45009, 45011, 45033);

    /** The access token is wrong or has expired: fetch a new one and call once more. */
    static final Set<Integer> TOKEN_EXPIRED = Set.of(40014, 42001);

    /** How far a failed call got, which decides whether repeating it is safe. */
    private enum Failure {
        /** WeCom answered with an errcode. */
        REFUSED,
        /** The request never left Qunflow (connection refused, no connection in time). */
        NOT_SENT,
        /** The request was sent and no usable answer came back. */
        ANSWER_LOST,
        /** The answer to a call that creates or sends something was lost: repeating it may do it twice. */
        OUTCOME_UNKNOWN,
        /** Qunflow did not send it: WeCom would refuse it as it stands, now and later. */
        UNSENDABLE
    }

    private final Integer errcode;
    private final String errmsg;
    private final Failure failure;
    private final String messageZh;

    WeComError(Integer errcode, String errmsg) {
        this(errcode, errmsg, Failure.REFUSED, "WeCom errcode " + errcode + ": " + errmsg, null);
    }

    private WeComError(Integer errcode, String errmsg, Failure failure, String message, String messageZh) {
        super(message);
        this.errcode = errcode;
        this.errmsg = errmsg;
        this.failure = failure;
        this.messageZh = messageZh;
    }

    /** Nothing reached WeCom. */
    static WeComError notSent(String what) {
        return new WeComError(
                null, what, Failure.NOT_SENT, "WeCom could not be reached: " + what, "连接不上企业微信，请求未发出，稍后会重试：" + what);
    }

    /** The request went out and its answer did not come back (or was not WeCom's JSON). */
    static WeComError answerLost(String what) {
        return new WeComError(
                null, what, Failure.ANSWER_LOST, "WeCom's answer was lost: " + what, "请求已发出，但企业微信的应答丢失：" + what);
    }

    /** A lost answer to a call that creates or sends something: not tried again, an operator checks. */
    static WeComError outcomeUnknown(String path, WeComError lost) {
        String detail = "WeCom's answer was lost after the request was sent (" + lost.errmsg
                + "), so WeCom may have done it: not sent again; check in WeCom before sending it again ("
                + path + ")";
        String detailZh = "请求发出后企业微信的应答丢失（" + lost.errmsg + "），企业微信可能已经执行：未再次发送；请先在企业微信中核对，再决定是否重发（" + path + "）";
        return new WeComError(null, detail, Failure.OUTCOME_UNKNOWN, detail, detailZh);
    }

    /**
     * A call that creates something is held back because an earlier one's answer was lost, so WeCom
     * may already have done it: final, saying what an operator checks.
     */
    static WeComError awaitsAnOperator(Words detail) {
        return new WeComError(null, detail.en(), Failure.OUTCOME_UNKNOWN, detail.en(), detail.zh());
    }

    /** Not sent, since WeCom would refuse it as it stands (a text over its limit): final, saying why. */
    static WeComError unsendable(Words why) {
        return new WeComError(null, why.en(), Failure.UNSENDABLE, why.en(), why.zh());
    }

    /**
     * What went wrong in Chinese, when WeCom gave no errcode (for an errcode, {@link
     * WeComErrcodes#explain} says it).
     */
    String messageZh() {
        return messageZh;
    }

    Integer errcode() {
        return errcode;
    }

    String errmsg() {
        return errmsg;
    }

    /** True when the request was sent and its answer lost: WeCom may have acted on it. */
    boolean answerLost() {
        return failure == Failure.ANSWER_LOST;
    }

    /** True when a call that creates or sends something may have been done: not to be repeated blindly. */
    boolean outcomeUnknown() {
        return failure == Failure.OUTCOME_UNKNOWN;
    }

    /** True when WeCom refused the call for one of its call limits ({@link #RATE_LIMITED}). */
    boolean rateLimited() {
        return failure == Failure.REFUSED && RATE_LIMITED.contains(errcode);
    }

    /** True when the same call may succeed later and doing it again does no harm. */
    boolean retryable() {
        return switch (failure) {
            case REFUSED -> TRY_LATER.contains(errcode);
            case NOT_SENT, ANSWER_LOST -> true;
            case OUTCOME_UNKNOWN, UNSENDABLE -> false;
        };
    }
}
