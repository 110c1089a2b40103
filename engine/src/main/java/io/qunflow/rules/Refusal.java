package io.qunflow.rules;

import com.github.javaparser.ast.Node;

/**
 * What the sandbox refuses in a piece of rule code, at the node it refuses; thrown to stop
 * checking that piece (a statement, a constraint) once the first reason is found.
 */
final class Refusal extends RuntimeException {

    private final transient Node node;

    Refusal(Node node, String message) {
        super(message, null, false, false);
        this.node = node;
    }

    /** Where it was refused; null when the whole piece is meant. */
    Node node() {
        return node;
    }
}
