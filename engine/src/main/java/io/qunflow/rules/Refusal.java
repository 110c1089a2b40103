package io.qunflow.rules;

import com.github.javaparser.ast.Node;
import io.qunflow.common.Words;

/**
 * What the sandbox refuses in a piece of rule code, at the node it refuses; thrown to stop
 * checking that piece (a statement, a constraint) once the first reason is found.
 */
final class Refusal extends RuntimeException {

    private final transient Node node;
    private final String messageZh;

    Refusal(Node node, Words reason) {
        super(reason.en(), null, false, false);
        this.node = node;
        this.messageZh = reason.zh();
    }

    /** The reason in both languages; its Chinese is null where there is none yet. */
    Words reason() {
        return new Words(getMessage(), messageZh);
    }

    /** Where it was refused; null when the whole piece is meant. */
    Node node() {
        return node;
    }
}
