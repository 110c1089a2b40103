package io.qunflow.workflow;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * How deep a diagram's elements nest, counted without recursion. The checks walk the tree
 * recursively, and a file of a few hundred kilobytes can nest sub-processes or drawing elements
 * thousands deep; a real diagram (sub-processes in sub-processes, a map in an input parameter)
 * stays far below {@link #MAX_DEPTH}.
 */
final class XmlDepth {

    static final int MAX_DEPTH = 100;

    private XmlDepth() {}

    /** Whether no element lies deeper than {@link #MAX_DEPTH} below the root. */
    static boolean withinLimit(Element root) {
        Deque<Map.Entry<Node, Integer>> open = new ArrayDeque<>();
        open.push(Map.entry(root, 1));
        while (!open.isEmpty()) {
            Map.Entry<Node, Integer> next = open.pop();
            if (next.getValue() > MAX_DEPTH) {
                return false;
            }
            for (Node child = next.getKey().getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element) {
                    open.push(Map.entry(child, next.getValue() + 1));
                }
            }
        }
        return true;
    }
}
