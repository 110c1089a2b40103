package io.qunflow.sop;

/** What a connector sends: plain text, an image with a link to it, or a mini-program card. */
public enum ContentKind {
    TEXT,
    IMAGE,
    MINI_PROGRAM
}
