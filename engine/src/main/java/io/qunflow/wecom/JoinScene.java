package io.qunflow.wecom;

/**
 * How a member came into a customer group, in WeCom's codes; a member who came through no live code
 * is counted in the source metrics under the way they came.
 */
enum JoinScene {
    INVITED(1, "企业微信·成员邀请"),
    INVITE_LINK(2, "企业微信·邀请链接"),
    QR_CODE(3, "企业微信·扫群二维码"),
    UNKNOWN(0, "企业微信");

    private final int code;
    private final String channel;

    JoinScene(int code, String channel) {
        this.code = code;
        this.channel = channel;
    }

    static JoinScene of(int code) {
        for (JoinScene scene : values()) {
            if (scene.code == code) {
                return scene;
            }
        }
        return UNKNOWN;
    }

    /** The channel a join is counted under: the live code's state, or else the way the member came. */
    String channel(String state) {
        return state != null ? state : channel;
    }
}
