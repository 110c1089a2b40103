package io.qunflow.groups;

/** The four kinds of group in the seeds: 流量群, 内容群, 快闪群, 打卡群. */
public enum GroupType {
    TRAFFIC,
    CONTENT,
    FLASH,
    CHECKIN
}
